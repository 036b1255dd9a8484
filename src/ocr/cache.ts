import type { ImageReader, ImageReading } from "../conversation/types.ts";

export interface ReadingCacheOptions {
  /** How long a picture's reading is kept. */
  ttlMs?: number;
  /** Readings kept at most; the oldest goes first. */
  maxEntries?: number;
  now?: () => number;
}

/** Outcomes that say something about the picture itself; "busy" or a failed download say something about the moment. */
function lasting(reading: ImageReading): boolean {
  return "text" in reading || reading.failure === "unreadable";
}

/**
 * Reads each picture once: a scam poster going viral reaches the helpline as
 * the same file forwarded by many people (same channel id: Telegram's
 * file_unique_id, the Cloud API's SHA-256, WhatsApp Web's media key), and
 * OCR is the expensive part of a check. Pictures asked for while their
 * first reading runs wait for it instead of taking pool slots of their own.
 * Kept in process memory only: the text of the advert, keyed by the channel's
 * id for the file and the sender's language (it picks the alphabets).
 */
export function cachedImageReader(reader: ImageReader, options: ReadingCacheOptions = {}): ImageReader {
  const ttlMs = options.ttlMs ?? 60 * 60_000;
  const maxEntries = options.maxEntries ?? 1_000;
  const now = options.now ?? Date.now;
  const readings = new Map<string, { reading: Promise<ImageReading>; at: number }>();

  return {
    maxBytes: reader.maxBytes,
    read(image, language) {
      const key = `${image.id}\u0000${language ?? ""}`;
      const known = readings.get(key);
      if (known && now() - known.at <= ttlMs) return known.reading;
      readings.delete(key);
      const reading = reader.read(image, language);
      const entry = { reading, at: now() };
      readings.set(key, entry);
      if (readings.size > maxEntries) readings.delete(readings.keys().next().value!);
      const forget = () => {
        if (readings.get(key) === entry) readings.delete(key);
      };
      reading.then((r) => (lasting(r) ? undefined : forget()), forget);
      return reading;
    },
  };
}

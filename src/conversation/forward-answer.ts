import { MAX_AD_LENGTH } from "../engine/engine.ts";
import type { Language } from "../engine/types.ts";
import type { ForwardPiece } from "./forward-store.ts";
import { letterCount, MIN_AD_LETTERS } from "./letters.ts";
import type { ImageFailure, ImageReader, IncomingMessage, OutgoingMessage } from "./types.ts";

const IMAGE_FAILURE_KEYS: Record<ImageFailure, string> = { too_large: "image.tooLarge", unreadable: "image.unreadable", busy: "image.busy", failed: "image.failed" };

/** What answering a forward needs of the dialogue. */
export interface ForwardChecks {
  /** The answer to a text checked as an advert: its verdict, or what it is instead. */
  check(text: string): Promise<OutgoingMessage[]>;
  isJobAd(text: string): boolean;
  /** A message in the conversation's language. */
  say(key: string, options?: Record<string, unknown>): OutgoingMessage;
  /** One line in a given language (the verdict's, which the advert may have decided). */
  line(lng: Language, key: string): string;
  /** The largest picture read, for "too large". */
  maxImageBytes: number;
}

/**
 * The pieces of a picture message: its caption, then the text read from the
 * picture (or why there is none). `language`: what the sender reads, which
 * picks the alphabets to look for.
 */
export async function picturePieces(reader: ImageReader | undefined, m: Extract<IncomingMessage, { kind: "image" }>, language: Language | undefined): Promise<ForwardPiece[]> {
  const caption = m.caption?.trim() ? [{ text: m.caption.trim() }] : [];
  if (!reader || !m.image) return [...caption, { failure: "no_reader" }];
  const reading = await reader.read(m.image, language);
  return [...caption, "failure" in reading ? { failure: reading.failure } : { read: reading.text, partial: reading.partial }];
}

/** The pieces with their words passed through `scrub` (the sender's own details taken out before they are kept). */
export function scrubPieces(pieces: readonly ForwardPiece[], scrub: (text: string) => string): ForwardPiece[] {
  return pieces.map((p) => ("text" in p ? { text: scrub(p.text) } : "read" in p ? { ...p, read: scrub(p.read) } : p));
}

/** The words of a forward in the order they came, as one advert. */
function forwardText(pieces: readonly ForwardPiece[]): string {
  const texts = pieces.map((p) => ("text" in p ? p.text : "read" in p ? p.read : ""));
  return texts.filter(Boolean).join("\n").slice(0, MAX_AD_LENGTH);
}

/**
 * One answer to all pieces of a forward: what went wrong with its pictures
 * (each kind once), then its words checked as one advert, saying when they
 * were read from a picture. Words too few to be an advert are checked only
 * when there is no picture to say something about instead.
 */
export async function answerForward(pieces: readonly ForwardPiece[], c: ForwardChecks): Promise<OutgoingMessage[]> {
  // Held open for a picture whose pieces never came (its reading failed, and that message was answered alone).
  if (pieces.length === 0) return [];
  const text = forwardText(pieces);
  const failures = [...new Set(pieces.flatMap((p) => ("failure" in p ? [p.failure] : [])))];
  const reads = pieces.flatMap((p) => ("read" in p ? [p] : []));
  const maxMb = Math.round((c.maxImageBytes / (1024 * 1024)) * 10) / 10;
  const notes = failures.flatMap((f) => (f === "no_reader" ? [] : [c.say(IMAGE_FAILURE_KEYS[f], { max: maxMb })]));
  if (reads.length === 0) {
    if (failures.length === 0) return c.check(text);
    const checked = letterCount(text) >= MIN_AD_LETTERS ? await c.check(text) : [];
    return notes.length + checked.length > 0 ? [...notes, ...checked] : [c.say("bot.imageNotSupported")];
  }
  if (letterCount(text) < MIN_AD_LETTERS) return [...notes, c.say("image.unreadable")];
  const partial = reads.some((r) => r.partial);
  // A partial reading that shows no advert may have lost the advert's words: ask for them, never say "not a job ad".
  if (partial && !c.isJobAd(text)) return [...notes, c.say("image.readPartlyNoAd")];
  const [first, ...rest] = await c.check(text);
  const note = c.line(first!.lang, partial ? "image.readPartly" : "image.readFromPicture");
  return [...notes, { ...first!, text: `${note}\n\n${first!.text}` }, ...rest];
}

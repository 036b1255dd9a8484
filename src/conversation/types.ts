import type { Language } from "../engine/types.ts";
import type { ReporterIdentity } from "../referrals/redact.ts";

/** A picture a user sent, fetched from the channel only when it is read (OCR). */
export interface ImageSource {
  /** The channel's id for the picture: the same picture sent again has the same id on most channels. */
  id: string;
  mimeType?: string;
  /** Bytes, when the channel tells the size before the download. */
  size?: number;
  /** Downloads the picture; rejects when the channel fails, with ImageTooLargeError when it is larger than `maxBytes`. */
  load(maxBytes: number): Promise<Uint8Array>;
}

/** Why no text came out of a picture; each has its own answer. */
export type ImageFailure = "too_large" | "unreadable" | "busy" | "failed";

/** `partial`: the picture read poorly, so the check may miss words the advert has. */
export type ImageReading = { text: string; partial: boolean } | { failure: ImageFailure };

/** Reads the text of a picture (OCR); injected into the dialogue, which knows nothing of how. */
export interface ImageReader {
  /** The largest picture it reads, for the "too large" answer. */
  readonly maxBytes: number;
  /** `language`: what the sender reads and writes, when known; it picks the alphabets to look for. */
  read(image: ImageSource, language: Language | undefined): Promise<ImageReading>;
}

/** What a user sent, in channel-neutral terms. */
export type IncomingMessage =
  | { kind: "text"; text: string; forwarded?: boolean }
  | { kind: "image"; caption?: string; image?: ImageSource }
  | { kind: "button"; data: string }
  | { kind: "command"; command: string; args?: string }
  | { kind: "unsupported" };

/** Where an answer can be written later, by a channel that can write without an update to answer. */
export interface ReplyAddress {
  /** The channel adapter that writes it ("telegram", "whatsapp-web", "whatsapp-cloud"). */
  via: string;
  /** The adapter's address of the chat (a chat id, a number): kept in memory only, never stored or logged. */
  to: string;
}

export interface Envelope {
  /** "telegram", "whatsapp", "web": part of every key, never user-facing. */
  channel: string;
  /** The channel's sender id. Hashed on arrival; never stored or logged. */
  senderId: string;
  /** The channel's id for this update; a redelivery carries the same id. */
  updateId: string;
  /** The device or app language, when the channel tells it (Telegram language_code). */
  languageHint?: string;
  /** The sender's own name, phone and username, only to scrub them from what we keep. */
  reporter?: ReporterIdentity;
  /**
   * Where a later answer can go. With it, the pieces of one forward (a picture and its text, an album,
   * a text in parts) are gathered and answered once, after the update; without it, every message is
   * answered in its own reply.
   */
  replyTo?: ReplyAddress;
  /** The album a picture belongs to (Telegram's media_group_id): one album is one forward. */
  album?: string;
  message: IncomingMessage;
}

export interface Button {
  /** Opaque to channels: they send it back as `{ kind: "button", data }`. */
  data: string;
  label: string;
  /** The one action that matters most: a channel that puts many choices behind a list keeps this one a tap away. */
  main?: true;
}

export interface OutgoingMessage {
  text: string;
  /** The language of `text`, for pages and screen readers. */
  lang: Language;
  /** Rows of buttons; channels without buttons render them as numbered choices. */
  buttons?: Button[][];
  /** Text direction, so channels and pages can lay Urdu out right-to-left. */
  rtl?: boolean;
}

export interface ReportDraft {
  step: "consent" | "where" | "paid" | "amount";
  urgent: boolean;
  whereSeen?: string;
  alreadyPaid?: boolean;
}

/** What the dialogue remembers between messages (under the sender's keyed hash). */
export interface SessionState {
  /** Chosen by the user: always wins. */
  language?: Language;
  /** The language of the last answer, so button presses are answered in it too. */
  lastLanguage?: Language;
  lastAd?: { text: string; updateId: string };
  /** The adverts checked before the last one, newest first, for the buttons under their verdicts. */
  earlierAds?: { text: string; updateId: string }[];
  report?: ReportDraft;
  /** Keyed hashes of phone numbers the person shared as their own (a contact): scrubbed from what they send later. */
  ownPhones?: string[];
  /** The country of the person's WhatsApp number, when it is a place the helpline knows: where they are unless they say so. */
  numberCountry?: string;
  /** Where the person said they are: a home country (PK, KZ, KG, TJ, UZ) or where they work (RU, AE, SA, QA, GB, other). */
  country?: string;
  /** Help asked for before the country was known: given once it is. */
  pendingHelp?: { urgentOffer: boolean };
  /**
   * A text that reads as a new advert, sent in the middle of a report, scrubbed as an advert is: checked
   * when the person says so, else right after the report. Its update names it in the buttons that ask.
   */
  heldAd?: { text: string; updateId: string };
  /** A report left for a new advert's check, with the key of its own advert: finished when the person comes back to it. */
  pausedReport?: ReportDraft & { ad: string };
}

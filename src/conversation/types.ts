import type { Language } from "../engine/types.ts";
import type { ReporterIdentity } from "../referrals/redact.ts";

/** What a user sent, in channel-neutral terms. */
export type IncomingMessage =
  | { kind: "text"; text: string; forwarded?: boolean }
  /** `fileId`: the channel's handle on the picture, for reading it (OCR) later. */
  | { kind: "image"; caption?: string; fileId?: string }
  | { kind: "button"; data: string }
  | { kind: "command"; command: string; args?: string }
  | { kind: "unsupported" };

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
  message: IncomingMessage;
}

export interface Button {
  /** Opaque to channels: they send it back as `{ kind: "button", data }`. */
  data: string;
  label: string;
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
  report?: ReportDraft;
}

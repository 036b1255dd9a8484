import type { TFunction } from "i18next";
import { LANGUAGES, type DetectedLanguage, type Language } from "../engine/types.ts";
import type { Button } from "./types.ts";

/** Telegram language_code (IETF) → our locales; Uzbek devices say "uz" for both scripts. */
const FROM_DEVICE: Record<string, Language> = { ur: "ur", ru: "ru", uz: "uz-Latn", tg: "tg", ky: "ky", kk: "kk", en: "en" };

export function deviceLanguage(hint: string | undefined): Language | undefined {
  if (!hint) return undefined;
  return FROM_DEVICE[hint.toLowerCase().split(/[-_]/)[0]!];
}

/**
 * Which language to answer in: the user's explicit choice; else the language
 * the message is written in, unless that is English (many phones in Pakistan
 * and Central Asia are set to English, and an English ad is often forwarded
 * by someone who reads Urdu or Russian better), in which case the device
 * language wins; a message too short to tell ("1", "ok?") is answered in the
 * language of the conversation so far; else English.
 */
export function replyLanguage(chosen: Language | undefined, detected: DetectedLanguage | undefined, hint: string | undefined, previous?: Language): Language {
  if (chosen) return chosen;
  if (detected && detected !== "und" && detected !== "en") return detected;
  if (detected === "und" && previous) return previous;
  return deviceLanguage(hint) ?? previous ?? "en";
}

export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(["ur"]);

/** The language of a conversation before anything in the message at hand decides it. */
export function conversationLanguage(state: { language?: Language; lastLanguage?: Language }, hint: string | undefined): Language {
  return state.language ?? state.lastLanguage ?? replyLanguage(undefined, undefined, hint);
}

/** The nine languages as buttons, three a row. */
export function languagePicker(t: TFunction): Button[][] {
  const names = LANGUAGES.map((l) => ({ data: `lang:${l}`, label: t(`language.names.${l}`) }));
  const rows: Button[][] = [];
  for (let i = 0; i < names.length; i += 3) rows.push(names.slice(i, i + 3));
  return rows;
}

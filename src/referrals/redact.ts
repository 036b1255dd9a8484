import { findPhoneNumbersInText, parsePhoneNumberFromString } from "libphonenumber-js";
import { phoneticKey, toLatin } from "../engine/names.ts";

export const REDACTED = "[redacted]";

/** What a channel knows about the person writing to us; never stored, only used to scrub texts. */
export interface ReporterIdentity {
  phones?: string[];
  names?: string[];
  usernames?: string[];
  /** The channel's numeric ids of the person ("telegram id 123456789" typed into a message). */
  ids?: string[];
  /**
   * Keyed hashes of phone numbers the person shared earlier (a Telegram contact): a number in the
   * text whose hash is one of these is theirs. The session keeps the hashes, never the numbers.
   */
  phoneHashes?: { hashes: readonly string[]; hash: (e164: string) => string };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const SEP = "[\\s().-]*";

/** The number as people write it: +92 / 0092 / 0 / nothing, then the national digits with any spacing. */
function phonePattern(phone: string): RegExp | null {
  const parsed = parsePhoneNumberFromString(phone.startsWith("+") ? phone : `+${phone.replace(/\D/g, "")}`);
  if (!parsed) return null;
  const national = parsed.nationalNumber.split("").join(SEP);
  return new RegExp(`(?<!\\d)(?:(?:\\+|00)${SEP}${parsed.countryCallingCode}${SEP}|0${SEP})?${national}(?!\\d)`, "g");
}

/**
 * Removes the reporter's own phone numbers, names and usernames from a text
 * we keep (the forwarded ad, their answers). Scammers' contacts in the ad are
 * evidence and stay.
 */
export function redactReporter(text: string, identity: ReporterIdentity): string {
  let out = text;
  for (const phone of identity.phones ?? []) {
    const pattern = phonePattern(phone);
    if (pattern) out = out.replace(pattern, REDACTED);
  }
  for (const username of identity.usernames ?? []) {
    const bare = username.replace(/^@/, "");
    if (bare.length >= 3) out = out.replace(new RegExp(`@?${escape(bare)}(?![\\p{L}\\p{N}_])`, "giu"), REDACTED);
  }
  for (const id of identity.ids ?? []) {
    if (/^\d{5,}$/.test(id)) out = out.replace(new RegExp(`(?<!\\d)${id}(?!\\d)`, "g"), REDACTED);
  }
  if (identity.phoneHashes?.hashes.length) out = redactHashedPhones(out, identity.phoneHashes);
  return redactNames(out, identity.names ?? []);
}

/**
 * The person's names wherever they stand: as a word, as the start of a handle
 * ("ZarinaQ", "Zarina_92"), and written in another script ("زرینہ",
 * "Зарина"), which is compared on the same phonetic key as registry names.
 */
function redactNames(text: string, names: readonly string[]): string {
  const parts = names.flatMap((n) => n.split(/\s+/)).filter((p) => [...p].length >= 3);
  if (parts.length === 0) return text;
  let out = text;
  for (const part of parts) {
    // "ZarinaQ", "Zarina_92": a handle built on the name; "Rashidabad" (a place) is another word.
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(part)}(?:[\\p{Lu}\\p{N}_][\\p{L}\\p{N}_]{0,6})?(?![\\p{L}\\p{N}])`, "gu"), REDACTED);
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(part)}(?![\\p{L}\\p{N}])`, "giu"), REDACTED);
  }
  const keys = new Set(parts.map((p) => phoneticKey(toLatin(p))).filter((k) => k.length >= 3));
  if (keys.size === 0) return out;
  return out.replace(/[\p{L}\p{M}]{3,}/gu, (word) => (keys.has(phoneticKey(toLatin(word))) ? REDACTED : word));
}

/** Numbers in the text that the person shared as their own before, found by their keyed hash. */
function redactHashedPhones(text: string, known: NonNullable<ReporterIdentity["phoneHashes"]>): string {
  const found = findPhoneNumbersInText(text, "PK").sort((a, b) => b.startsAt - a.startsAt);
  let out = text;
  for (const f of found) if (known.hashes.includes(known.hash(f.number.number))) out = `${out.slice(0, f.startsAt)}${REDACTED}${out.slice(f.endsAt)}`;
  return out;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}/gu;

/**
 * Free text the reporter typed about themselves ("where did you see it",
 * comments): every phone number and e-mail goes, whoever's it is.
 */
export function redactFreeText(text: string, defaultCountry: "PK" | "KZ" | "KG" | "TJ" | "UZ" = "PK"): string {
  let out = text.replace(EMAIL, REDACTED);
  const found = findPhoneNumbersInText(out, defaultCountry).sort((a, b) => b.startsAt - a.startsAt);
  for (const f of found) out = `${out.slice(0, f.startsAt)}${REDACTED}${out.slice(f.endsAt)}`;
  // Long digit runs libphonenumber does not accept as numbers can still be ids or numbers.
  return out.replace(/\+?\d[\d\s-]{8,}\d/g, REDACTED);
}

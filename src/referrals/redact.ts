import { findPhoneNumbersInText, parsePhoneNumberFromString } from "libphonenumber-js";

export const REDACTED = "[redacted]";

/** What a channel knows about the person writing to us; never stored, only used to scrub texts. */
export interface ReporterIdentity {
  phones?: string[];
  names?: string[];
  usernames?: string[];
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
  for (const name of identity.names ?? []) {
    for (const part of name.split(/\s+/).filter((p) => p.length >= 3)) {
      out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(part)}(?![\\p{L}\\p{N}])`, "giu"), REDACTED);
    }
  }
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

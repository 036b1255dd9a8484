/**
 * One normalisation for ad text and for lexicon entries, so phrases written
 * the way people type them match however the ad was typed. Offsets matter:
 * evidence is quoted from the original text, so every step here maps one
 * input code unit to exactly one output code unit (deletions become spaces).
 */

const CHAR_MAP: Record<string, string> = {
  // Arabic-script variants people mix when typing Urdu on Arabic keyboards.
  "ي": "ی",
  "ى": "ی",
  "ك": "ک",
  "ه": "ہ",
  "ة": "ہ",
  "ۀ": "ہ",
  // Every apostrophe-like mark Uzbek Latin writers use for oʻ and gʻ.
  "ʻ": "'",
  "ʼ": "'",
  "‘": "'",
  "’": "'",
  "`": "'",
  "´": "'",
  "ʹ": "'",
  "ё": "е",
  "Ё": "е",
  // Dashes and the no-break space scammers paste from templates.
  "–": "-",
  "—": "-",
  "‐": "-",
  "‑": "-",
  "\u00a0": " ",
  "\u202f": " ",
};

function mapChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Arabic-Indic and Extended Arabic-Indic digits → ASCII, so "۲۵۰۰۰" is money.
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  // Harakat, superscript alef and tatweel carry no meaning for matching.
  if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) return " ";
  // Zero-width characters are used to break keyword filters.
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff) return " ";
  return CHAR_MAP[ch] ?? ch;
}

const SPECIAL = new RegExp(
  `[${Object.keys(CHAR_MAP).join("")}\u0660-\u0669\u06f0-\u06f9\u064b-\u065f\u0670\u0640\u200b-\u200d\u2060\ufeff]`,
  "gu",
);

/**
 * Lower-case and unify the text, keeping its length so that indices into the
 * result are indices into the original.
 */
export function normalizeForMatch(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: lower-casing kept every offset (true unless the text has a character like İ).
  if (lower.length === text.length) return lower.replace(SPECIAL, mapChar);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const mapped = mapChar(ch);
    if (mapped !== ch) {
      out += mapped;
      continue;
    }
    const lowered = ch.toLowerCase();
    out += lowered.length === 1 ? lowered : ch;
  }
  return out;
}

/** A surrogate without its pair: not a character, and Postgres refuses it in jsonb. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Prepare raw user input: Unicode NFKC, no control characters, lone
 * surrogates as U+FFFD (one code unit for one, so offsets hold), bounded
 * length. Evidence is quoted from this text and stored as jsonb.
 */
export function cleanInput(text: string, maxLength: number): string {
  const nfkc = text.normalize("NFKC");
  const clean = nfkc.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ").replace(LONE_SURROGATE, "\ufffd");
  // Never cut a surrogate pair in two.
  const end = clean.length > maxLength && /[\ud800-\udbff]/.test(clean[maxLength - 1]!) ? maxLength - 1 : maxLength;
  return clean.length > maxLength ? clean.slice(0, end) : clean;
}

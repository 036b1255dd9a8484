import { escapeRegExp } from "./escape-regexp.ts";
import { foldPattern, normalizeForMatch } from "./normalize.ts";

/**
 * Lexicon entries (see data/lexicons/README.md) as one regular expression
 * source: whole words, `stem*` and `re:` entries. Used where a pattern must
 * sit inside a larger expression (licence keywords before a number) and for
 * the `re:` entries of the lexicon index.
 */

const LETTER_OR_DIGIT = "[\\p{L}\\p{M}\\p{N}]";
const BEFORE = `(?<!${LETTER_OR_DIGIT})`;
const AFTER = `(?!${LETTER_OR_DIGIT})`;
const WORD_TAIL = "[\\p{L}\\p{M}']*";

function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join("[\\s\\-_]+");
}

/** A regular expression source matching any of the entries (already normalised). */
export function compilePhrases(entries: readonly string[]): string | null {
  const whole: string[] = [];
  const stems: string[] = [];
  const raw: string[] = [];
  for (const original of new Set(entries)) {
    if (original.startsWith("re:")) {
      raw.push(`(?:${foldPattern(original.slice(3))})`);
      continue;
    }
    // NFKC as for ads (cleanInput), so "№" in an entry reads "No" as it does in the ad.
    const entry = normalizeForMatch(original.trim().normalize("NFKC"));
    if (entry.endsWith("*")) stems.push(phraseSource(entry.slice(0, -1)));
    else whole.push(phraseSource(entry));
  }
  // Longest first, so "urgently required" wins over "urgent" at the same place.
  const byLength = (a: string, b: string) => b.length - a.length;
  const parts: string[] = [];
  if (whole.length) parts.push(`${BEFORE}(?:${whole.sort(byLength).join("|")})${AFTER}`);
  if (stems.length) parts.push(`${BEFORE}(?:${stems.sort(byLength).join("|")})${WORD_TAIL}`);
  parts.push(...raw);
  return parts.length ? parts.join("|") : null;
}

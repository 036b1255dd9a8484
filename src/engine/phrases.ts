import { normalizeForMatch } from "./normalize.ts";
import type { Evidence } from "./types.ts";

/**
 * Compiles lexicon entries (see data/lexicons/README.md) into one regular
 * expression, so a category costs one scan of the ad however many phrases it has.
 */

const LETTER_OR_DIGIT = "[\\p{L}\\p{M}\\p{N}]";
const BEFORE = `(?<!${LETTER_OR_DIGIT})`;
const AFTER = `(?!${LETTER_OR_DIGIT})`;
const WORD_TAIL = "[\\p{L}\\p{M}']*";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

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
      raw.push(`(?:${original.slice(3)})`);
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

export class PhraseMatcher {
  readonly #pattern: RegExp | null;

  constructor(entries: readonly string[]) {
    const source = compilePhrases(entries);
    this.#pattern = source ? new RegExp(source, "giu") : null;
  }

  /** Every match in `normalized`, quoted from `original` (same offsets). */
  find(normalized: string, original: string): Evidence[] {
    if (!this.#pattern) return [];
    const found: Evidence[] = [];
    for (const m of normalized.matchAll(this.#pattern)) {
      if (!m[0]) continue;
      const start = m.index;
      const end = start + m[0].length;
      found.push({ text: original.slice(start, end), start, end });
    }
    return found;
  }

  test(normalized: string): boolean {
    if (!this.#pattern) return false;
    this.#pattern.lastIndex = 0;
    const hit = this.#pattern.test(normalized);
    this.#pattern.lastIndex = 0;
    return hit;
  }
}

/**
 * Many small lists in one scan: each tag (a country code, a brand id, a visa
 * type) gets a named group. `re:` entries must use non-capturing groups only.
 */
export class TaggedMatcher<T extends string> {
  readonly #pattern: RegExp | null;
  readonly #tags: T[];

  constructor(lists: Record<T, readonly string[]>) {
    this.#tags = Object.keys(lists) as T[];
    const parts = this.#tags
      .map((tag, i) => {
        const source = compilePhrases(lists[tag]);
        return source ? `(?<t${i}>${source})` : null;
      })
      .filter((p): p is string => p !== null);
    this.#pattern = parts.length ? new RegExp(parts.join("|"), "giu") : null;
  }

  find(normalized: string, original: string): { tag: T; evidence: Evidence }[] {
    if (!this.#pattern) return [];
    const found: { tag: T; evidence: Evidence }[] = [];
    for (const m of normalized.matchAll(this.#pattern)) {
      if (!m[0] || !m.groups) continue;
      const key = Object.keys(m.groups).find((k) => m.groups![k] !== undefined);
      if (!key) continue;
      const start = m.index;
      const end = start + m[0].length;
      found.push({ tag: this.#tags[Number(key.slice(1))]!, evidence: { text: original.slice(start, end), start, end } });
    }
    return found;
  }
}

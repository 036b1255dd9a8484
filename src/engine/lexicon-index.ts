import { normalizeForMatch } from "./normalize.ts";
import { ExpressionDispatch } from "./expression-dispatch.ts";
import type { Evidence } from "./types.ts";

/**
 * All lexicon phrases of all lists in one index, so an ad is scanned once,
 * run by run, whatever the number of phrases (thousands). Text is cut into
 * runs of word characters and runs of symbols ("100", "%", "visa"); a phrase
 * is looked up by its first run (or, for a one-word stem, by the prefixes of
 * each word), and the following runs are compared in place. Only `re:`
 * entries remain regular expressions.
 */

/** Runs of word characters and runs of symbols; spaces, dashes and underscores only separate runs. */
const RUN = /[\p{L}\p{M}\p{N}']+|[^\p{L}\p{M}\p{N}'\s\-_]+/gu;
const SEPARATOR = /^[\s\-_]*$/;

interface Phrase {
  list: number;
  words: string[];
  stem: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normalized.matchAll(RUN)) {
    // Quotes around a word are not part of it: 'visa' → visa.
    let start = m.index;
    let end = start + m[0].length;
    if (m[0] !== "'") {
      while (start < end && normalized[start] === "'") start++;
      while (end > start && normalized[end - 1] === "'") end--;
    }
    tokens.push({ text: normalized.slice(start, end), start, end });
  }
  return tokens;
}

function runsOf(entry: string): string[] {
  return tokenize(entry).map((t) => t.text);
}

const STEM_KEY = 3;

/**
 * Expressions are only tried where a run starts, so a leading "not after a
 * letter" guard always holds there; dropping it lets the regex engine reject
 * a start on its first character, which is most of the speed of the scan.
 */
const LEADING_BOUNDARY = /(^re:|\(\?:|\|)\(\?<!(?:\\p\{L\}|\[\\p\{L\}(?:\\p\{M\})?(?:\\p\{N\}|\\d)?\])\)/g;
function withoutLeadingBoundary(entry: string): string {
  return entry.replace(LEADING_BOUNDARY, "$1");
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class LexiconIndex<L extends string> {
  readonly #names: L[];
  readonly #byFirstWord = new Map<string, Phrase[]>();
  /** One-word stems by their first STEM_KEY characters; the few shorter ones in a list of their own. */
  readonly #byStem = new Map<string, Phrase[]>();
  readonly #shortStems: Phrase[] = [];
  readonly #expressions: ExpressionDispatch;

  constructor(lists: Record<L, readonly string[]>) {
    this.#names = Object.keys(lists) as L[];
    const expressions = this.#names.map((name, list) => {
      const expressions: string[] = [];
      for (const original of new Set(lists[name])) {
        if (original.startsWith("re:")) {
          expressions.push(original);
          continue;
        }
        const entry = normalizeForMatch(original.trim().normalize("NFKC"));
        const stem = entry.endsWith("*");
        const words = runsOf(stem ? entry.slice(0, -1) : entry);
        if (words.length === 0) continue;
        const phrase = { list, words, stem };
        if (stem && words.length === 1) {
          if (words[0]!.length >= STEM_KEY) addTo(this.#byStem, words[0]!.slice(0, STEM_KEY), phrase);
          else this.#shortStems.push(phrase);
        } else addTo(this.#byFirstWord, words[0]!, phrase);
      }
      return expressions.map(withoutLeadingBoundary);
    });
    this.#expressions = new ExpressionDispatch(expressions);
  }

  /** The matches of every list that matched: leftmost-longest, not overlapping within a list. */
  scan(normalized: string, original: string): Map<L, Evidence[]> {
    // Only the few lists that match anything get an array; the rest share EMPTY.
    const candidates = new Map<number, [number, number][]>();
    const push = (list: number, start: number, end: number) => {
      const spans = candidates.get(list);
      if (spans) spans.push([start, end]);
      else candidates.set(list, [[start, end]]);
    };
    const tokens = tokenize(normalized);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      for (const phrase of this.#byFirstWord.get(token.text) ?? []) {
        const end = this.#matchRest(normalized, tokens, i, phrase);
        if (end >= 0) push(phrase.list, token.start, end);
      }
      const stems = token.text.length >= STEM_KEY ? this.#byStem.get(token.text.slice(0, STEM_KEY)) : undefined;
      for (const phrase of stems ?? []) if (token.text.startsWith(phrase.words[0]!)) push(phrase.list, token.start, token.end);
      for (const phrase of this.#shortStems) if (token.text.startsWith(phrase.words[0]!)) push(phrase.list, token.start, token.end);
    }
    // Expressions are tried only where a word or a symbol starts, not at every character:
    // phrases begin at word starts, and this is what keeps hundreds of them cheap.
    this.#expressions.scan(
      normalized,
      tokens.map((t) => t.start),
      push,
    );
    const result = new Map<L, Evidence[]>();
    for (const [list, spans] of candidates) {
      spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      const chosen: Evidence[] = [];
      let covered = -1;
      for (const [start, end] of spans) {
        if (start < covered) continue;
        chosen.push({ text: original.slice(start, end), start, end });
        covered = end;
      }
      result.set(this.#names[list]!, chosen);
    }
    return result;
  }

  /** End offset of `phrase` starting at token `i`, or -1. */
  #matchRest(normalized: string, tokens: Token[], i: number, phrase: Phrase): number {
    const { words, stem } = phrase;
    let last = tokens[i]!;
    if (words.length === 1) return last.end;
    for (let k = 1; k < words.length; k++) {
      const next = tokens[i + k];
      if (!next || !SEPARATOR.test(normalized.slice(last.end, next.start))) return -1;
      const word = words[k]!;
      const isLast = k === words.length - 1;
      if (isLast && stem ? !next.text.startsWith(word) : next.text !== word) return -1;
      last = next;
    }
    return last.end;
  }
}

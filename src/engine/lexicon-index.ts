import { normalizeForMatch } from "./normalize.ts";
import { ExpressionDispatch } from "./expression-dispatch.ts";
import { FNV_OFFSET, FNV_PRIME, fnv1a } from "./fnv1a.ts";
import { HashGroups } from "./hash-groups.ts";
import { cutRuns, emptyRuns, type Runs } from "./runs.ts";
import type { Evidence } from "./types.ts";

/**
 * All lexicon phrases of all lists in one index, so an ad is scanned once,
 * run by run, whatever the number of phrases (thousands). Text is cut into
 * runs of word characters and runs of symbols ("100", "%", "visa"); a phrase
 * is looked up by its first run (or, for a one-word stem, by the prefixes of
 * each word), and the following runs are compared in place. Only `re:`
 * entries remain regular expressions. Runs are looked up by a hash of their
 * code units, read from the text in place: a string cut out of the advert
 * for each run, and its hashing by the Map, were most of the phrase scan.
 */

interface Phrase {
  list: number;
  words: string[];
  stem: boolean;
}

function runsOf(entry: string): string[] {
  const runs = cutRuns(entry);
  return Array.from({ length: runs.count }, (_, i) => entry.slice(runs.starts[i], runs.ends[i]));
}

/** Hashes are kept small non-negative integers (HashGroups keys, unboxed). */
const HASH_MASK = 0x3fffffff;

function hashOf(text: string, start: number, end: number): number {
  return fnv1a(text, start, end) & HASH_MASK;
}

/** Whether `text[start, end)` is `word` (or, for a stem, begins with it), compared in place. */
function reads(text: string, start: number, end: number, word: string, stem: boolean): boolean {
  return (stem ? end - start >= word.length : end - start === word.length) && text.startsWith(word, start);
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

function byStartThenLongest(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0] || b[1] - a[1];
}

/** Spans are found in the order of their starts, mostly: a sort (which copies the array) is then not needed. */
function inOrder(spans: readonly (readonly [number, number])[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byStartThenLongest(spans[i - 1]!, spans[i]!) > 0) return false;
  return true;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class LexiconIndex<L extends string> {
  readonly #names: L[];
  /** By the hash of their first word; phrases of another word may share a hash, and are told apart by reads(). */
  readonly #byFirstWord: HashGroups<Phrase>;
  /** One-word stems by the hash of their first STEM_KEY code units; the few shorter ones in a list of their own. */
  readonly #byStem: HashGroups<Phrase>;
  readonly #shortStems: Phrase[] = [];
  readonly #expressions: ExpressionDispatch;

  constructor(lists: Record<L, readonly string[]>) {
    this.#names = Object.keys(lists) as L[];
    const byFirstWord = new Map<number, Phrase[]>();
    const byStem = new Map<number, Phrase[]>();
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
        const first = words[0]!;
        if (stem && words.length === 1) {
          if (first.length >= STEM_KEY) addTo(byStem, hashOf(first, 0, STEM_KEY), phrase);
          else this.#shortStems.push(phrase);
        } else addTo(byFirstWord, hashOf(first, 0, first.length), phrase);
      }
      return expressions.map(withoutLeadingBoundary);
    });
    this.#byFirstWord = new HashGroups(byFirstWord);
    this.#byStem = new HashGroups(byStem);
    this.#expressions = new ExpressionDispatch(expressions);
  }

  /** The runs of the text being scanned; reused, as a scan runs to its end before the next. */
  readonly #runs = emptyRuns();

  /** The matches of every list that matched: leftmost-longest, not overlapping within a list. */
  scan(normalized: string, original: string): Map<L, Evidence[]> {
    // Only the few lists that match anything get an array; the rest share EMPTY.
    const candidates = new Map<number, [number, number][]>();
    const push = (list: number, start: number, end: number) => {
      const spans = candidates.get(list);
      if (spans) spans.push([start, end]);
      else candidates.set(list, [[start, end]]);
    };
    const runs = cutRuns(normalized, this.#runs);
    const { count, starts, ends } = runs;
    const byFirstWord = this.#byFirstWord;
    const byStem = this.#byStem;
    const phrases = byFirstWord.items;
    const stems = byStem.items;
    for (let i = 0; i < count; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      // hashOf of the whole run and of its first STEM_KEY units, in one pass.
      let hash = FNV_OFFSET;
      let stemHash = -1;
      for (let k = start; k < end; k++) {
        hash = Math.imul(hash ^ normalized.charCodeAt(k), FNV_PRIME);
        if (k === start + STEM_KEY - 1) stemHash = hash & HASH_MASK;
      }
      const slot = byFirstWord.find(hash & HASH_MASK);
      if (slot >= 0)
        for (let p = byFirstWord.from(slot), to = byFirstWord.to(slot); p < to; p++) {
          const phrase = phrases[p]!;
          if (!reads(normalized, start, end, phrase.words[0]!, false)) continue;
          const last = this.#matchRest(normalized, runs, i, phrase);
          if (last >= 0) push(phrase.list, start, last);
        }
      const stemSlot = stemHash < 0 ? -1 : byStem.find(stemHash);
      if (stemSlot >= 0)
        for (let p = byStem.from(stemSlot), to = byStem.to(stemSlot); p < to; p++) {
          const phrase = stems[p]!;
          if (reads(normalized, start, end, phrase.words[0]!, true)) push(phrase.list, start, end);
        }
      for (const phrase of this.#shortStems) if (reads(normalized, start, end, phrase.words[0]!, true)) push(phrase.list, start, end);
    }
    // Expressions are tried only where a word or a symbol starts, not at every character:
    // phrases begin at word starts, and this is what keeps hundreds of them cheap.
    this.#expressions.scan(normalized, starts.subarray(0, count), push);
    const result = new Map<L, Evidence[]>();
    for (const [list, spans] of candidates) {
      if (!inOrder(spans)) spans.sort(byStartThenLongest);
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

  /** End offset of `phrase`, whose first word run `i` reads, or -1. */
  #matchRest(text: string, runs: Runs, i: number, phrase: Phrase): number {
    const { words, stem } = phrase;
    if (words.length === 1) return runs.ends[i]!;
    if (i + words.length > runs.count) return -1;
    for (let k = 1; k < words.length; k++) {
      if (runs.joined[i + k - 1] === 0) return -1;
      if (!reads(text, runs.starts[i + k]!, runs.ends[i + k]!, words[k]!, stem && k === words.length - 1)) return -1;
    }
    return runs.ends[i + words.length - 1]!;
  }
}

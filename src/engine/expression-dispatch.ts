import type { AST } from "@eslint-community/regexpp";
import { CodeUnitTexts, codeUnitForm } from "./code-unit-pattern.ts";
import { foldPattern } from "./normalize.ts";
import { LiteralSearch } from "./literal-search.ts";
import { patternOf } from "./regexp-ast.ts";
import { requiredFactor } from "./required-factor.ts";
import { requiredLiteralLists } from "./required-literals.ts";
import { ANY, startStrings, withoutLeadingAssertions, type StartStrings } from "./start-strings.ts";

/** An expression in both forms: with `u`, and without it for a text that CodeUnitTexts fits (several times faster). */
interface Compiled {
  unicode: RegExp;
  codeUnits: RegExp;
}

/** An expression as the scan tries it; compiled with the first bucket that holds it. */
interface Entry {
  /** Literal ids of its requirements after the first (see requiredLiteralLists), each list ended by -1; null without. */
  after: Int32Array | null;
  /** The expression without its leading lookarounds: matches wherever it does, and fails fast. */
  quick: Compiled;
  /** The expression whole (the same object when it has no leading lookarounds), tried where its quick test passes. */
  whole: Compiled;
}

/** The expressions that can start at one place, by list and in each list's order. */
interface Bucket {
  entries: Entry[];
  /** Each entry's expression id and list, side by side: the scan reads them for every entry, and most go no further. */
  expressions: Int32Array;
  lists: Int32Array;
  /**
   * The places in `entries` of those whose literals the text being scanned
   * holds (the others cannot match in it), worked out at the first word of
   * that scan that needs the bucket: most of a bucket is never alive in an
   * advert, and a long advert met the same buckets at hundreds of words.
   */
  alive: Int32Array;
  /** How many of `alive` are this scan's: set in place, as truncating an array is a slow runtime call. */
  aliveCount: number;
  /** Which scan `alive` is for. */
  scan: number;
}

interface Expression {
  /** Its place among all the dispatch's expressions. */
  id: number;
  list: number;
  order: number;
  /** The expression (keyboard twins folded), and the same for a text CodeUnitTexts fits, or null. */
  source: Source;
  /** The expression without its leading lookarounds: matches wherever it does, and fails fast. */
  quick: Source;
  /** Its requirements after the first, as Entry has them. */
  after: Int32Array | null;
  entry?: Entry;
}

interface Source {
  unicode: string;
  codeUnits: string | null;
}

/** Expressions are filed by how their matches begin, up to this many characters. */
const KEY_LENGTH = 3;

/** A node of the start-string trie: the expressions filed under the string that leads here, and its bucket. */
interface Node {
  next: Map<string, Node>;
  parent: Node | null;
  own: Expression[];
  bucket?: Bucket;
}

/**
 * Literals are searched for by their first units only: a literal's head is
 * wherever the literal is, so what it rules out stays ruled out, and the
 * search's table (states × characters, read at every character of an advert)
 * stays a few megabytes instead of eight, which the scan's cache misses cost.
 */
const LITERAL_HEAD = 5;

/** Buckets remembered per first character: enough for any language's words, bounded for any text. */
const MAX_REMEMBERED = 4096;

const isSurrogate = (unit: number) => (unit & 0xf800) === 0xd800;

/** Where an expression may begin in a text it can match anywhere in. */
const ANYWHERE = 0x7fffffff;

/**
 * Lexicon `re:` expressions filed by the first characters their matches can
 * begin with. Trying over a thousand expressions at every word made a scan
 * cost milliseconds (and an alternation that large runs far slower than its
 * parts); at a word only those that can begin with its first characters are
 * tried, with the few that can begin anyhow. Within a list the entries keep
 * their order, so the match found at a place is the one the whole list would
 * find.
 */
export class ExpressionDispatch {
  readonly #root: Node = { next: new Map(), parent: null, own: [] };
  readonly #codeUnits = new CodeUnitTexts();
  /** Buckets by a start's first code unit, then its next two (see #at). */
  readonly #byFirst: (Map<number, Bucket> | undefined)[] = new Array(0x10000);
  /** The distinct required literals of all expressions, found in a text in one pass. */
  readonly #search: LiteralSearch;
  /**
   * By literal id: the expressions whose first requirement it is in (they need it or another of its list),
   * needing[needingFrom[id] .. needingFrom[id + 1]): flat, as the scan reads them for every literal an advert holds.
   */
  readonly #needingFrom: Int32Array;
  readonly #needing: Int32Array;
  /** Expressions tried at any word, with the rest of them after that beginning (required-factor.ts). */
  readonly #factors: { expression: number; rest: Compiled }[] = [];
  /** By expression id: ANYWHERE for those without required literals, -1 for the others. */
  readonly #unknown: Int32Array;
  /** Per text: by literal, where it was last seen (-1: not), and which were; by expression, the last place it may begin. Reused. */
  readonly #lastSeen: Int32Array;
  readonly #seen: number[] = [];
  readonly #reach: Int32Array;
  /** Scans so far: tells a bucket whether its `alive` is this text's. */
  #scans = 0;

  /** `lists[i]` holds list i's `re:` entries, in order, as the scan runs them. */
  constructor(lists: readonly (readonly string[])[]) {
    const literalIds = new Map<string, number>();
    const unknown: number[] = [];
    const needing: number[][] = [];
    const idOf = (literal: string) => {
      const head = literal.slice(0, LITERAL_HEAD);
      let id = literalIds.get(head);
      if (id === undefined) literalIds.set(head, (id = literalIds.size));
      return id;
    };
    lists.forEach((entries, list) =>
      entries.forEach((entry, order) => {
        const source = foldPattern(entry.slice("re:".length));
        const [starts, quick, needs, rest, pattern] = analyse(source);
        // Rewritten now, so every property the expressions name is known before the first text is fitted.
        const codeUnits = this.#codeUnits.rewrite(pattern ?? source);
        const expression: Expression = {
          id: unknown.length,
          list,
          order,
          source: { unicode: source, codeUnits },
          quick: { unicode: quick, codeUnits: quick === source ? codeUnits : this.#codeUnits.rewrite(quick) },
          after: needs.length > 1 ? Int32Array.from(needs.slice(1).flatMap((literals) => [...literals.map(idOf), -1])) : null,
        };
        if (starts === ANY && rest !== null) this.#factors.push({ expression: expression.id, rest: this.#compileSearch(rest) });
        unknown.push(needs.length > 0 ? -1 : ANYWHERE);
        for (const literal of needs[0] ?? []) (needing[idOf(literal)] ??= []).push(expression.id);
        // Those that can begin anyhow are filed at the root, on the path of every place.
        for (const s of starts === ANY ? [""] : starts) this.#node(s).own.push(expression);
      }),
    );
    this.#search = new LiteralSearch([...literalIds.keys()]);
    this.#needingFrom = new Int32Array(literalIds.size + 1);
    for (let literal = 0; literal < literalIds.size; literal++) this.#needingFrom[literal + 1] = this.#needingFrom[literal]! + (needing[literal]?.length ?? 0);
    this.#needing = Int32Array.from(needing.flat());
    this.#unknown = Int32Array.from(unknown);
    this.#lastSeen = new Int32Array(literalIds.size).fill(-1);
    this.#reach = new Int32Array(unknown.length);
  }

  #node(start: string): Node {
    let node = this.#root;
    for (const c of start) {
      let next = node.next.get(c);
      if (!next) node.next.set(c, (next = { next: new Map(), parent: node, own: [] }));
      node = next;
    }
    return node;
  }

  /**
   * Each list's match at each of `starts` (where words and symbols begin in
   * the lower-cased text): the match the list's expressions, tried in order,
   * would find there.
   */
  scan(text: string, starts: ArrayLike<number>, found: (list: number, start: number, end: number) => void): void {
    const exactly = this.#search.readsExactly(text);
    const form = this.#codeUnits.fits(text) ? "codeUnits" : "unicode";
    const reach = this.#reachIn(text, exactly, form);
    const lastSeen = this.#lastSeen;
    const scan = ++this.#scans;
    for (let s = 0; s < starts.length; s++) {
      const start = starts[s]!;
      const bucket = this.#at(text, start);
      if (bucket.scan !== scan) keepAlive(bucket, reach, scan);
      const { entries, expressions, lists, alive, aliveCount } = bucket;
      // The list whose match here is known.
      let settled = -1;
      for (let a = 0; a < aliveCount; a++) {
        const k = alive[a]!;
        const list = lists[k]!;
        if (list === settled || reach[expressions[k]!]! < start) continue;
        const { quick, after } = entries[k]!;
        // Where the text holds its literals as written, each requirement is met at or after a match's start.
        if (after !== null && !metAfter(after, lastSeen, exactly ? start : 0)) continue;
        // Tried here only (sticky): searching ahead from each word went over every character, not only where words start.
        const sticky = quick[form];
        sticky.lastIndex = start;
        if (!sticky.test(text)) continue;
        settled = list;
        // The list's match here is that of the first of its expressions that matches. Those before this one cannot
        // where the text reads its literals as written (their quick test failed, or their literals are out of reach);
        // elsewhere the literals prove nothing, and all of them are tried, as the list's alternation once was.
        let from = k;
        if (!exactly) while (from > 0 && lists[from - 1] === list) from--;
        const end = firstMatch(bucket, from, text, start, form, exactly ? reach : null);
        if (end > start) found(list, start, end);
      }
    }
    for (const literal of this.#seen) lastSeen[literal] = -1;
    this.#seen.length = 0;
  }

  /**
   * What to try where a word or a symbol starts at `start` of the (lower-cased)
   * text. It depends on the next KEY_LENGTH characters only: for the usual
   * three units of the Basic Multilingual Plane, the answer is remembered by
   * the first unit and then the other two, so most words cost one lookup.
   */
  #at(text: string, start: number): Bucket {
    if (start + KEY_LENGTH <= text.length) {
      const first = text.charCodeAt(start);
      const second = text.charCodeAt(start + 1);
      const third = text.charCodeAt(start + 2);
      if (!isSurrogate(first) && !isSurrogate(second) && !isSurrogate(third)) {
        const byRest = (this.#byFirst[first] ??= new Map());
        const rest = second * 0x10000 + third;
        let bucket = byRest.get(rest);
        if (bucket === undefined) {
          bucket = this.#walk(text, start);
          if (byRest.size < MAX_REMEMBERED) byRest.set(rest, bucket);
        }
        return bucket;
      }
    }
    return this.#walk(text, start);
  }

  #walk(text: string, start: number): Bucket {
    // The node the text's first characters lead to holds the expressions filed along the way; compiled once per node.
    let node = this.#root;
    for (let i = start, depth = 0; i < text.length && depth < KEY_LENGTH; depth++) {
      const c = String.fromCodePoint(text.codePointAt(i)!);
      const next = node.next.get(c) ?? node.next.get(c.toLowerCase());
      if (!next) break;
      node = next;
      i += c.length;
    }
    return (node.bucket ??= this.#compileBucket(node));
  }

  /**
   * By expression: the last place in the (lower-cased) text where it can
   * begin a match, or -1 where it cannot match at all. An expression needs
   * one of its literals in the text; where the text holds them as written,
   * at or after where the match begins.
   */
  #reachIn(text: string, exactly: boolean, form: keyof Compiled): Int32Array {
    const reach = this.#reach;
    const lastSeen = this.#lastSeen;
    const seen = this.#seen;
    const needingFrom = this.#needingFrom;
    const needing = this.#needing;
    this.#search.search(text, lastSeen, seen);
    reach.set(this.#unknown);
    for (const literal of seen) {
      const at = exactly ? lastSeen[literal]! : ANYWHERE;
      for (let k = needingFrom[literal]!, end = needingFrom[literal + 1]!; k < end; k++) {
        const expression = needing[k]!;
        if (reach[expression]! < at) reach[expression] = at;
      }
    }
    for (const { expression, rest } of this.#factors) if (reach[expression]! >= 0) reach[expression] = Math.min(reach[expression]!, lastStart(rest[form], text));
    return reach;
  }

  #compileBucket(node: Node): Bucket {
    const expressions: Expression[] = [];
    for (let n: Node | null = node; n; n = n.parent) expressions.push(...n.own);
    // Tested one by one: V8 runs a long alternation many times slower than its parts.
    const sorted = [...new Set(expressions)].sort((a, b) => a.list - b.list || a.order - b.order);
    return {
      entries: sorted.map((e) => (e.entry ??= this.#entry(e))),
      expressions: Int32Array.from(sorted, (e) => e.id),
      lists: Int32Array.from(sorted, (e) => e.list),
      alive: new Int32Array(sorted.length),
      aliveCount: 0,
      scan: 0,
    };
  }

  #entry(e: Expression): Entry {
    const whole = this.#compile(e.source);
    const quick = e.quick.unicode === e.source.unicode && e.quick.codeUnits === e.source.codeUnits ? whole : this.#compile(e.quick);
    return { after: e.after, quick, whole };
  }

  /** Compiled to search a whole text, not tried at one place. */
  #compileSearch(source: string): Compiled {
    const unicode = new RegExp(source, "giu");
    return { unicode, codeUnits: codeUnitForm(this.#codeUnits.rewrite(source), "gi", unicode) };
  }

  #compile(source: Source): Compiled {
    const unicode = new RegExp(source.unicode, "iuy");
    return { unicode, codeUnits: codeUnitForm(source.codeUnits, "iy", unicode) };
  }
}

/** Fills `bucket.alive` for the scan whose reach is given: an expression not in reach anywhere in the text is never alive. */
function keepAlive(bucket: Bucket, reach: Int32Array, scan: number): void {
  const { expressions, alive } = bucket;
  let count = 0;
  for (let k = 0; k < expressions.length; k++) if (reach[expressions[k]!]! >= 0) alive[count++] = k;
  bucket.aliveCount = count;
  bucket.scan = scan;
}

/**
 * Whether each list of literal ids in `after` (each ended by -1) has one
 * last seen at or after `from` (0 where the text does not hold literals as
 * written: seen at all).
 */
function metAfter(after: Int32Array, lastSeen: Int32Array, from: number): boolean {
  let met = false;
  for (let i = 0; i < after.length; i++) {
    const literal = after[i]!;
    if (literal < 0) {
      if (!met) return false;
      met = false;
    } else if (!met && lastSeen[literal]! >= from) met = true;
  }
  return true;
}

/**
 * Where the match at `start` of the list of the bucket's entry `from` ends
 * (-1: none): that of the first of its expressions from there on that
 * matches, as their alternation would find. With `reach`, an expression that
 * cannot begin there is skipped; entry `from` is tried whole without its
 * quick test.
 */
function firstMatch(bucket: Bucket, from: number, text: string, start: number, form: keyof Compiled, reach: Int32Array | null): number {
  const { entries, expressions, lists } = bucket;
  const list = lists[from]!;
  for (let k = from; k < entries.length && lists[k] === list; k++) {
    if (reach && reach[expressions[k]!]! < start) continue;
    const { quick, whole } = entries[k]!;
    if (k !== from && quick !== whole) {
      quick[form].lastIndex = start;
      if (!quick[form].test(text)) continue;
    }
    whole[form].lastIndex = start;
    const m = whole[form].exec(text);
    if (m) return start + m[0].length;
  }
  return -1;
}

/** Where the last match of a global expression in `text` begins (matches may overlap), or -1. */
function lastStart(re: RegExp, text: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    last = m.index;
    // On by one code point, not past the match: a later match may begin inside this one.
    const unit = text.charCodeAt(last);
    re.lastIndex = last + (unit >= 0xd800 && unit <= 0xdbff ? 2 : 1);
  }
  return last;
}

/** Where the expression's matches begin, its quick form, its literals and its rest (see the fields), from one parse. */
function analyse(source: string): [StartStrings, string, (readonly string[])[], string | null, AST.Pattern | null] {
  try {
    const pattern = patternOf(source);
    return [startStrings(pattern, KEY_LENGTH), withoutLeadingAssertions(pattern), requiredLiteralLists(pattern), requiredFactor(pattern), pattern];
  } catch {
    // A pattern the parser does not know: tried everywhere, whole.
    return [ANY, source, [], null, null];
  }
}

import { CodeUnitTexts } from "./code-unit-pattern.ts";
import { foldTwins } from "./normalize.ts";
import { requiredLiterals, type Literals } from "./required-literals.ts";
import { ANY, startStrings, withoutLeadingAssertions, type StartStrings } from "./start-strings.ts";

/** An expression in both forms: with `u`, and without it for a text that CodeUnitTexts fits (several times faster). */
interface Compiled {
  unicode: RegExp;
  codeUnits: RegExp;
}

/** One expression's quick test: the expression without its leading lookarounds, tried where a word starts. */
interface Quick {
  list: number;
  test: Compiled;
  expression: number;
}

/** The expressions that can start at one place: each one's quick test, then the lists that passed one. */
interface Bucket {
  /** By list: where none of a list's quick tests passes, the list cannot match. */
  quick: Quick[];
  /** Each list's expressions of the bucket, whole and in order. */
  lists: Map<number, Compiled>;
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
  /** The quick test, compiled with the first bucket that holds it. */
  test?: Compiled;
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
  own: Expression[];
  bucket?: Bucket;
}

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
  readonly #root: Node = { next: new Map(), own: [] };
  /** By expression id: the strings one of which an advert must contain for it to match, or null. */
  readonly #literals: Literals[] = [];
  readonly #codeUnits = new CodeUnitTexts();

  /** `lists[i]` holds list i's `re:` entries, in order, as the scan runs them. */
  constructor(lists: readonly (readonly string[])[]) {
    lists.forEach((entries, list) =>
      entries.forEach((entry, order) => {
        const source = foldTwins(entry.slice("re:".length));
        const [starts, quick, literals] = analyse(source);
        // Rewritten now, so every property the expressions name is known before the first text is fitted.
        const expression: Expression = {
          id: this.#literals.length,
          list,
          order,
          source: { unicode: source, codeUnits: this.#codeUnits.rewrite(source) },
          quick: { unicode: quick, codeUnits: this.#codeUnits.rewrite(quick) },
        };
        this.#literals.push(literals);
        // Those that can begin anyhow are filed at the root, on the path of every place.
        for (const s of starts === ANY ? [""] : starts) this.#node(s).own.push(expression);
      }),
    );
  }

  #node(start: string): Node {
    let node = this.#root;
    for (const c of start) {
      let next = node.next.get(c);
      if (!next) node.next.set(c, (next = { next: new Map(), own: [] }));
      node = next;
    }
    return node;
  }

  /**
   * Each list's match at each of `starts` (where words and symbols begin in
   * the lower-cased text): the match the list's expressions, tried in order,
   * would find there.
   */
  scan(text: string, starts: Iterable<number>, found: (list: number, start: number, end: number) => void): void {
    const possible = this.#possibleIn(text);
    const form = this.#codeUnits.fits(text) ? "codeUnits" : "unicode";
    // A bucket recurs at every number or word with the same first letters; it is pruned once per text.
    const pruned = new Map<Bucket, Quick[]>();
    for (const start of starts) {
      const bucket = this.#at(text, start);
      let quick = pruned.get(bucket);
      if (!quick) pruned.set(bucket, (quick = bucket.quick.filter((q) => possible(q.expression))));
      let passed = -1;
      for (const { list, test, expression } of quick) {
        if (list === passed) continue;
        // Tried here only (sticky): searching ahead from each word went over every character, not only where words start.
        const sticky = test[form];
        sticky.lastIndex = start;
        if (!sticky.test(text)) continue;
        passed = list;
        const whole = bucket.lists.get(list)![form];
        whole.lastIndex = start;
        const m = whole.exec(text);
        if (m && m[0]) found(list, start, start + m[0].length);
      }
    }
  }

  /** What to try where a word or a symbol starts at `start` of the (lower-cased) text. */
  #at(text: string, start: number): Bucket {
    // The expressions filed along the path the text's first characters take; compiled once per path end.
    const path = [this.#root];
    let node = this.#root;
    for (let i = start, depth = 0; i < text.length && depth < KEY_LENGTH; depth++) {
      const c = String.fromCodePoint(text.codePointAt(i)!);
      const next = node.next.get(c) ?? node.next.get(c.toLowerCase());
      if (!next) break;
      path.push((node = next));
      i += c.length;
    }
    return (node.bucket ??= this.#compileBucket(path.flatMap((n) => n.own)));
  }

  /**
   * Whether an expression can match somewhere in the (lower-cased) text,
   * answered once per expression and text: the scan asks at every word.
   */
  #possibleIn(text: string): (expression: number) => boolean {
    const known = new Int8Array(this.#literals.length);
    return (expression) => {
      if (known[expression] === 0) {
        const literals = this.#literals[expression];
        known[expression] = !literals || literals.some((s) => text.includes(s)) ? 1 : -1;
      }
      return known[expression] === 1;
    };
  }

  #compileBucket(expressions: Expression[]): Bucket {
    // Tested one by one: V8 runs a long alternation many times slower than its parts.
    const sorted = [...new Set(expressions)].sort((a, b) => a.list - b.list || a.order - b.order);
    const lists = new Map<number, Compiled>();
    for (const list of new Set(sorted.map((e) => e.list))) {
      // As compilePhrases joins `re:` entries: the first that matches at a place wins.
      const own = sorted.filter((e) => e.list === list).map((e) => e.source);
      const join = (sources: (string | null)[]) => (sources.includes(null) ? null : sources.map((s) => `(?:${s})`).join("|"));
      lists.set(list, this.#compile({ unicode: join(own.map((s) => s.unicode))!, codeUnits: join(own.map((s) => s.codeUnits)) }));
    }
    return { quick: sorted.map((e) => ({ list: e.list, test: (e.test ??= this.#compile(e.quick)), expression: e.id })), lists };
  }

  #compile(source: Source): Compiled {
    const unicode = new RegExp(source.unicode, "iuy");
    return { unicode, codeUnits: source.codeUnits === null ? unicode : new RegExp(source.codeUnits, "iy") };
  }
}

function analyse(source: string): [StartStrings, string, Literals] {
  try {
    return [startStrings(source, KEY_LENGTH), withoutLeadingAssertions(source), requiredLiterals(source)];
  } catch {
    // A pattern the parser does not know: tried everywhere, whole.
    return [ANY, source, null];
  }
}

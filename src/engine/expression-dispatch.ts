import { foldTwins } from "./normalize.ts";
import { compilePhrases } from "./phrases.ts";
import { requiredLiterals, type Literals } from "./required-literals.ts";
import { ANY, startStrings, withoutLeadingAssertions, type StartStrings } from "./start-strings.ts";

/** One expression's quick test: the expression without its leading lookarounds, searched for. */
interface Quick {
  list: number;
  search: RegExp;
  expression: number;
}

/** The expressions that can start at one place: each one's quick test, then the lists that passed one. */
interface Bucket {
  /** By list: where none of a list's quick tests passes, the list cannot match. */
  quick: Quick[];
  /** Each list's expressions of the bucket, whole and in order. */
  lists: Map<number, RegExp>;
}

interface Expression {
  /** Its place among all the dispatch's expressions. */
  id: number;
  list: number;
  order: number;
  entry: string;
  /** The entry without its leading lookarounds: matches wherever it does, and fails fast. */
  quick: string;
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

  /** `lists[i]` holds list i's `re:` entries, in order, as the scan runs them. */
  constructor(lists: readonly (readonly string[])[]) {
    lists.forEach((entries, list) =>
      entries.forEach((entry, order) => {
        const [starts, quick, literals] = analyse(entry);
        const expression = { id: this.#literals.length, list, order, entry, quick };
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
    // A bucket recurs at every number or word with the same first letters; it is pruned once per text.
    const pruned = new Map<Bucket, Quick[]>();
    // Where each expression's quick test can next pass: one search skips every word before it.
    const next = new Int32Array(this.#literals.length).fill(-1);
    for (const start of starts) {
      const bucket = this.#at(text, start);
      let quick = pruned.get(bucket);
      if (!quick) pruned.set(bucket, (quick = bucket.quick.filter((q) => possible(q.expression))));
      let passed = -1;
      for (const { list, search, expression } of quick) {
        if (list === passed) continue;
        if (next[expression]! < start) {
          search.lastIndex = start;
          next[expression] = search.exec(text)?.index ?? text.length + 1;
        }
        if (next[expression] !== start) continue;
        passed = list;
        const whole = bucket.lists.get(list)!;
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
    return (node.bucket ??= compileBucket(path.flatMap((n) => n.own)));
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
}

function analyse(entry: string): [StartStrings, string, Literals] {
  const source = foldTwins(entry.slice("re:".length));
  try {
    return [startStrings(source, KEY_LENGTH), withoutLeadingAssertions(source), requiredLiterals(source)];
  } catch {
    // A pattern the parser does not know: tried everywhere, whole.
    return [ANY, source, null];
  }
}

function compileBucket(expressions: Expression[]): Bucket {
  // Tested one by one: V8 runs a long alternation many times slower than its parts.
  const sorted = [...new Set(expressions)].sort((a, b) => a.list - b.list || a.order - b.order);
  const lists = new Map<number, RegExp>();
  for (const list of new Set(sorted.map((e) => e.list))) {
    const own = sorted.filter((e) => e.list === list).map((e) => e.entry);
    lists.set(list, new RegExp(compilePhrases(own)!, "iuy"));
  }
  return { quick: sorted.map((e) => ({ list: e.list, search: new RegExp(e.quick, "giu"), expression: e.id })), lists };
}

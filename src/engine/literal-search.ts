/**
 * Every occurrence of a few thousand strings in one pass over a text
 * (Aho–Corasick). The lexicon expressions each need one of their required
 * literals in an advert; asking `text.includes` for each of them went over the
 * text hundreds of times per advert. The automaton keeps each state's edges
 * and its failure link, not a dense table of every state × every character:
 * that table (megabytes, read at a new row for each character) cost a cache
 * miss per character in a check, where these arrays stay in the cache.
 */
export class LiteralSearch {
  /** Code unit → column; 0 for a unit no literal has (it leads back to the root). */
  readonly #column = new Uint16Array(0x10000);
  /** The root's next state by column (every unit is read there first). */
  readonly #root: Int32Array;
  /** Other states' edges: edgeColumns/edgeTargets[edgesFrom[state] .. edgesFrom[state + 1]), by column. */
  readonly #edgesFrom: Int32Array;
  readonly #edgeColumns: Uint16Array;
  readonly #edgeTargets: Int32Array;
  readonly #fail: Int32Array;
  /** The literals that end at a state: ids[from[state] .. from[state + 1]). */
  readonly #from: Int32Array;
  readonly #ids: Int32Array;
  readonly #lengths: Int32Array;
  readonly #inexact: Uint8Array;

  constructor(literals: readonly string[]) {
    this.#lengths = Int32Array.from(literals, (s) => s.length);
    this.#inexact = inexactUnits(literals);
    let columns = 1;
    for (const s of literals) for (let i = 0; i < s.length; i++) if (this.#column[s.charCodeAt(i)] === 0) this.#column[s.charCodeAt(i)] = columns++;
    const { children, own } = trieOf(literals, this.#column);
    const { fail, outputs } = failureLinks(children, own);
    this.#fail = fail;
    this.#root = new Int32Array(columns);
    for (const [c, child] of children[0]!) this.#root[c] = child;
    const edges = packedEdges(children);
    this.#edgesFrom = edges.from;
    this.#edgeColumns = edges.columns;
    this.#edgeTargets = edges.targets;
    this.#from = new Int32Array(children.length + 1);
    const ids: number[] = [];
    outputs.forEach((out, state) => {
      this.#from[state] = ids.length;
      ids.push(...out);
    });
    this.#from[children.length] = ids.length;
    this.#ids = Int32Array.from(ids);
  }

  /** The state after `state` reads a unit of `column`: its edge, or its failure link's, down to the root. */
  #step(state: number, column: number): number {
    const from = this.#edgesFrom;
    const columns = this.#edgeColumns;
    const targets = this.#edgeTargets;
    const fail = this.#fail;
    while (state !== 0) {
      let lo = from[state]!;
      let hi = from[state + 1]!;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const c = columns[mid]!;
        if (c === column) return targets[mid]!;
        if (c < column) lo = mid + 1;
        else hi = mid;
      }
      state = fail[state]!;
    }
    return this.#root[column]!;
  }

  /**
   * For each literal found in `text`: `last[id]` becomes where its last
   * occurrence starts, and its id is added to `found` the first time.
   * `last` must hold -1 for every literal on entry.
   */
  search(text: string, last: Int32Array, found: number[]): void {
    const column = this.#column;
    const from = this.#from;
    const ids = this.#ids;
    const lengths = this.#lengths;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.#step(state, column[text.charCodeAt(i)]!);
      for (let k = from[state]!, end = from[state + 1]!; k < end; k++) {
        const id = ids[k]!;
        if (last[id]! < 0) found.push(id);
        last[id] = i + 1 - lengths[id]!;
      }
    }
  }

  /**
   * Whether every match in `text` holds its literal as written (see
   * inexactUnits), so that a literal last seen before a place rules out a
   * match beginning there.
   */
  readsExactly(text: string): boolean {
    const inexact = this.#inexact;
    for (let i = 0; i < text.length; i++) if (inexact[text.charCodeAt(i)] === 1) return false;
    return true;
  }
}

/** The trie of the literals, by column: each state's children, and the literals that end there. */
function trieOf(literals: readonly string[], column: Uint16Array): { children: Map<number, number>[]; own: number[][] } {
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  literals.forEach((s, id) => {
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      const c = column[s.charCodeAt(i)]!;
      let child = children[state]!.get(c);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        own.push([]);
        children[state]!.set(c, child);
      }
      state = child;
    }
    own[state]!.push(id);
  });
  return { children, own };
}

/**
 * Each state's failure link (the longest proper suffix of its string that is a state) and the literals that end
 * at it, its own and its link's. Breadth first, so a state's link (a shorter state) is complete before it.
 */
function failureLinks(children: readonly Map<number, number>[], own: readonly number[][]): { fail: Int32Array; outputs: number[][] } {
  const fail = new Int32Array(children.length);
  const outputs: number[][] = new Array(children.length);
  outputs[0] = own[0]!;
  const order = [0];
  for (let q = 0; q < order.length; q++) {
    const state = order[q]!;
    for (const [c, child] of children[state]!) {
      let viaFail = 0;
      for (let f = fail[state]!; state !== 0; f = fail[f]!) {
        const next = children[f]!.get(c);
        if (next !== undefined) {
          viaFail = next;
          break;
        }
        if (f === 0) break;
      }
      fail[child] = viaFail;
      outputs[child] = [...own[child]!, ...outputs[viaFail]!];
      order.push(child);
    }
  }
  return { fail, outputs };
}

/** Each state's edges but the root's, side by side and by column, in a few small arrays that stay in the cache. */
function packedEdges(children: readonly Map<number, number>[]): { from: Int32Array; columns: Uint16Array; targets: Int32Array } {
  const from = new Int32Array(children.length + 1);
  const columns: number[] = [];
  const targets: number[] = [];
  children.forEach((edges, state) => {
    from[state] = targets.length;
    if (state === 0) return;
    for (const [c, child] of [...edges].sort((a, b) => a[0] - b[0])) {
      columns.push(c);
      targets.push(child);
    }
  });
  from[children.length] = targets.length;
  return { from, columns: Uint16Array.from(columns), targets: Int32Array.from(targets) };
}

/** Every code unit of the Basic Multilingual Plane but surrogates, once, to ask an expression which of them it matches. */
let BMP: string | undefined;

/**
 * Code units that a case-insensitive expression (with or without `u`) matches
 * for a character whose lower-case form, the literal's, is another unit:
 * "ς" for "σ", an upper-case letter for its lower-case one. A text without
 * them (a lower-cased advert hardly has one) holds each match's literal as
 * written, at or after the place where the match begins.
 */
function inexactUnits(literals: readonly string[]): Uint8Array {
  const inexact = new Uint8Array(0x10000);
  const units = new Set<string>();
  for (const s of literals) for (const c of s) units.add(c);
  if ([...units].some((c) => c.length > 1)) inexact.fill(1, 0xd800, 0xe000);
  BMP ??= Array.from({ length: 0x10000 }, (_, u) => (u >= 0xd800 && u <= 0xdfff ? "" : String.fromCharCode(u))).join("");
  // Every character an expression may have written where the literal has its lower-case form, by that form.
  const written = new Map<string, string[]>();
  for (let u = 0; u < 0x10000; u++) {
    if (u >= 0xd800 && u <= 0xdfff) continue;
    const literal = String.fromCharCode(u).toLowerCase();
    // A character whose lower-case form is two units (İ) never reads as written.
    if (units.has(literal) || literal.length > 1) (written.get(literal) ?? written.set(literal, []).get(literal)!).push(`\\u${u.toString(16).padStart(4, "0")}`);
  }
  for (const [literal, characters] of written)
    for (const flags of ["gi", "giu"])
      for (const m of BMP.matchAll(new RegExp(`[${characters.join("")}]`, flags))) if (m[0] !== literal) inexact[m[0].charCodeAt(0)] = 1;
  return inexact;
}

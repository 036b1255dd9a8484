/**
 * Every occurrence of a few thousand strings in one pass over a text
 * (Aho–Corasick, as a dense table). The lexicon expressions each need one of
 * their required literals in an advert; asking `text.includes` for each of
 * them went over the text hundreds of times per advert.
 */
export class LiteralSearch {
  /** Code unit → column of the table; 0 for a unit no literal has (it leads back to the root). */
  readonly #column = new Uint16Array(0x10000);
  readonly #columns: number;
  /** state × columns + column → next state. */
  readonly #next: Uint16Array | Uint32Array;
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
    this.#columns = columns;

    // The trie of the literals.
    const children: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    literals.forEach((s, id) => {
      let state = 0;
      for (let i = 0; i < s.length; i++) {
        const c = this.#column[s.charCodeAt(i)]!;
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

    // Breadth first, so a state's failure link (a shorter state) is complete before it.
    const states = children.length;
    const next = (this.#next = states < 0x10000 ? new Uint16Array(states * columns) : new Uint32Array(states * columns));
    const fail = new Int32Array(states);
    const outputs: number[][] = new Array(states);
    outputs[0] = own[0]!;
    const queue = [0];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      for (let c = 0; c < columns; c++) {
        const child = children[state]!.get(c);
        const viaFail = state === 0 ? 0 : next[fail[state]! * columns + c]!;
        if (child === undefined) {
          next[state * columns + c] = viaFail;
          continue;
        }
        next[state * columns + c] = child;
        fail[child] = viaFail;
        outputs[child] = [...own[child]!, ...outputs[viaFail]!];
        queue.push(child);
      }
    }
    this.#from = new Int32Array(states + 1);
    const ids: number[] = [];
    for (let state = 0; state < states; state++) {
      this.#from[state] = ids.length;
      ids.push(...outputs[state]!);
    }
    this.#from[states] = ids.length;
    this.#ids = Int32Array.from(ids);
  }

  /**
   * For each literal found in `text`: `last[id]` becomes where its last
   * occurrence starts, and its id is added to `found` the first time.
   * `last` must hold -1 for every literal on entry.
   */
  search(text: string, last: Int32Array, found: number[]): void {
    const column = this.#column;
    const next = this.#next;
    const columns = this.#columns;
    const from = this.#from;
    const ids = this.#ids;
    const lengths = this.#lengths;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * columns + column[text.charCodeAt(i)]!]!;
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

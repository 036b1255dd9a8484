import { RegExpParser, type AST } from "@eslint-community/regexpp";
import { StartPrefixes } from "./start-prefixes.ts";

/**
 * `text.matchAll(re)` for a global expression that is costly to try at every
 * character (the money and licence expressions: long alternations behind a
 * `\p{…}` look-behind), tried only where a match can start. The expression is
 * read once: which characters a match can begin with, and the look-behind
 * every match begins with, if any. A position whose character cannot begin a
 * match, or whose previous character the look-behind refuses, cannot hold a
 * match; everywhere else the expression itself is tried (sticky), so the
 * matches are exactly those matchAll gives. An expression this reading does
 * not understand (a back-reference, a possibly empty match) is simply run.
 */
export class MatchStarts {
  readonly #re: RegExp;
  readonly #sticky: RegExp | null = null;
  /** Tests one character: can a match begin with it? */
  readonly #first: RegExp | null = null;
  /** Tests one character: does the leading look-behind refuse a start right after it? */
  readonly #refusedAfter: RegExp | null = null;
  /** The first characters a match can begin with, where they are known: most places a first character allows fail here. */
  readonly #prefixes: StartPrefixes | null = null;
  /** Answers of #first and #refusedAfter by code unit (bit 1: can begin, bit 2: refused after), 0xff unknown. */
  readonly #table = new Uint8Array(0x10000).fill(0xff);

  constructor(re: RegExp) {
    this.#re = re;
    const shape = readShape(re);
    if (!shape || !re.global) return;
    const flags = re.flags.replace(/[gyd]/g, "");
    this.#sticky = new RegExp(re.source, `${flags}y`);
    this.#first = new RegExp(`^(?:${shape.first.join("|")})$`, flags);
    if (shape.refusedAfter) this.#refusedAfter = new RegExp(`^${shape.refusedAfter}$`, flags);
    this.#prefixes = StartPrefixes.of(re);
  }

  matches(text: string): RegExpExecArray[] {
    const sticky = this.#sticky;
    if (!sticky) return [...text.matchAll(this.#re)];
    const found: RegExpExecArray[] = [];
    const prefixes = this.#prefixes;
    const alive = prefixes?.aliveIn(text) ?? [];
    // Stepping by code point, as a `u` expression's search does.
    for (let i = 0; i < text.length; ) {
      const width = this.#width(text, i);
      if (this.#canStart(text, i, width) && (prefixes === null || prefixes.allows(text, i, alive))) {
        sticky.lastIndex = i;
        const m = sticky.exec(text);
        // Matches are never empty (readShape refuses such expressions): go on after this one.
        if (m) {
          found.push(m);
          i = sticky.lastIndex;
          continue;
        }
      }
      i += width;
    }
    return found;
  }

  #width(text: string, i: number): number {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  }

  #canStart(text: string, i: number, width: number): boolean {
    const here = width === 1 ? this.#bits(text.charCodeAt(i)) : this.#astral(text.slice(i, i + width));
    if ((here & 1) === 0) return false;
    if (i === 0 || !this.#refusedAfter) return true;
    const low = text.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
    const before = pair ? this.#astral(text.slice(i - 2, i)) : this.#bits(low);
    return (before & 2) === 0;
  }

  /** By code unit; the character is made a string only the first time it is met (`text[i]` allocated one per place). */
  #bits(code: number): number {
    let bits = this.#table[code]!;
    if (bits === 0xff) {
      bits = this.#classify(String.fromCharCode(code));
      this.#table[code] = bits;
    }
    return bits;
  }

  readonly #astralBits = new Map<string, number>();

  #astral(ch: string): number {
    let bits = this.#astralBits.get(ch);
    if (bits === undefined) this.#astralBits.set(ch, (bits = this.#classify(ch)));
    return bits;
  }

  #classify(ch: string): number {
    return (this.#first!.test(ch) ? 1 : 0) | (this.#refusedAfter?.test(ch) ? 2 : 0);
  }
}

interface Shape {
  /** Sources of the single-character atoms a match can begin with. */
  first: string[];
  /** Source of the class in a negative look-behind that every match begins with, if there is one. */
  refusedAfter: string | null;
}

class Unreadable extends Error {}

function readShape(re: RegExp): Shape | null {
  try {
    const parser = new RegExpParser({ ecmaVersion: 2025 });
    const pattern = parser.parsePattern(re.source, 0, re.source.length, { unicode: re.unicode, unicodeSets: re.flags.includes("v") });
    const { atoms, nullable } = firstOfAlternatives(pattern.alternatives);
    if (nullable || atoms.length === 0) return null;
    return { first: atoms, refusedAfter: leadingLookBehind(pattern) };
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

/** `(?<![…])` as the first element of the only alternative: the class inside it. */
function leadingLookBehind(pattern: AST.Pattern): string | null {
  if (pattern.alternatives.length !== 1) return null;
  const first = pattern.alternatives[0]!.elements[0];
  if (first?.type !== "Assertion" || first.kind !== "lookbehind" || !first.negate || first.alternatives.length !== 1) return null;
  const inside = first.alternatives[0]!.elements;
  if (inside.length !== 1) return null;
  const only = inside[0]!;
  return only.type === "CharacterClass" || only.type === "CharacterSet" || only.type === "Character" ? only.raw : null;
}

interface First {
  atoms: string[];
  /** The element can match without consuming a character. */
  nullable: boolean;
}

function firstOfAlternatives(alternatives: readonly AST.Alternative[]): First {
  const atoms: string[] = [];
  let nullable = false;
  for (const alternative of alternatives) {
    const f = firstOfSequence(alternative.elements);
    atoms.push(...f.atoms);
    nullable ||= f.nullable;
  }
  return { atoms, nullable };
}

function firstOfSequence(elements: readonly AST.Element[]): First {
  const atoms: string[] = [];
  for (const element of elements) {
    const f = firstOf(element);
    atoms.push(...f.atoms);
    if (!f.nullable) return { atoms, nullable: false };
  }
  return { atoms, nullable: true };
}

function firstOf(element: AST.Element): First {
  switch (element.type) {
    case "Assertion":
      // Zero width: what it looks at is checked by the expression itself at each start tried.
      return { atoms: [], nullable: true };
    case "Character":
    case "CharacterSet":
    case "CharacterClass":
    case "ExpressionCharacterClass":
      return { atoms: [element.raw], nullable: false };
    case "Group":
    case "CapturingGroup":
      return firstOfAlternatives(element.alternatives);
    case "Quantifier": {
      const f = firstOf(element.element);
      return { atoms: f.atoms, nullable: f.nullable || element.min === 0 };
    }
    default:
      throw new Unreadable();
  }
}

import { RegExpParser } from "@eslint-community/regexpp";
import { escapeRegExp } from "../escape-regexp.ts";
import { requiredLiterals } from "../required-literals.ts";
import { ANY, startStrings } from "../start-strings.ts";

/** How many characters of a place are read to rule it out. */
const PREFIX_LENGTH = 3;
/** Answers remembered per first code unit: the distinct word beginnings of any language fit. */
const MAX_REMEMBERED = 4096;

interface Anyhow {
  sticky: RegExp;
  /** Finds one of the alternative's required literals anywhere in a text; null when it has none. */
  needs: RegExp | null;
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

const isSurrogate = (unit: number) => (unit & 0xf800) === 0xd800;

/**
 * Whether a match of an expression can begin at a place, by the first
 * characters there. The money expression can begin with any of a thousand
 * currency and number words, so its first character alone ("s", "d", "р")
 * let it be tried at most words of an advert, where two thirds of the tries
 * failed a character or two later, after walking every alternation. The
 * start strings (start-strings.ts) every match begins with are asked of the
 * text by an anchored expression with the expression's own flags, so case
 * folding is the expression's; the answer is remembered by the three code
 * units read, which is all it depends on.
 */
export class StartPrefixes {
  readonly #test: RegExp | null;
  /** Answers by the first code unit, then the next two as one number: no string is cut out to ask. */
  readonly #known: (Map<number, boolean> | undefined)[] = new Array(0x10000);
  /** Alternatives that can begin with almost anything, each tried where it stands (sticky): see of(). */
  readonly #anyhow: readonly Anyhow[];

  private constructor(strings: ReadonlySet<string>, flags: string, anyhow: readonly Anyhow[]) {
    const alternatives = [...strings].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.#test = alternatives.length ? new RegExp(`^(?:${alternatives.join("|")})`, flags) : null;
    this.#anyhow = anyhow;
  }

  /**
   * For a `u` expression whose start strings are known; null when any
   * beginning is possible. An expression that begins with a group of
   * alternatives (the licence keywords), one of which can begin with any
   * symbol ("re:[^\p{L}\p{N}\s]\s*(?=uz…)"), has no start strings as a
   * whole; its other alternatives still do, and that one alone is tried
   * where it stands: a match of the whole begins with a match of one of them.
   */
  static of(re: RegExp): StartPrefixes | null {
    if (!re.unicode) return null;
    const flags = re.flags.replace(/[gyd]/g, "");
    try {
      const starts = startStrings(re.source, PREFIX_LENGTH);
      if (starts !== ANY) return starts.size ? new StartPrefixes(starts, flags, []) : null;
      const alternatives = leadingAlternatives(re.source);
      if (!alternatives) return null;
      const strings = new Set<string>();
      const anyhow: Anyhow[] = [];
      for (const alternative of alternatives) {
        const own = startStrings(alternative, PREFIX_LENGTH);
        if (own !== ANY) for (const s of own) strings.add(s);
        else {
          const literals = requiredLiterals(alternative);
          const needs = literals ? new RegExp(literals.map(escapeRegExp).join("|"), flags) : null;
          anyhow.push({ sticky: new RegExp(alternative, `${flags}y`), needs });
        }
      }
      // Worth it only while most alternatives are told by their first characters.
      return anyhow.length * 4 <= alternatives.length ? new StartPrefixes(strings, flags, anyhow) : null;
    } catch {
      return null;
    }
  }

  /**
   * The alternatives tried where they stand that can match in `text` at all:
   * those whose required literals (required-literals.ts) it holds. The
   * licence entry that begins with any symbol needs "uz" and "xba"; tried at
   * every symbol of every advert, it was the engine's most run expression.
   */
  aliveIn(text: string): readonly RegExp[] {
    const alive: RegExp[] = [];
    for (const { sticky, needs } of this.#anyhow) if (needs === null || needs.test(text)) alive.push(sticky);
    return alive;
  }

  /**
   * Whether a match can begin at `i` of `text`: it begins with one of the
   * start strings, or one of `alive` (aliveIn of this text) matches there.
   */
  allows(text: string, i: number, alive: readonly RegExp[]): boolean {
    if (this.#startsWithString(text, i)) return true;
    for (const re of alive) {
      re.lastIndex = i;
      if (re.test(text)) return true;
    }
    return false;
  }

  #startsWithString(text: string, i: number): boolean {
    const test = this.#test;
    if (test === null) return false;
    if (i + PREFIX_LENGTH > text.length) return test.test(text.slice(i));
    const first = text.charCodeAt(i);
    const second = text.charCodeAt(i + 1);
    const third = text.charCodeAt(i + 2);
    // A surrogate pair among the units: up to PREFIX_LENGTH code points are read, and not remembered.
    if (isSurrogate(first) || isSurrogate(second) || isSurrogate(third)) return test.test(text.slice(i, i + 2 * PREFIX_LENGTH));
    const byRest = (this.#known[first] ??= new Map());
    const rest = second * 0x10000 + third;
    let answer = byRest.get(rest);
    if (answer === undefined) {
      answer = test.test(text.slice(i, i + PREFIX_LENGTH));
      if (byRest.size < MAX_REMEMBERED) byRest.set(rest, answer);
    }
    return answer;
  }
}

/**
 * The sources of the alternatives of the group an expression begins with
 * (after any look-behinds, which only narrow where it matches), or null when
 * it does not begin with one. A back-reference could name a group outside
 * the alternative: such an expression is left alone.
 */
function leadingAlternatives(source: string): string[] | null {
  if (/\\[1-9k]/.test(source)) return null;
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
  if (pattern.alternatives.length !== 1) return null;
  const first = pattern.alternatives[0]!.elements.find((e) => e.type !== "Assertion" || e.kind !== "lookbehind");
  if (first?.type !== "Group") return null;
  return first.alternatives.map((a) => source.slice(a.start, a.end));
}

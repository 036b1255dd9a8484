import { escapeRegExp } from "../escape-regexp.ts";
import { ANY, startStrings } from "../start-strings.ts";

/** How many characters of a place are read to rule it out. */
const PREFIX_LENGTH = 3;
/** Answers remembered per first code unit: the distinct word beginnings of any language fit. */
const MAX_REMEMBERED = 4096;

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
  readonly #test: RegExp;
  /** Answers by the first code unit, then the next two as one number: no string is cut out to ask. */
  readonly #known: (Map<number, boolean> | undefined)[] = new Array(0x10000);

  private constructor(test: RegExp) {
    this.#test = test;
  }

  /** For a `u` expression whose start strings are known; null when any beginning is possible. */
  static of(re: RegExp): StartPrefixes | null {
    if (!re.unicode) return null;
    let starts;
    try {
      starts = startStrings(re.source, PREFIX_LENGTH);
    } catch {
      return null;
    }
    if (starts === ANY || starts.size === 0) return null;
    const alternatives = [...starts].sort((a, b) => b.length - a.length).map(escapeRegExp);
    return new StartPrefixes(new RegExp(`^(?:${alternatives.join("|")})`, re.flags.replace(/[gyd]/g, "")));
  }

  /** Whether `text` at `i` begins with one of the start strings. */
  allows(text: string, i: number): boolean {
    if (i + PREFIX_LENGTH > text.length) return this.#test.test(text.slice(i));
    const first = text.charCodeAt(i);
    const second = text.charCodeAt(i + 1);
    const third = text.charCodeAt(i + 2);
    // A surrogate pair among the units: up to PREFIX_LENGTH code points are read, and not remembered.
    if (isSurrogate(first) || isSurrogate(second) || isSurrogate(third)) return this.#test.test(text.slice(i, i + 2 * PREFIX_LENGTH));
    const byRest = (this.#known[first] ??= new Map());
    const rest = second * 0x10000 + third;
    let answer = byRest.get(rest);
    if (answer === undefined) {
      answer = this.#test.test(text.slice(i, i + PREFIX_LENGTH));
      if (byRest.size < MAX_REMEMBERED) byRest.set(rest, answer);
    }
    return answer;
  }
}

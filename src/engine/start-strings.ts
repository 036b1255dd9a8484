import type { AST } from "@eslint-community/regexpp";
import { patternOf, type PatternSource } from "./regexp-ast.ts";

/**
 * How a regular expression's matches can begin: a set of lower-cased
 * strings of at most `length` characters such that every non-empty match
 * starts with one of them (a shorter string: the match goes on with
 * something not worth listing, or ends), or ANY when there is no such short
 * set (a letter class first, too many combinations). The lexicon
 * expressions run case-insensitively on lower-cased text, so lower case is
 * enough. Used to try at each word of an advert only the expressions that
 * can start there: a superset is all it must be.
 */
export const ANY = "any";
export type StartStrings = ReadonlySet<string> | typeof ANY;

/** A class with more members (a script, \p{L}) ends the listed start there. */
const MAX_CLASS = 40;
/** More start strings than this and the expression is listed by fewer characters. */
const MAX_STRINGS = 1_500;

class TooMany extends Error {}

export function startStrings(source: PatternSource, length: number): StartStrings {
  const pattern = patternOf(source);
  for (let k = length; k >= 1; k--) {
    try {
      const found = new Set<string>();
      const walker = new Walker(k, found);
      for (const alternative of pattern.alternatives) walker.sequence(alternative.elements, 0, "", (p) => walker.emit(p));
      // An empty start string: a match that can begin with anything (or be empty).
      if (found.has("")) return ANY;
      return found;
    } catch (error) {
      if (!(error instanceof TooMany)) throw error;
    }
  }
  return ANY;
}

/** Walks the pattern depth first, continuation style, growing start strings up to `k` characters. */
class Walker {
  constructor(
    readonly k: number,
    readonly found: Set<string>,
  ) {}

  emit(prefix: string) {
    this.found.add(prefix);
    if (this.found.size > MAX_STRINGS) throw new TooMany();
  }

  sequence(elements: AST.Element[], i: number, prefix: string, then: (prefix: string) => void): void {
    if ([...prefix].length >= this.k) return this.emit(prefix);
    if (i === elements.length) return then(prefix);
    this.element(elements[i]!, prefix, (p) => this.sequence(elements, i + 1, p, then));
  }

  element(element: AST.Element, prefix: string, then: (prefix: string) => void): void {
    switch (element.type) {
      case "Assertion":
        // Zero-width: what follows decides how a match begins.
        return then(prefix);
      case "Character":
        return then(prefix + lower(element.value));
      case "CharacterClass":
      case "CharacterSet": {
        const members = classMembers(element);
        if (!members) return this.emit(prefix);
        for (const c of members) then(prefix + c);
        return;
      }
      case "Group":
      case "CapturingGroup":
        for (const alternative of element.alternatives) this.sequence(alternative.elements, 0, prefix, then);
        return;
      case "Quantifier":
        return this.repeat(element, element.min, element.max, prefix, then);
      default:
        // Backreferences and anything newer: the start goes no further.
        return this.emit(prefix);
    }
  }

  repeat(q: AST.Quantifier, min: number, max: number, prefix: string, then: (prefix: string) => void): void {
    if (min === 0) then(prefix);
    if (max === 0) return;
    this.element(q.element, prefix, (p) => {
      if ([...p].length >= this.k) return this.emit(p);
      // An iteration that matched nothing would repeat forever: it has done what it can.
      if (p === prefix) return min > 0 ? then(p) : undefined;
      this.repeat(q, Math.max(min - 1, 0), max - 1, p, then);
    });
  }
}

const DIGITS = [..."0123456789"];
/** What \s matches (ECMAScript WhiteSpace and LineTerminator). */
const SPACES = [..."\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"];

/** The (lower-cased) characters a class can match, or null when they are many or not listable. */
function classMembers(cls: AST.CharacterClass | AST.CharacterSet): string[] | null {
  if (cls.type === "CharacterSet") return setMembers(cls);
  if (cls.negate || cls.unicodeSets) return null;
  const members = new Set<string>();
  for (const e of cls.elements) {
    if (e.type === "Character") members.add(lower(e.value));
    else if (e.type === "CharacterClassRange" && e.max.value - e.min.value < MAX_CLASS) {
      for (let c = e.min.value; c <= e.max.value; c++) members.add(lower(c));
    } else {
      const set = e.type === "CharacterSet" ? setMembers(e) : null;
      if (!set) return null;
      for (const c of set) members.add(c);
    }
    if (members.size > MAX_CLASS) return null;
  }
  return [...members];
}

/** \d and \s are short lists; letters (\p{L}, \w), negations and "." are not. */
function setMembers(set: AST.CharacterSet): string[] | null {
  if (set.kind === "digit" && !set.negate) return DIGITS;
  if (set.kind === "space" && !set.negate) return SPACES;
  return null;
}

function lower(codePoint: number): string {
  return String.fromCodePoint(codePoint).toLowerCase();
}

/**
 * The expression without the lookarounds each of its alternatives starts
 * with: it matches wherever the expression does (and more), so it can say
 * cheaply where the expression cannot match. A lookbehind that reaches back
 * fifty characters, tried at every word, is what makes a scan slow.
 */
export function withoutLeadingAssertions(source: PatternSource): string {
  const pattern = patternOf(source);
  return pattern.alternatives
    .map((a) => {
      const from = a.elements.find((e) => e.type !== "Assertion" || e.kind === "start" || e.kind === "end");
      return pattern.raw.slice(from?.start ?? a.end, a.end);
    })
    .join("|");
}

import type { AST } from "@eslint-community/regexpp";
import { patternOf, type PatternSource } from "./regexp-ast.ts";

/**
 * Strings of which every match of a regular expression contains at least one
 * (lower-cased), or null when there is no such short list. An advert that
 * contains none of them cannot match, so the expression need not be tried at
 * any of its words: most lexicon expressions begin with a digit or a letter
 * class and are only told apart by a word further on ("advance", "орын
 * калды"), and testing them at every number was most of a scan's time.
 * Like the start strings, this only has to be sound: a null or a weaker list
 * costs speed, never a match.
 */
export type Literals = readonly string[] | null;

/** Even one character is worth a lookup: a Latin letter rules out a Cyrillic or Urdu advert. */
const MIN_LENGTH = 1;
/** Alternatives beyond this many and the expression is simply tried. */
const MAX_LITERALS = 64;

export function requiredLiterals(source: PatternSource): Literals {
  const pattern = patternOf(source);
  return usable(alternatives(pattern.alternatives));
}

/** More lists than this add lookups for little: a match is mostly ruled out by its best two or three. */
const MAX_LISTS = 4;

/**
 * Several lists, every one of which a match needs (one of each list's
 * strings), best first: the best list alone (requiredLiterals) is often the
 * word a match begins with, which the places an expression is tried at
 * already tell, while the words after it rule out most of those places.
 */
export function requiredLiteralLists(source: PatternSource): (readonly string[])[] {
  const pattern = patternOf(source);
  if (pattern.alternatives.length !== 1) {
    const union = requiredLiterals(pattern);
    return union ? [union] : [];
  }
  const lists = parts(pattern.alternatives[0]!.elements).filter((l) => usable(l) !== null);
  return lists.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).slice(0, MAX_LISTS);
}

function usable(found: Literals): Literals {
  if (!found || found.length > MAX_LITERALS || found.some((s) => [...s].length < MIN_LENGTH)) return null;
  return found;
}

/** Every alternative must name its literals, and any of them will do. */
function alternatives(list: readonly AST.Alternative[]): Literals {
  const union = new Set<string>();
  for (const alternative of list) {
    const found = sequence(alternative.elements);
    if (!found) return null;
    for (const s of found) union.add(s);
  }
  return [...union];
}

/**
 * A sequence needs everything each of its parts needs, so the best part's
 * list is enough: runs of plain characters read as one literal, groups and
 * repeated parts give their own lists.
 */
function sequence(elements: readonly AST.Element[]): Literals {
  let best: Literals = null;
  for (const found of parts(elements)) if (!best || better(found, best)) best = found;
  return best;
}

/** The lists of a sequence's parts, each of which every match of the sequence needs. */
function parts(elements: readonly AST.Element[]): (readonly string[])[] {
  const found: (readonly string[])[] = [];
  let run = "";
  const consider = (literals: Literals) => {
    if (literals) found.push(literals);
  };
  for (const element of elements) {
    const c = singleCharacter(element);
    if (c !== null) {
      run += c;
      continue;
    }
    if (run) consider([run]);
    run = "";
    // Zero-width and optional parts may be absent from a match; they end the run but add nothing.
    consider(element.type === "Assertion" ? lookahead(element) : part(element));
  }
  if (run) consider([run]);
  return found;
}

function part(element: AST.Element): Literals {
  switch (element.type) {
    case "Group":
    case "CapturingGroup":
      return usable(alternatives(element.alternatives));
    case "Quantifier":
      return element.min >= 1 ? part(element.element) : null;
    default:
      return null;
  }
}

/** A positive lookahead's text is in the advert too, just after the match's start. */
function lookahead(assertion: AST.Assertion): Literals {
  if (assertion.kind !== "lookahead" || assertion.negate) return null;
  return usable(alternatives(assertion.alternatives));
}

/** A list whose shortest literal is longer rejects more adverts; fewer literals cost fewer lookups. */
function better(a: readonly string[], b: readonly string[]): boolean {
  const shortest = (list: readonly string[]) => Math.min(...list.map((s) => [...s].length));
  return shortest(a) > shortest(b) || (shortest(a) === shortest(b) && a.length < b.length);
}

/** The one character an element matches, lower-cased, or null. */
function singleCharacter(element: AST.Element): string | null {
  if (element.type === "Character") return String.fromCodePoint(element.value).toLowerCase();
  if (element.type !== "CharacterClass" || element.negate || element.unicodeSets) return null;
  const members = new Set<string>();
  for (const e of element.elements) {
    if (e.type !== "Character") return null;
    members.add(String.fromCodePoint(e.value).toLowerCase());
  }
  return members.size === 1 ? [...members][0]! : null;
}

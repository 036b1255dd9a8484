import type { AST } from "@eslint-community/regexpp";
import { patternOf, type PatternSource } from "./regexp-ast.ts";
import { requiredLiterals } from "./required-literals.ts";

/**
 * For an expression that begins with a letter class ("\p{L}{3,}(?:ga|da)\s+ish",
 * "\p{L}\.\s?\p{L}\."), the rest of it after that beginning, or null. Such an
 * expression can begin at any word and its required literals ("ish", ".")
 * are in most adverts, so it was tried at nearly every word of them. Every
 * match holds a match of the rest at or after where it begins (the same
 * elements on the same text, lookarounds included), so one search of the rest
 * over the advert says the last place the whole can begin, and most adverts
 * have none. Like the literals, this only has to be sound: a weaker rest
 * costs speed, never a match.
 */
export function requiredFactor(source: PatternSource): string | null {
  const pattern = patternOf(source);
  const { raw } = pattern;
  // A back-reference in the rest could name a group of the beginning left out.
  if (pattern.alternatives.length !== 1 || raw.includes("\\k<") || /\\[1-9]/.test(raw)) return null;
  const { elements, end } = pattern.alternatives[0]!;
  const from = elements.findIndex((e) => !leading(e));
  if (from <= 0) return null;
  const rest = raw.slice(elements[from]!.start, end);
  // A rest that needs no particular string matches nearly anywhere: not worth its search.
  return requiredLiterals(rest) ? rest : null;
}

/** Zero-width, optional, or any of many characters: what makes an expression's beginning unselective. */
function leading(element: AST.Element): boolean {
  switch (element.type) {
    case "Assertion":
    case "CharacterClass":
    case "CharacterSet":
      return true;
    case "Quantifier":
      return element.min === 0 || leading(element.element);
    default:
      return false;
  }
}

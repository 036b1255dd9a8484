import { RegExpParser, type AST } from "@eslint-community/regexpp";

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** A lexicon expression as written (`u` mode), or its syntax tree: the analyses of one expression share a single parse. */
export type PatternSource = string | AST.Pattern;

/** The syntax tree of an expression in `u` mode; throws a SyntaxError where it is none. */
export function patternOf(source: PatternSource): AST.Pattern {
  return typeof source === "string" ? parser.parsePattern(source, 0, source.length, { unicode: true }) : source;
}

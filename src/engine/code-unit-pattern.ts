import type { AST } from "@eslint-community/regexpp";
import { patternOf, type PatternSource } from "./regexp-ast.ts";

/**
 * V8 runs a case-insensitive expression several times slower in Unicode mode
 * (`u`, needed for `\p{L}`) than in code-unit mode; the lexicon expressions
 * were most of a check's time because of it. This rewrites a `u` expression
 * into one without `u` that matches exactly where the original does on a text
 * that `CodeUnitTexts.fits` accepts:
 * - `\p{…}` becomes the list of its characters in the Basic Multilingual Plane;
 * - whatever can match a character outside it (`.`, `[^…]`, `\S`, `\P{…}`)
 *   takes a surrogate pair as one character, and nothing else takes half of one;
 * - so a fitting text has no lone surrogates, no character outside the BMP
 *   that a property of the expressions names (an emoji is none), and none of
 *   the few letters whose case-insensitive twins differ between the two modes
 *   (the long s, the Kelvin sign: see CASE_DIFFERENT).
 * An expression the rewrite does not cover (a character outside the BMP in
 * it, `\P{…}`, `\u{…}`) gets null and keeps its `u` form. The rewrite is not
 * compiled here: compiling the listed property ranges is most of its cost, and
 * codeUnitForm does it once, where the expression is first needed.
 */

const PAIR = "[\\ud800-\\udbff][\\udc00-\\udfff]";
const SURROGATES = "\\ud800-\\udfff";
const BMP_END = 0xffff;

/**
 * Characters a case-insensitive match treats differently with and without
 * `u` (simple case folding against upper-casing), found by trying every BMP
 * character against every class and character of the shipped lexicons
 * (test/engine/code-unit-pattern.test.ts). Lower-cased NFKC text hardly has them.
 */
const CASE_DIFFERENT = "\u017f\u212a";

class Unsupported extends Error {}

/** What the rewritten expressions assume of a text; one per set of expressions, sharing property lists. */
export class CodeUnitTexts {
  /** Each property escape as it is written (`\p{L}`) → its BMP characters as class ranges. */
  readonly #ranges = new Map<string, string>();
  #astral: RegExp | null = null;
  /** Once a text was fitted, a property first seen later would not have been asked about: such an expression keeps `u`. */
  #sealed = false;

  /** The expression in code-unit form, to be compiled without `u` but with its other flags; or null. */
  rewrite(source: PatternSource): string | null {
    try {
      const pattern = patternOf(source);
      const edits: [number, number, string][] = [];
      this.#walk(pattern, edits);
      let out = pattern.raw;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return out;
    } catch (error) {
      if (error instanceof Unsupported || error instanceof SyntaxError) return null;
      throw error;
    }
  }

  /** Whether the rewritten expressions match on `text` exactly where their `u` forms do. */
  fits(text: string): boolean {
    this.#sealed = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return this.#astralFits(text);
    }
    return !CASE_DIFFERENT_RE.test(text);
  }

  #astralFits(text: string): boolean {
    if (LONE_SURROGATE.test(text) || CASE_DIFFERENT_RE.test(text)) return false;
    // A letter, digit or mark outside the BMP (Deseret, mathematical letters left by NFKC) would be matched by \p{…}.
    this.#astral ??= new RegExp(`(?=[\\u{10000}-\\u{10ffff}])[\\p{L}${[...this.#ranges.keys()].join("")}]`, "u");
    return !this.#astral.test(text);
  }

  #walk(node: AST.Node, edits: [number, number, string][]): void {
    switch (node.type) {
      case "Pattern":
      case "Group":
      case "CapturingGroup":
        for (const a of node.alternatives) this.#walk(a, edits);
        return;
      case "Assertion":
        if (node.kind === "lookahead" || node.kind === "lookbehind") for (const a of node.alternatives) this.#walk(a, edits);
        return;
      case "Alternative":
        for (const e of node.elements) this.#walk(e, edits);
        return;
      case "Quantifier":
        return this.#walk(node.element, edits);
      case "Character":
        if (node.value > BMP_END || node.raw.startsWith("\\u{")) throw new Unsupported();
        return;
      case "CharacterClass":
        edits.push([node.start, node.end, this.#class(node)]);
        return;
      case "CharacterSet":
        edits.push([node.start, node.end, this.#set(node)]);
        return;
      case "Backreference":
        return;
      default:
        throw new Unsupported();
    }
  }

  /** A set outside a class: one that can match outside the BMP takes a whole pair. */
  #set(set: AST.CharacterSet): string {
    if (set.kind === "any") return `(?:[^\\n\\r\\u2028\\u2029${SURROGATES}]|${PAIR})`;
    if (set.kind === "property") {
      // \P{…} case-folds differently with `u` (V8 closes the complement over case): left in `u`.
      if (set.strings || set.negate) throw new Unsupported();
      return `[${this.#property(set.raw)}]`;
    }
    return set.negate ? `(?:[^${set.raw.replace(/^\\([DSW])/, (_, c: string) => `\\${c.toLowerCase()}`)}${SURROGATES}]|${PAIR})` : set.raw;
  }

  #class(cls: AST.CharacterClass): string {
    if (cls.unicodeSets) throw new Unsupported();
    const members = cls.elements.map((e) => this.#member(e, cls.negate)).join("");
    if (!cls.negate) return `[${members}]`;
    // [^\S\n]: what a negated \S, \D or \W leaves is in the BMP, and no surrogate.
    const withinBmp = cls.elements.some((e) => e.type === "CharacterSet" && e.kind !== "property" && e.negate);
    return withinBmp ? `[^${members}]` : `(?:[^${members}${SURROGATES}]|${PAIR})`;
  }

  #member(element: AST.CharacterClassElement, inNegated: boolean): string {
    switch (element.type) {
      case "Character":
        if (element.value > BMP_END || element.raw.startsWith("\\u{")) throw new Unsupported();
        return element.raw;
      case "CharacterClassRange":
        if (element.max.value > BMP_END || element.max.value >= 0xd800 && element.min.value <= 0xdfff) throw new Unsupported();
        if (element.min.raw.startsWith("\\u{") || element.max.raw.startsWith("\\u{")) throw new Unsupported();
        return element.raw;
      case "CharacterSet":
        // \S, \D, \W (but in a negated class) and \P{…} would need a pair inside the class: not written in the lexicons.
        if (element.kind === "property" && !element.negate && !element.strings) return this.#property(element.raw);
        if (element.kind !== "property" && (!element.negate || inNegated)) return element.raw;
        throw new Unsupported();
      default:
        throw new Unsupported();
    }
  }

  #property(raw: string): string {
    let ranges = this.#ranges.get(raw);
    if (ranges === undefined) {
      if (this.#sealed) throw new Unsupported();
      const test = new RegExp(raw, "u");
      const parts: string[] = [];
      let from = -1;
      for (let c = 0; c <= BMP_END + 1; c++) {
        const inside = c <= BMP_END && (c < 0xd800 || c > 0xdfff) && test.test(String.fromCharCode(c));
        if (inside && from < 0) from = c;
        if (!inside && from >= 0) {
          parts.push(from === c - 1 ? hex(from) : `${hex(from)}-${hex(c - 1)}`);
          from = -1;
        }
      }
      this.#ranges.set(raw, (ranges = parts.join("")));
    }
    return ranges;
  }
}

/**
 * A rewritten expression compiled with `flags` (no `u`), or `unicode` where
 * there is no rewrite or V8 refuses it: the `u` form matches the same, slower.
 */
export function codeUnitForm(rewritten: string | null, flags: string, unicode: RegExp): RegExp {
  if (rewritten === null) return unicode;
  try {
    return new RegExp(rewritten, flags);
  } catch (error) {
    if (error instanceof SyntaxError) return unicode;
    throw error;
  }
}

const CASE_DIFFERENT_RE = new RegExp(`[${CASE_DIFFERENT}]`);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function hex(c: number): string {
  return `\\u${c.toString(16).padStart(4, "0")}`;
}

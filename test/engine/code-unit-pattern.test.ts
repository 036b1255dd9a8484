import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RegExpParser, visitRegExpAST } from "@eslint-community/regexpp";
import { describe, expect, it } from "vitest";
import { CodeUnitTexts, codeUnitForm } from "../../src/engine/code-unit-pattern.ts";
import { foldPattern } from "../../src/engine/normalize.ts";

const LEXICONS = join(import.meta.dirname, "..", "..", "data", "lexicons");
const expressions = readdirSync(LEXICONS)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => JSON.stringify(JSON.parse(readFileSync(join(LEXICONS, f), "utf8"))).match(/"re:(?:[^"\\]|\\.)*"/g) ?? [])
  .map((quoted) => foldPattern((JSON.parse(quoted) as string).slice(3)));

/** Where `source` matches in `text`, every start and length, as a string to compare. */
function matches(source: string, flags: string, text: string): string {
  return [...text.matchAll(new RegExp(source, `g${flags}`))].map((m) => `${m.index}+${m[0].length}`).join(" ");
}

/** The characters of `text` that one of two one-character expressions matches and the other not (a short list). */
function differing(a: RegExp, b: RegExp, text: string): string[] {
  const of = (r: RegExp) => new Set([...text.matchAll(r)].map((m) => m.index));
  const [x, y] = [of(a), of(b)];
  return [...new Set([...x, ...y])].filter((i) => x.has(i) !== y.has(i)).slice(0, 5).map((i) => `U+${text.charCodeAt(i).toString(16)}`);
}

describe("CodeUnitTexts.rewrite", () => {
  it("rewrites every lexicon expression", () => {
    const texts = new CodeUnitTexts();
    expect(expressions.length).toBeGreaterThan(1000);
    const unicode = /u/u;
    // Compiled without `u`: codeUnitForm falls back to the `u` form where V8 refuses a rewrite.
    expect(expressions.filter((e) => codeUnitForm(texts.rewrite(e), "iy", unicode) === unicode)).toEqual([]);
  });

  it("is compiled where first needed, and a rewrite V8 refuses leaves the `u` form in its place", () => {
    const unicode = /a/iuy;
    expect(codeUnitForm(null, "iy", unicode)).toBe(unicode);
    expect(codeUnitForm("(?<x>a)(?<x>b)", "iy", unicode)).toBe(unicode);
    const compiled = codeUnitForm("[\\u0430-\\u044f]+", "iy", unicode);
    expect(compiled).not.toBe(unicode);
    expect(compiled.flags).toBe("iy");
    expect(compiled.test("ДА")).toBe(true);
  });

  // The whole of the claim, one piece at a time: every class, set and character of the lexicons
  // matches the same characters of the BMP in both forms, but for the few the texts must not have.
  it("gives every class, set and character of the lexicons the same BMP characters", () => {
    const parser = new RegExpParser({ ecmaVersion: 2025 });
    const atoms = new Set<string>();
    for (const source of expressions)
      visitRegExpAST(parser.parsePattern(source, 0, source.length, { unicode: true }), {
        onCharacterClassEnter: (n) => void atoms.add(n.raw),
        onCharacterSetEnter: (n) => void (n.parent.type !== "CharacterClass" && atoms.add(n.raw)),
        onCharacterEnter: (n) => void (n.parent.type === "Alternative" && atoms.add(n.raw)),
      });
    atoms.add("\\p{L}").add("\\p{M}").add("\\p{N}").add(".").add("[^x]").add("\\S").add("\\W").add("\\D");
    const texts = new CodeUnitTexts();
    const rewritten = [...atoms].map((a) => [a, texts.rewrite(a)] as const);
    let bmp = "";
    for (let c = 0; c <= 0xffff; c++) if ((c < 0xd800 || c > 0xdfff) && texts.fits(String.fromCharCode(c))) bmp += String.fromCharCode(c);
    expect(bmp.length).toBeGreaterThan(63_000);
    for (const [atom, codeUnits] of rewritten) {
      expect(codeUnits, atom).not.toBeNull();
      expect(differing(new RegExp(codeUnits!, "gi"), new RegExp(atom, "giu"), bmp), atom).toEqual([]);
    }
  }, 120_000);

  it("takes a character outside the BMP as one, wherever the expression could", () => {
    const texts = new CodeUnitTexts();
    const sources = ["a.{2}b", "a[^x]{2}b", "a\\S{2}b", "a[^\\p{L}]{2}b", "(?<=a[^\\p{L}])b", "(?<!\\p{L})b", "a\\W+b", "[^\\s]+", "(?<=[«\"][^»\"]{1,3})»"];
    const rewritten = sources.map((s) => [s, texts.rewrite(s)!] as const);
    const samples = ["a😀xb", "a😀b", "a😀😀b", "a😀😀😀b", "😀b", "a😀 b", "x😀y b", "«😀😀»", "«😀😀😀😀»", "ab😀"];
    for (const text of samples) {
      expect(texts.fits(text), text).toBe(true);
      for (const [source, codeUnits] of rewritten) expect(matches(codeUnits, "i", text), `${source} on ${text}`).toBe(matches(source, "iu", text));
    }
  });

  it("leaves in `u` what it cannot rewrite", () => {
    const texts = new CodeUnitTexts();
    for (const source of ["a😀", "\\u{1F600}", "\\P{L}", "[\\P{L}x]", "[a-\\u{10400}]"]) expect(texts.rewrite(source), source).toBeNull();
  });
});

describe("CodeUnitTexts.fits", () => {
  const texts = new CodeUnitTexts();
  texts.rewrite("\\p{L}\\p{N}");

  it("accepts ordinary adverts in every script, with emoji", () => {
    for (const text of ["visa 100% guaranteed 🔥", "виза кепілдік ✅✅", "ویزا کی گارنٹی", "ish bor 🇰🇷"]) expect(texts.fits(text), text).toBe(true);
  });

  it("refuses lone surrogates, letters and digits outside the BMP, and the letters whose case folding differs", () => {
    for (const text of ["a\ud83d b", "a\ude00", "𐐨 visa", "𝟏𝟎", "ſ", "\u212a"]) expect(texts.fits(text), JSON.stringify(text)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { cleanInput, normalizeForMatch } from "../../src/engine/normalize.ts";

describe("normalizeForMatch", () => {
  it("keeps the length, so offsets into it quote the original", () => {
    const text = "Oʻzbekiston ـ ۲۵۰۰۰ رُپے\u200c ЁЛКА İstanbul";
    expect(normalizeForMatch(text)).toHaveLength(text.length);
  });

  it("unifies what people type differently", () => {
    expect(normalizeForMatch("Oʻzbek gʻ o’ o‘ o`")).toBe("o'zbek g' o' o' o'");
    expect(normalizeForMatch("۲۵۰۰۰ ٣٤")).toBe("25000 34");
    expect(normalizeForMatch("كيه")).toBe("کیہ");
    expect(normalizeForMatch("Ещё")).toBe("еще");
    expect(normalizeForMatch("a\u200bb")).toBe("a b");
  });

  it("removes Arabic diacritics and tatweel", () => {
    expect(normalizeForMatch("رُپـے")).toBe("ر پ ے");
  });
});

describe("cleanInput", () => {
  it("replaces control characters and caps the length", () => {
    expect(cleanInput("a\u0000b\u0007c", 100)).toBe("a b c");
    expect(cleanInput("x".repeat(50), 10)).toHaveLength(10);
  });

  it("applies NFKC so full-width and ligature tricks read as plain text", () => {
    expect(cleanInput("ＵＲＧＥＮＴ ﬁle", 100)).toBe("URGENT file");
  });
});

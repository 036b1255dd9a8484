import { describe, expect, it } from "vitest";
import { cleanInput, foldTwins, normalizeForMatch, readMisreadDigits, unifyText } from "../../src/engine/normalize.ts";

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

  it("reads Kazakh, Kyrgyz, Tajik and Uzbek typed on a Russian keyboard as typed on their own", () => {
    expect(normalizeForMatch("Кепілдік жұмыс қажет")).toBe(normalizeForMatch("Кепилдик жумыс кажет"));
    expect(normalizeForMatch("Визa сөзсүз чыгат, төлөм")).toBe(normalizeForMatch("виза созсуз чыгат, толом"));
    expect(normalizeForMatch("ҷойи зист, ҳуҷҷат, тўлов")).toBe("чойи зист, хуччат, тулов");
  });

  it("folds look-alike letters in words that mix Latin and Cyrillic", () => {
    expect(normalizeForMatch("hr@gmаil.com")).toBe("hr@gmail.com"); // Cyrillic а
    expect(normalizeForMatch("Еmirаtes")).toBe("emirates");
    expect(normalizeForMatch("пaспорт")).toBe("паспорт"); // Latin a in a Cyrillic word
    expect(normalizeForMatch("виза Е-9")).toBe("виза e-9");
  });

  it("leaves a Latin name with a Cyrillic suffix as it is", () => {
    expect(normalizeForMatch("WhatsAppка Kaspiге")).toBe("whatsappка kaspiге");
  });

  it("keeps the letters of each alphabet for language detection", () => {
    expect(unifyText("Қазақстан Ўзбекистон")).toBe("қазақстан ўзбекистон");
  });
});

describe("foldTwins", () => {
  // The expression the table replaced.
  const TWINS: Record<string, string> = { "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "ӣ": "и", "ӯ": "у", "ҳ": "х", "ҷ": "ч", "ў": "у" };
  const reference = (text: string) => text.replace(new RegExp(`[${Object.keys(TWINS).join("")}]`, "gu"), (ch) => TWINS[ch]!);

  it("folds every twin letter and nothing else, on 2,000 random strings", () => {
    const pieces = [...Object.keys(TWINS), ..."аАӘҚ kx1 ", "😀", "\ud800", "\udc00"];
    for (let i = 0, x = 11; i < 2000; i++) {
      let text = "";
      for (let k = 0; k < i % 13; k++) text += pieces[(x = (x * 1103515245 + 12345) % 2147483648) % pieces.length];
      expect(foldTwins(text), JSON.stringify(text)).toBe(reference(text));
    }
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

describe("readMisreadDigits", () => {
  it.each([
    ["1oo% кафолат", "100% кафолат"],
    ["ойлик 1 2оо — 1 5оо €", "ойлик 1 200 — 1 500 €"],
    ["+998 9l 555 27 o6", "+998 91 555 27 06"],
    ["виза 3o кунда", "виза 30 кунда"],
  ])("%s → %s", (text, read) => {
    expect(readMisreadDigits(text)).toBe(read);
  });

  it("leaves words, codes and ordinals alone, and keeps the length", () => {
    for (const text of ["b1 sertifikat, e-9 viza, 2nd floor, iso 9001, ol, io", "зоо $", "gl0bal"]) {
      expect(readMisreadDigits(text)).toBe(text);
    }
    expect(readMisreadDigits("1oo% 9l").length).toBe("1oo% 9l".length);
  });
});

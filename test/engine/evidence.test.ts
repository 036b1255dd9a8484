import { describe, expect, it } from "vitest";
import { wholeWords } from "../../src/engine/evidence.ts";
import { shippedEngineWith } from "../helpers/engine.ts";

describe("wholeWords", () => {
  const text = "олдиндан 700$ Humo картага";
  it("widens a quote that stops inside a number or a word to the whole of it", () => {
    expect(wholeWords({ text: "олдиндан 7", start: 0, end: 10 }, text)).toEqual({ text: "олдиндан 700$", start: 0, end: 13 });
    expect(wholeWords({ text: "карта", start: 19, end: 24 }, text).text).toBe("картага");
    expect(wholeWords({ text: "диндан", start: 2, end: 8 }, text).text).toBe("олдиндан");
  });

  it("keeps the currency sign written against the amount, before or after it", () => {
    expect(wholeWords({ text: "700", start: 9, end: 12 }, text).text).toBe("700$");
    expect(wholeWords({ text: "700", start: 9, end: 12 }, "advance $700 now").text).toBe("$700");
    expect(wholeWords({ text: "700", start: 8, end: 11 }, "advance 700 $ now").text).toBe("700");
  });

  it("leaves a quote that ends between words as it is", () => {
    const whole = { text: "Humo", start: 14, end: 18 };
    expect(wholeWords(whole, text)).toBe(whole);
  });
});

describe("the evidence a verdict quotes", () => {
  it("is whole words, as the advert wrote them", () => {
    const engine = shippedEngineWith();
    const advert = "Polshaga zavodga ish, oylik 1500$. Viza 100%, faqat oldindan 700$ Humo kartaga tashlash kerak. Telegram @pl_ish_555";
    const v = engine.check(advert, { today: "2026-12-01" });
    const evidence = v.flags.flatMap((f) => f.evidence);
    expect(evidence.map((e) => e.text)).toContain("oldindan 700$");
    const inWord = (i: number) => /[\p{L}\p{N}]/u.test(advert[i - 1] ?? "") && /[\p{L}\p{N}]/u.test(advert[i] ?? "");
    for (const e of evidence) expect([e.text, inWord(e.start) || inWord(e.end)]).toEqual([e.text, false]);
  });
});

import { describe, expect, it } from "vitest";
import { StartPrefixes } from "../../../src/engine/extract/start-prefixes.ts";

/** Every place an expression matches must be allowed: the prefixes may only rule out places where it cannot. */
describe("StartPrefixes never rules out a place where the expression matches", () => {
  const expressions = [
    /(?<![\p{L}\p{N}])(?:(?<cur>\$|руб|rs\.?|somoni|сом)\s*)?\d+(?:[.,]\d{3})*(?:\s*(?:k|тыс))?/giu,
    /(?:(?<![\p{L}\p{M}\p{N}])(?:licen[cs]e|лицензия|لائسنس))[\s.:#№-]*(\d{2,6})/giu,
    /(?:😀|ab)c/giu,
    // One alternative can begin with any symbol: it is tried where it stands, the others by their first characters.
    /(?:(?<![\p{L}\p{N}])(?:licen[cs]e|лицензия)|ruxsatnoma|litsenziya|[^\p{L}\p{N}\s]\s*(?=uz[\s-]*xba)|№)[\s.:#№-]*(\d{2,6})/giu,
  ];
  const pieces = ["-UZ-XBA", "(uz xba", "Litsenziya", "ruxsatnoma", "$", "руб", "РУБ", "Rs.", "SOMONI", "сом", "1", "23", ",500", " ", "k", "тыс", "License", "лицензия", "لائسنس", "№", "😀", "\ud83d", "ab", "AbC", "x", "-"];
  const texts = Array.from({ length: 3000 }, (_, i) => {
    let x = i + 7;
    let out = "";
    for (let k = 0; k < 1 + (i % 9); k++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      out += pieces[x % pieces.length];
    }
    return out;
  });

  it.each(expressions.map((re) => [re.source, re] as const))("%s", (_, re) => {
    const prefixes = StartPrefixes.of(re);
    expect(prefixes).not.toBeNull();
    const sticky = new RegExp(re.source, re.flags.replace("g", "") + "y");
    let matched = 0;
    let ruledOut = 0;
    for (const text of texts)
      for (let i = 0; i < text.length; i++) {
        sticky.lastIndex = i;
        const matches = sticky.test(text);
        const allowed = prefixes!.allows(text, i, prefixes!.aliveIn(text));
        if (matches) {
          matched++;
          expect(allowed, `${JSON.stringify(text)} at ${i}`).toBe(true);
        } else if (!allowed) ruledOut++;
      }
    expect(matched).toBeGreaterThan(0);
    expect(ruledOut).toBeGreaterThan(0);
  });

  it("gives up on an expression that can begin with any letter", () => {
    expect(StartPrefixes.of(/\p{L}+\s+visa/giu)).toBeNull();
  });
});

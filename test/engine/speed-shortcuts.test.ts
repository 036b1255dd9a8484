import { describe, expect, it } from "vitest";
import { atWordStart, wordPattern } from "../../src/engine/escape-regexp.ts";
import { MatchStarts } from "../../src/engine/extract/starts.ts";
import { firstMixedPair, hasPictographic, letterWidthAt, scriptFacts } from "../../src/engine/scripts.ts";
import { WordBefore } from "../../src/engine/word-before.ts";

/**
 * The speed shortcuts (scripts.ts, extract/starts.ts) must answer exactly as
 * the expressions they stand in for: checked here on random strings drawn
 * from the characters that make the difference (scripts, surrogates, marks).
 */
const CHARS = [..."abzAKWſKаеоЕәқ҂\u0483Ⅰªǅʹ0 9-.@/\n!😀\u{1D400}\u{1E030}\u{10780}اب"].concat(["\ud800", "\udc00"]);

function randomText(seed: number, length: number): string {
  let x = seed;
  let out = "";
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += CHARS[x % CHARS.length];
  }
  return out;
}

const TEXTS = Array.from({ length: 3000 }, (_, i) => randomText(i + 1, 1 + (i % 17)));

describe("scripts.ts answers as the \\p{…} expressions do", () => {
  const MIXED_WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}]*(?:\p{Script=Latin}[\p{L}\p{N}]*\p{Script=Cyrillic}|\p{Script=Cyrillic}[\p{L}\p{N}]*\p{Script=Latin})[\p{L}\p{N}]*/u;
  const MIXED_PAIR = /(?=\p{L})(?:\p{Script=Latin}(?=\p{L})\p{Script=Cyrillic}|\p{Script=Cyrillic}(?=\p{L})\p{Script=Latin})/u;

  it("on 3,000 random strings", () => {
    for (const text of TEXTS) check(text);
  });

  function check(text: string) {
    const facts = scriptFacts(text);
    expect(facts.latin).toBe(/\p{Script=Latin}/u.test(text));
    expect(facts.cyrillic).toBe(/\p{Script=Cyrillic}/u.test(text));
    expect(facts.mixedRun).toBe(MIXED_WORD.test(text));
    expect(firstMixedPair(text)).toBe(MIXED_PAIR.exec(text)?.index ?? -1);
    expect(hasPictographic(text)).toBe(/\p{Extended_Pictographic}/u.test(text));
    const letters = [...text.matchAll(/\p{L}/gu)].map((m) => [m.index, m[0].length]);
    const found: number[][] = [];
    for (let i = 0; i < text.length; ) {
      const width = letterWidthAt(text, i);
      if (width > 0) found.push([i, width]);
      i += width || (text.codePointAt(i)! > 0xffff ? 2 : 1);
    }
    expect(found).toEqual(letters);
  }
});

describe("MatchStarts finds what matchAll finds", () => {
  const expressions = [
    /(?<![\p{L}\p{N}])(?:(?<cur>\$|руб|rs\.?)\s*)?\d+(?:[.,]\d{3})*(?:\s*(?:k|тыс))?/giu,
    /(?:(?<![\p{L}\p{M}\p{N}])(?:licen[cs]e|лицензия))[\s.:#№-]*(\d{2,6})/giu,
    /a|b*/gu, // can match empty: run as before
  ];
  const texts = [
    "Salary $ 1,500 or 90 000 руб, fee rs. 50000; 5k ok; x12 no",
    "License 1234/RWP, лицензия №0042; unlicense 77",
    ...TEXTS,
  ];
  it.each(expressions.map((re) => [re.source, re] as const))("%s", (_, re) => {
    const starts = new MatchStarts(re);
    for (const text of texts) {
      const expected = [...text.matchAll(re)].map((m) => [m.index, [...m], m.groups]);
      expect(starts.matches(text).map((m) => [m.index, [...m], m.groups])).toEqual(expected);
    }
  });
});

describe("WordBefore answers as its expression run forward does", () => {
  const words = ["per hour", "в день", "kunlik", "ул", "д", "no", "£", "ko'chasi", "a.b"];
  const forward = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${words.map(wordPattern).join("|")})[\\s.:-]*$`, "iu");
  const before = new WordBefore(words, "[\\s.:-]", forward);
  const pieces = [...words, "PER", "HOUR", "xв", " ", "  ", ".", ":", "-", "1", "😀", "\ud800", "\udc00", "Д", "ab", "'"];
  const texts = Array.from({ length: 5000 }, (_, i) => {
    let x = i + 3;
    let out = "";
    for (let k = 0; k < 1 + (i % 7); k++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      out += pieces[x % pieces.length];
    }
    return out;
  });
  it("on 5,000 random strings of its words, look-alikes, separators and surrogates", () => {
    let hits = 0;
    for (const text of texts) {
      const expected = forward.test(text);
      hits += expected ? 1 : 0;
      expect(before.test(text), JSON.stringify(text)).toBe(expected);
      expect(before.exec(text)?.[0], JSON.stringify(text)).toBe(forward.exec(text)?.[0]);
    }
    expect(hits).toBeGreaterThan(500);
  });
});

describe("atWordStart finds what the look-behind written first finds", () => {
  const words = "but|however|но|однако|لیکن|a";
  const before = new RegExp(`\\n|[,;]|(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, "giu");
  const after = new RegExp(`\\n|[,;]|${atWordStart(words)}(?![\\p{L}\\p{N}])`, "giu");
  it("on 3,000 random strings", () => {
    for (const text of [...TEXTS, "But however, но Однако:xбut لیکن1 a"]) {
      expect([...text.matchAll(after)].map((m) => [m.index, m[0]]), JSON.stringify(text)).toEqual([...text.matchAll(before)].map((m) => [m.index, m[0]]));
    }
  });
});

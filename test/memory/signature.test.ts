import { describe, expect, it } from "vitest";
import { bandKeys, BANDS, estimatedJaccard, HASHES, minhashOf, MIN_SIMILARITY, signatureOf } from "../../src/memory/signature.ts";
import { canonicalText, shinglesOf } from "../../src/memory/shingles.ts";
import { EDITS, fixtureAdverts, ORIGINAL } from "./adverts.ts";

const jaccard = (a: Set<string>, b: Set<string>) => {
  const common = [...a].filter((x) => b.has(x)).length;
  return common / (a.size + b.size - common);
};
const sharedBands = (a: Uint32Array, b: Uint32Array) => bandKeys(a).filter((k, i) => k === bandKeys(b)[i]).length;

describe("advert shingles", () => {
  it("mask contacts, numbers, emoji and punctuation, and fold case and look-alike letters", () => {
    expect(canonicalText(ORIGINAL).split("\n")).toEqual([
      "срочно работа в южной корее",
      "завод упаковка сборка зарплата от # в месяц",
      "без опыта без знания языка проживание предоставляем питание за счет работодателя",
      "виза # гарантия вылет через две недели после оплаты",
      "оформление # тенге предоплата # на карту kaspi",
      "пишите только в telegram или звоните #",
    ]);
    // "Дубаи" with a Latin "a" among Cyrillic letters is the same word.
    expect(canonicalText("Работа в Дубaе")).toBe(canonicalText("Работа в Дубае"));
  });

  it("are taken within lines, so a copy with its lines reordered has the same set", () => {
    expect(shinglesOf(EDITS["its lines in another order"]!)).toEqual(shinglesOf(ORIGINAL));
  });

  it("leave out every kind of contact and mask numbers inside words, plain words or not", () => {
    const line = "Пишите hr@job.kz, www.work.kz, jobs-kz.com/apply, https://t.me/x или @handle: 3-смены, 24/7, 1000$/мес, ДОМ—общежитие, café";
    expect(canonicalText(line)).toBe("пишите или # смены # мес дом общежитие café");
  });

  it("of a text without words are none, and it has no signature", () => {
    expect(shinglesOf("+7 701 000 12 34 🔥🔥 https://t.me/x").size).toBe(0);
    expect(signatureOf("0300-1234567")).toBeNull();
  });
});

describe("MinHash signatures", () => {
  it("estimate the Jaccard similarity of the shingles", () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
    for (const overlap of [0.2, 0.5, 0.8]) {
      // Two sets of 200 sharing n: Jaccard n / (400 − n).
      const n = Math.round((400 * overlap) / (1 + overlap));
      const a = new Set(words.slice(0, 200));
      const b = new Set(words.slice(200 - n, 400 - n));
      const estimate = estimatedJaccard(minhashOf(a)!, minhashOf(b)!);
      expect(Math.abs(estimate - jaccard(a, b)), `overlap ${overlap}`).toBeLessThan(0.12);
    }
    expect(minhashOf(new Set(["x"]))!.length).toBe(HASHES);
  });

  it.each(Object.entries(EDITS))("find a copy with %s (estimated Jaccard ≥ 0.75, sharing a band)", (_, copy) => {
    const original = signatureOf(ORIGINAL)!;
    const edited = signatureOf(copy)!;
    expect(estimatedJaccard(original, edited)).toBeGreaterThanOrEqual(MIN_SIMILARITY);
    expect(sharedBands(original, edited)).toBeGreaterThan(0);
  });

  it("tell apart the different adverts of the corpus, of the same genre and language", () => {
    const ads = fixtureAdverts();
    const signatures = ads.map((ad) => signatureOf(ad.text));
    for (let i = 0; i < ads.length; i++) {
      for (let j = i + 1; j < ads.length; j++) {
        if (!signatures[i] || !signatures[j]) continue;
        expect(estimatedJaccard(signatures[i]!, signatures[j]!), `${ads[i]!.id} ~ ${ads[j]!.id}`).toBeLessThan(0.4);
      }
    }
  });

  it("put a pair at Jaccard 0.8 in a common band nearly always (1 − (1 − 0.8^4)^16)", () => {
    const words = Array.from({ length: 1000 }, (_, i) => `w${i}`);
    let found = 0;
    const trials = 200;
    for (let t = 0; t < trials; t++) {
      // 90 shared of 100 each: Jaccard 90 / 110 ≈ 0.82, different words every trial.
      const base = words.slice(0, 1000).map((w) => `${w}-${t}`);
      const a = new Set(base.slice(0, 100));
      const b = new Set(base.slice(10, 110));
      if (sharedBands(minhashOf(a)!, minhashOf(b)!) > 0) found++;
    }
    expect(found).toBeGreaterThanOrEqual(trials - 2);
    expect(BANDS).toBe(16);
  });
});

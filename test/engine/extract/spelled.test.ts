import { describe, expect, it } from "vitest";
import { loadEngineData } from "../../../src/data/load-engine-data.ts";
import { compileEngineData, scanLexicon } from "../../../src/engine/compile.ts";
import { extractMoney } from "../../../src/engine/extract/money.ts";
import { readSpelledNumber } from "../../../src/engine/extract/spelled.ts";
import { readAdvertText } from "../../../src/engine/normalize.ts";
import type { DetectedLanguage } from "../../../src/engine/types.ts";

/** Sums said in words, as the phone writes a voice note down (round 36). */
const data = compileEngineData(loadEngineData());
const amounts = (text: string, language: DetectedLanguage = "ru") => {
  const { normalized, original } = readAdvertText(text, 8000);
  const hits = scanLexicon(data, normalized, original);
  return extractMoney(normalized, original, language, data, { salary: [], fee: [], exclude: [], numberWords: hits.numberWords, countries: [] }).map((m) => [m.amount, m.currency]);
};

describe("readSpelledNumber", () => {
  it.each<[string, number]>([
    ["two hundred fifty", 250],
    ["четыреста", 400],
    ["три тысячи пятьсот", 3500],
    ["бес жүз мың", 500_000],
    ["ming ikki yuz", 1200],
    ["ساڑھے چھ لاکھ", 650_000],
    ["ek lakh pachas hazar", 150_000],
    ["ду сад", 200],
  ])("%s is %d", (words, value) => {
    // As the engine gives it: normalised (keyboard twins folded, as "жүз" typed "жуз").
    expect(readSpelledNumber(readAdvertText(words, 100).normalized, data).value).toBe(value);
  });
});

describe("money said in words", () => {
  it.each<[string, DetectedLanguage, [number, string]]>([
    ["надо скинуть четыреста долларов на каспи за приглашение", "ru", [400, "USD"]],
    ["salary two hundred fifty rial plus overtime", "en", [250, "SAR"]],
    ["келгенде он бес мың доллар төлейсің", "kk", [15_000, "USD"]],
    ["ketishdan oldin ming ikki yuz dollar berasiz", "uz-Latn", [1200, "USD"]],
    ["do lakh abhi dena he", "ur-Latn", [200_000, "PKR"]],
    ["هزینہ سات لاکھ روپے", "ur", [700_000, "PKR"]],
  ])("%s", (text, language, expected) => {
    expect(amounts(text, language)).toContainEqual(expected);
  });

  it("are no sum without a currency or a thousand: 'two brothers', 'сто процентов'", () => {
    expect(amounts("two brothers from our village went there", "en")).toEqual([]);
    expect(amounts("сказали виза сто процентов")).toEqual([]);
  });

  it("are no sum in 'not a single somoni' or in a name that begins with a currency («Сомон»)", () => {
    expect(amounts("Ба ягон агент як сомонӣ ҳам надодам", "tg")).toEqual([]);
    expect(amounts("ҶДММ «Сомон Меҳнат Глобал», иҷозатномаи № TJ-MS-0921", "tg")).toEqual([]);
  });

  it("leave a sum in digits as it was: '5 lakh rupees' is one amount", () => {
    expect(amounts("5 lakh rupees advance", "ur-Latn")).toEqual([[500_000, "PKR"]]);
  });
});

import { describe, expect, it } from "vitest";
import { LexiconIndex } from "../../src/engine/lexicon-index.ts";
import { normalizeForMatch } from "../../src/engine/normalize.ts";

function find(entries: string[], text: string) {
  return (new LexiconIndex({ list: entries }).scan(normalizeForMatch(text), text).get("list") ?? []).map((e) => e.text);
}

describe("LexiconIndex", () => {
  it("matches whole words only", () => {
    expect(find(["visa"], "visas, visa! envisage")).toEqual(["visa"]);
  });

  it("lets spaces and dashes between words vary", () => {
    expect(find(["no interview"], "No-Interview, no   interview")).toEqual(["No-Interview", "no   interview"]);
  });

  it("lets a stem take any ending, also a short stem", () => {
    expect(find(["срочн*"], "СРОЧНО, срочная вакансия, несрочно")).toEqual(["СРОЧНО", "срочная"]);
    expect(find(["ishchi*"], "Ishchilarga ish bor")).toEqual(["Ishchilarga"]);
    expect(find(["qr*"], "qrcode q")).toEqual(["qrcode"]);
    expect(find(["visa k*"], "visa kafeel, visa free")).toEqual(["visa kafeel"]);
  });

  it("prefers the longest phrase at one place and does not overlap within a list", () => {
    expect(find(["urgent", "urgently required", "required"], "URGENTLY REQUIRED")).toEqual(["URGENTLY REQUIRED"]);
  });

  it("matches entries with symbols run by run", () => {
    expect(find(["50% advance", "/month", "u.a.e", "(pvt) ltd"], "pay 50 % advance, 900/month, U.A.E, Noor (Pvt) Ltd")).toEqual([
      "50 % advance",
      "/month",
      "U.A.E",
      "(Pvt) Ltd",
    ]);
  });

  it("runs raw regular expressions, anchored where words start", () => {
    expect(find(["re:100\\s*%\\s*visa"], "get 100 % visa now, x100% visa")).toEqual(["100 % visa"]);
    expect(find(["re:(?<![\\p{L}\\p{N}])z[ae]?r+o*u*r+a?t"], "fori zaroorat hai, bazaroorat")).toEqual(["zaroorat"]);
  });

  it("reads a raw regular expression in the text's own terms: ё as е, Arabic-script variants unified", () => {
    // The text is matched with ё as е and ي as ی: an expression that kept "ё" or "ي" could never match.
    expect(find(["re:(?<!\\p{L})дарёдан\\s+[ўу]тказ\\S*"], "кечаси дарёдан утказамиз")).toEqual(["дарёдан утказамиз"]);
    expect(find(["re:(?<!\\p{L})дарёдан"], "ДАРЕДАН")).toEqual(["ДАРЕДАН"]);
    expect(find(["re:سمندري\\s+راستہ"], "سمندری راستہ")).toEqual(["سمندری راستہ"]);
  });

  it("matches Urdu phrases typed with Arabic letter variants", () => {
    expect(find(["فوری ضرورت"], "فوري ضرورت ہے")).toEqual(["فوري ضرورت"]);
  });

  it("keeps lists apart: one place can match several lists", () => {
    const index = new LexiconIndex({ KH: ["cambodia", "камбодж*"], AE: ["dubai", "دبئی"], job: ["dubai jobs"] });
    const text = "Работа в Камбодже, then Dubai jobs / دبئی";
    const hits = index.scan(normalizeForMatch(text), text);
    expect(hits.get("KH")?.map((e) => e.text)).toEqual(["Камбодже"]);
    expect(hits.get("AE")?.map((e) => e.text)).toEqual(["Dubai", "دبئی"]);
    expect(hits.get("job")?.map((e) => e.text)).toEqual(["Dubai jobs"]);
  });

  it("ignores quotes around a word", () => {
    expect(find(["visa"], "'visa' ‘visa’")).toEqual(["visa", "visa"]);
  });
});

import { describe, expect, it } from "vitest";
import { normalizeForMatch } from "../../src/engine/normalize.ts";
import { PhraseMatcher, TaggedMatcher } from "../../src/engine/phrases.ts";

function find(entries: string[], text: string) {
  return new PhraseMatcher(entries).find(normalizeForMatch(text), text).map((e) => e.text);
}

describe("PhraseMatcher", () => {
  it("matches whole words only", () => {
    expect(find(["visa"], "visas, visa! envisage")).toEqual(["visa"]);
  });

  it("lets spaces and dashes between words vary", () => {
    expect(find(["no interview"], "No-Interview, no   interview")).toEqual(["No-Interview", "no   interview"]);
  });

  it("lets a stem take any ending", () => {
    expect(find(["срочн*"], "СРОЧНО, срочная вакансия, несрочно")).toEqual(["СРОЧНО", "срочная"]);
    expect(find(["ishchi*"], "Ishchilarga ish bor")).toEqual(["Ishchilarga"]);
  });

  it("prefers the longest phrase at one place", () => {
    expect(find(["urgent", "urgently required"], "URGENTLY REQUIRED")).toEqual(["URGENTLY REQUIRED"]);
  });

  it("runs raw regular expressions", () => {
    expect(find(["re:100\\s*%\\s*visa"], "get 100 % visa now")).toEqual(["100 % visa"]);
  });

  it("matches Urdu phrases typed with Arabic letter variants", () => {
    expect(find(["فوری ضرورت"], "فوري ضرورت ہے")).toEqual(["فوري ضرورت"]);
  });

  it("treats regex metacharacters in plain phrases literally", () => {
    expect(find(["c++ (dev)"], "c++ (dev) needed; cxx dev")).toEqual(["c++ (dev)"]);
  });
});

describe("TaggedMatcher", () => {
  it("says which list matched", () => {
    const m = new TaggedMatcher({ KH: ["cambodia", "камбодж*"], AE: ["dubai", "دبئی"] });
    const text = "Работа в Камбодже, then Dubai / دبئی";
    expect(m.find(normalizeForMatch(text), text).map((x) => [x.tag, x.evidence.text])).toEqual([
      ["KH", "Камбодже"],
      ["AE", "Dubai"],
      ["AE", "دبئی"],
    ]);
  });
});

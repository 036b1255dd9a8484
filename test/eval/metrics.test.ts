import { describe, expect, it } from "vitest";
import type { EvalAd } from "../../src/eval/corpus.ts";
import { gateBreaches, licensedFalsePositives, rowOf, summarize, type Outcome } from "../../src/eval/metrics.ts";

const ad = (id: string, kind: "honest" | "scam", flags: string[] = [], crime: EvalAd["crime"] = kind === "scam" ? "fraud" : null): EvalAd =>
  ({ id, kind, language: "en", crime, flags, class: "", why: "", text: "x" }) as EvalAd;
const answer = (risk: "low" | "medium" | "high", flags: string[] = [], crime: Outcome["answer"]["crime"] = risk === "low" ? null : "fraud") =>
  ({ risk, crime, language: "en", flags, evidence: {} }) as Outcome["answer"];

describe("evaluation metrics", () => {
  it("counts recall, false positives, crime hints and flag precision/recall as defined", () => {
    const outcomes: Outcome[] = [
      { ad: ad("s1", "scam", ["upfront_fee"]), answer: answer("high", ["upfront_fee", "urgency"]) },
      { ad: ad("s2", "scam", ["smuggling_route"], "smuggling"), answer: answer("low", []) },
      { ad: ad("h1", "honest"), answer: answer("medium", ["urgency", "lawful_fee"]) },
      { ad: ad("h2", "honest"), answer: answer("low", ["licensed_recruiter"]) },
    ];
    const row = rowOf("en", outcomes);
    expect(row).toMatchObject({ recall: 0.5, falsePositiveRate: 0.5, crimeAccuracy: 0.5 });
    // Legit signals are not claims about the text: 1 of 3 raised red flags labelled, 1 of 2 labelled found.
    expect(row.flagPrecision).toBeCloseTo(1 / 3);
    expect(row.flagRecall).toBeCloseTo(1 / 2);
    const summary = summarize(outcomes, ["en"]);
    expect(summary.failures.map((f) => f.outcome.ad.id)).toEqual(["s2", "h1"]);
    expect(gateBreaches(summary)).toContain("false positives 50.0 % > 3.0 % overall");
  });

  it("counts the honest adverts that cite an active licence apart, whatever the engine read in them", () => {
    const withText = (a: EvalAd, text: string) => ({ ...a, text });
    const outcomes: Outcome[] = [
      { ad: withText(ad("h1", "honest"), "OEP licence 1652/lhr, Lahore"), answer: answer("medium") },
      { ad: withText(ad("h2", "honest"), "Licence No. KZ-PEA-8251"), answer: answer("low") },
      { ad: withText(ad("h3", "honest"), "Ali, WhatsApp only"), answer: answer("medium") },
      { ad: withText(ad("s1", "scam"), "licence 1652/LHR"), answer: answer("high") },
    ];
    expect(licensedFalsePositives(outcomes, ["1652/LHR", "KZ-PEA-8251"], ["en"])).toEqual([
      { name: "en", honest: 2, raised: 1 },
      { name: "all", honest: 2, raised: 1 },
    ]);
  });
});

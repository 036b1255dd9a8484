import { describe, expect, it } from "vitest";
import { loadEngineData } from "../../src/data/load-engine-data.ts";
import { engineFactory } from "../../src/engine/engine.ts";
import { readAdvertText } from "../../src/engine/normalize.ts";
import { scoreSignals } from "../../src/engine/score.ts";
import type { Found } from "../../src/engine/signals/index.ts";
import { wordingBuckets, wordingProbability, type WordingModel } from "../../src/engine/wording.ts";
import { fitWording, leaveGroupOut, wordingExample } from "../../src/eval/fit-wording.ts";

const shape = { bits: 12, minN: 3, maxN: 5 };
const normal = (text: string) => readAdvertText(text, 8000).normalized;

describe("wording buckets", () => {
  it("reads digits as 0, so amounts and numbers of one shape are alike", () => {
    const a = wordingBuckets(normal("pay 5000 now +7 900 123"), shape.bits, shape.minN, shape.maxN);
    const b = wordingBuckets(normal("pay 1234 now +7 955 321"), shape.bits, shape.minN, shape.maxN);
    expect([...a].sort()).toEqual([...b].sort());
  });

  it("cuts n-grams inside words only: word order does not change them", () => {
    const a = wordingBuckets(normal("предоплата за визу"), shape.bits, shape.minN, shape.maxN);
    const b = wordingBuckets(normal("за визу предоплата"), shape.bits, shape.minN, shape.maxN);
    expect([...a].sort()).toEqual([...b].sort());
    expect(wordingBuckets(normal("предоплатаза визу"), shape.bits, shape.minN, shape.maxN)).not.toEqual(a);
  });

  it("keeps every bucket inside the table", () => {
    for (const b of wordingBuckets(normal("Ишга олинади! Маош 800$ ویزا фری WhatsApp"), 10, 2, 6)) expect(b).toBeLessThan(1024);
  });
});

const toyScams = ["send advance fee today to agent card", "pay visa processing fee first to agent", "advance payment to agent card, visa sure", "agent card fee first, job sure"];
const toyHonest = ["bakery needs baker, shift from six, pay weekly", "farm needs pickers, room given, pay weekly", "cafe needs cook, evening shift, pay weekly", "shop needs driver, day shift, pay weekly"];

describe("fitting the wording model", () => {
  const examples = [...toyScams.map((t) => wordingExample(normal(t), shape, true)), ...toyHonest.map((t) => wordingExample(normal(t), shape, false))];
  const options = { ...shape, lambda: 1e-5, epochs: 12, seed: 7 };

  it("tells the wording of one kind from the other's, on adverts it was not fitted on", () => {
    const fitted = fitWording(examples, options);
    const model: WordingModel = { ...shape, bias: fitted.bias, weights: Array.from(fitted.weights), lowerMediumBelow: 0.1, lowerInformalBelow: 0.1 };
    expect(wordingProbability(model, normal("agent wants advance fee to card"))).toBeGreaterThan(0.5);
    expect(wordingProbability(model, normal("warehouse needs loader, night shift, pay weekly"))).toBeLessThan(0.5);
  });

  it("is reproducible: the same corpus and seed give the same weights", () => {
    const a = fitWording(examples, options);
    const b = fitWording(examples, options);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.bias).toBe(b.bias);
  });

  it("judges each group by a model that never saw it", () => {
    // Two groups that contradict each other: a model that saw the group would agree with its labels.
    const flipped = [...examples.map((e) => ({ ...e, scam: !e.scam }))];
    const held = leaveGroupOut([...examples, ...flipped], [...examples.map(() => "a"), ...flipped.map(() => "b")], options);
    expect(held.slice(0, examples.length).every((p, i) => (p > 0.5) !== examples[i]!.scam)).toBe(true);
  });
});

describe("the score with the wording", () => {
  const { signals } = loadEngineData();
  const medium: Found = new Map([
    ["no_company_details", [{ text: "Ali", start: 0, end: 3 }]],
    ["contact_only_messenger", [{ text: "WhatsApp", start: 4, end: 12 }]],
  ]);
  const honestWording = { probability: () => 0.02, lowerMediumBelow: 0.1, lowerInformalBelow: 0.1 };
  const scamWording = { probability: () => 0.6, lowerMediumBelow: 0.1, lowerInformalBelow: 0.1 };

  it("an advert at medium by who posted it is low when worded as honest posts are", () => {
    expect(scoreSignals(medium, true, signals).risk).toBe("medium");
    expect(scoreSignals(medium, true, signals, scamWording).risk).toBe("medium");
    const lowered = scoreSignals(medium, true, signals, honestWording);
    expect(lowered).toMatchObject({ risk: "low", crime: null });
    // The signs are still shown with their evidence.
    expect(lowered.flags.map((f) => f.id)).toEqual(expect.arrayContaining(["no_company_details", "contact_only_messenger"]));
  });

  it("gives the wording a larger say where the only warning is who posted the advert than where a lure is among the signs", () => {
    const between = { probability: () => 0.3, lowerMediumBelow: 0.25, lowerInformalBelow: 0.5 };
    expect(scoreSignals(medium, true, signals, between).risk).toBe("low");
    const lure: Found = new Map([["no_requirements", [{ text: "without interview", start: 0, end: 17 }]]]);
    expect(scoreSignals(lure, true, signals).risk).toBe("medium");
    expect(scoreSignals(lure, true, signals, between).risk).toBe("medium");
    expect(scoreSignals(lure, true, signals, { ...between, probability: () => 0.2 }).risk).toBe("low");
  });

  it("never lowers a sign of trafficking or smuggling, a high risk, or a policy floor", () => {
    const withSign = (id: "trafficking_risk" | "smuggling_route" | "unlicensed_recruiter" | "upfront_fee", extra: Found = medium): Found =>
      new Map([...extra, [id, [{ text: "x", start: 0, end: 1 }]]]);
    const offset: Found = new Map([...medium, ["employer_details", [{ text: "y", start: 0, end: 1 }]], ["legit_markers", [{ text: "z", start: 0, end: 1 }]], ["licensed_recruiter", [{ text: "w", start: 0, end: 1 }]]]);
    for (const id of ["trafficking_risk", "smuggling_route"] as const) {
      const found = withSign(id, offset);
      const bySigns = scoreSignals(found, true, signals).risk;
      expect(bySigns).not.toBe("low");
      expect(scoreSignals(found, true, signals, honestWording).risk).toBe(bySigns);
    }
    expect(scoreSignals(withSign("upfront_fee"), true, signals, honestWording).risk).toBe("high");
    expect(scoreSignals(withSign("unlicensed_recruiter", new Map()), true, signals, honestWording).risk).toBe("medium");
  });

  it("the engine reads the model in its data: the same post is low or medium as the model reads its wording", () => {
    const data = loadEngineData();
    const flat = (bias: number): WordingModel => ({ bits: 8, minN: 3, maxN: 3, bias, weights: new Array(256).fill(0), lowerMediumBelow: 0.1, lowerInformalBelow: 0.1 });
    const post = "Dubai mein driver chahiye, salary 2500 dirham, room company ka. Rabta: Imran WhatsApp +971 50 555 1212";
    const without = engineFactory({ ...data, wording: undefined })().check(post);
    expect(without.risk).toBe("medium");
    expect(engineFactory({ ...data, wording: flat(4) })().check(post).risk).toBe("medium");
    const lowered = engineFactory({ ...data, wording: flat(-4) })().check(post);
    expect(lowered.risk).toBe("low");
    expect(lowered.flags).toEqual(without.flags);
  });
});

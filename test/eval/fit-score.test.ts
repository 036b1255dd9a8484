import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEngineData } from "../../src/data/load-engine-data.ts";
import type { SignalId } from "../../src/engine/types.ts";
import { chooseScoreThresholds, riskOf, withModel, type ScoreExample } from "../../src/eval/fit-score.ts";
import { fitLogistic, predict, type Prior } from "../../src/eval/fit.ts";
import { loadFirstLooks, roundOf, writeFirstLook } from "../../src/eval/first-looks.ts";

const { signals } = loadEngineData();

function example(flags: SignalId[], lean: number, scam: boolean, round = 1, told = false): ScoreExample {
  return { features: flags, values: { wording: lean }, scam, round, isJobAd: !told, told, found: new Map(flags.map((f) => [f, []])), lean };
}

describe("fitting with a valued feature (the wording's lean)", () => {
  const prior: Prior = { bias: 0, weights: { urgency: 0, wording: 0 }, sign: { urgency: 1, wording: 1 }, alone: {} };

  it("weighs the value: scams lean one way, honest adverts the other, and the weight says how much", () => {
    const examples = [...Array.from({ length: 20 }, (_, i) => example(["urgency"], 1 + (i % 3), true)), ...Array.from({ length: 20 }, (_, i) => example(["urgency"], -1 - (i % 3), false))];
    const model = fitLogistic(examples, prior, 0.001);
    expect(model.weights.wording).toBeGreaterThan(0.5);
    expect(predict(model, { features: ["urgency"], values: { wording: 2 } })).toBeGreaterThan(0.8);
    expect(predict(model, { features: ["urgency"], values: { wording: -2 } })).toBeLessThan(0.2);
  });

  it("keeps the weight on its side: a lean that says the opposite is given no weight, not a negative one", () => {
    const examples = [...Array.from({ length: 10 }, () => example(["urgency"], -2, true)), ...Array.from({ length: 10 }, () => example(["urgency"], 2, false))];
    expect(fitLogistic(examples, prior, 0.001).weights.wording).toBe(0);
  });
});

describe("the thresholds the fit chooses", () => {
  const scams = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5].map((lean) => example(["upfront_fee", "no_company_details"], lean, true));
  const honest = [-3, -2, -1, 0, 1].map((lean) => example(["no_company_details"], lean, false));
  const model = { bias: signals.bias, weights: { ...Object.fromEntries(Object.entries(signals.signals).map(([id, s]) => [id, s.weight])), wording: signals.wording.weight } };

  it("medium is the highest that keeps the recall asked for: a thousandth more and a scam is lost", () => {
    const examples = [...scams, ...honest];
    const { medium } = chooseScoreThresholds(examples, signals, model, { recall: 0.9, maxHighFalsePositives: 0.02 });
    const caught = (m: number) => scams.filter((e) => riskOf(e, withModel(signals, model, { medium: m, high: 1 })) !== "low").length;
    expect(caught(medium)).toBeGreaterThanOrEqual(9);
    expect(caught(medium + 0.001)).toBeLessThan(9);
  });

  it("a question that tells of an offer with a strong sign is answered suspicious at the least", () => {
    const told = example(["upfront_fee"], -5, true, 1, true);
    expect(riskOf(told, withModel(signals, model, { medium: 0.99, high: 0.995 }))).toBe("medium");
  });
});

describe("first looks", () => {
  it("are written one advert a line and read back as written, sorted by round", () => {
    const dir = mkdtempSync(join(tmpdir(), "first-looks-"));
    writeFirstLook({ round: 12, engine: "abcdef1", adverts: [{ id: "kk-r12-001", isJobAd: true, flags: ["urgency"] }] }, dir);
    writeFirstLook({ round: 3, engine: "1234567", adverts: [{ id: "en-r3-002", isJobAd: false, flags: [] }] }, dir);
    expect(loadFirstLooks(dir).map((l) => l.round)).toEqual([3, 12]);
    expect(loadFirstLooks(dir)[1]!.adverts[0]).toEqual({ id: "kk-r12-001", isJobAd: true, flags: ["urgency"] });
  });

  it("name the round from an advert's id, a second writer's letter included", () => {
    expect(roundOf("kk-r63-004")).toBe(63);
    expect(roundOf("ur-r8a-032")).toBe(8);
    expect(roundOf("uz-Latn-017")).toBeUndefined();
  });
});

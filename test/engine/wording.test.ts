import { describe, expect, it } from "vitest";
import { loadEngineData } from "../../src/data/load-engine-data.ts";
import { engineFactory } from "../../src/engine/engine.ts";
import { readAdvertText } from "../../src/engine/normalize.ts";
import { scoreSignals } from "../../src/engine/score.ts";
import type { Found } from "../../src/engine/signals/index.ts";
import { WordingBuckets, wordingBuckets, wordingLean, wordingProbability, type WordingModel } from "../../src/engine/wording.ts";
import type { SignalId } from "../../src/engine/types.ts";
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

  it("reads any script's digits as 0, those outside the Basic Multilingual Plane too", () => {
    const ascii = wordingBuckets("pay 345 now", shape.bits, shape.minN, shape.maxN);
    expect(wordingBuckets("pay ٣٤٥ now", shape.bits, shape.minN, shape.maxN)).toEqual(ascii);
    expect(wordingBuckets("pay 𝟛𝟜𝟝 now", shape.bits, shape.minN, shape.maxN)).toEqual(ascii);
  });

  it("gives a reused reader's next advert its own buckets, as a fresh reader does", () => {
    const reader = new WordingBuckets(shape);
    const texts = ["предоплата за визу", "pay 5000 now", "visa visa visa", "предоплата за визу"];
    for (const text of texts) expect(Array.from(reader.of(text))).toEqual(wordingBuckets(text, shape.bits, shape.minN, shape.maxN));
    expect(reader.of("pay now").length).toBe(new Set(wordingBuckets("pay now", shape.bits, shape.minN, shape.maxN)).size);
  });

  it("lists each bucket once, in the order first met, in a long advert too", () => {
    const reader = new WordingBuckets({ bits: 16, minN: 3, maxN: 5 });
    const words = Array.from({ length: 900 }, (_, i) => ["предоплата", "visa", "ویزا", "maosh", "агентство", "job"][i % 6] + (i % 37).toString(36).replace(/\d/g, "x"));
    // Word by word, then the first time each bucket comes: what the whole text must give.
    const expected = [...new Set(words.flatMap((w) => Array.from(reader.of(w))))];
    const whole = Array.from(reader.of(words.join(" ")));
    expect(whole.length).toBeGreaterThan(1000);
    expect(whole).toEqual(expected);
    expect(Array.from(reader.of("visa job"))).toEqual([...new Set([...reader.of("visa")].concat([...reader.of("job")]))]);
  });

  it("keeps every bucket inside the table", () => {
    for (const b of wordingBuckets(normal("Ишга олинади! Маош 800$ ویزا фری WhatsApp"), 10, 2, 6)) expect(b).toBeLessThan(1024);
  });
});

const toyScams = ["send advance fee today to agent card", "pay visa processing fee first to agent", "advance payment to agent card, visa sure", "agent card fee first, job sure"];
const toyHonest = ["bakery needs baker, shift from six, pay weekly", "farm needs pickers, room given, pay weekly", "cafe needs cook, evening shift, pay weekly", "shop needs driver, day shift, pay weekly"];

describe("fitting the wording model", () => {
  const reader = new WordingBuckets(shape);
  const examples = [...toyScams.map((t) => wordingExample(normal(t), reader, true)), ...toyHonest.map((t) => wordingExample(normal(t), reader, false))];
  const options = { ...shape, lambda: 1e-5, epochs: 12, seed: 7 };

  it("tells the wording of one kind from the other's, on adverts it was not fitted on", () => {
    const fitted = fitWording(examples, options);
    const model: WordingModel = { ...shape, bias: fitted.bias, weights: Array.from(fitted.weights) };
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
  const sign = (...ids: SignalId[]): Found => new Map(ids.map((id, i) => [id, [{ text: id, start: i, end: i + 1 }]]));
  const honest = () => wordingLean(0.02);
  const scammy = () => wordingLean(0.98);
  const risk = (found: Found, lean?: () => number) => scoreSignals(found, true, signals, lean).risk;
  // Signs that put an advert at medium, and at high, by themselves (checked below against the shipped weights).
  const informal = sign("no_company_details", "contact_only_messenger", "urgency", "unlicensed_recruiter");
  const lure = sign("upfront_fee", "payment_channel", "no_company_details");

  it("adds the wording's lean to the signs' log-odds: honest wording lowers the score, a scam's raises it", () => {
    const plain = scoreSignals(informal, true, signals).score;
    expect(scoreSignals(informal, true, signals, honest).score).toBeLessThan(plain);
    expect(scoreSignals(informal, true, signals, scammy).score).toBeGreaterThan(plain);
    expect(wordingLean(0.5)).toBe(0);
    expect(wordingLean(1)).toBe(-wordingLean(0));
  });

  it("moves the signs' answer one step at most: a fee to a card worded as a question is still suspicious", () => {
    expect(risk(lure)).toBe("high");
    expect(risk(lure, honest)).toBe("medium");
    const weak = sign("no_company_details");
    expect(risk(weak)).toBe("low");
    // Scam-like wording lifts one weak sign to suspicious, never to high: high rests on the signs.
    expect(risk(weak, scammy)).toBe("medium");
    const lowered = scoreSignals(sign("no_company_details", "contact_only_messenger", "urgency", "no_requirements"), true, signals, honest);
    expect(lowered).toMatchObject({ risk: "low", crime: null });
    // The signs are still shown with their evidence.
    expect(lowered.flags.map((f) => f.id)).toEqual(expect.arrayContaining(["no_company_details", "contact_only_messenger"]));
  });

  it("needs a red flag: wording alone, or evidence of a lawful advert, is nothing to warn about", () => {
    expect(risk(new Map(), scammy)).toBe("low");
    expect(risk(sign("employer_details", "licensed_recruiter"), scammy)).toBe("low");
  });

  it("never lowers a crime sign or a borrowed identity, nor below a policy floor", () => {
    const offset = sign("employer_details", "legit_markers", "licensed_recruiter", "no_company_details");
    for (const id of ["trafficking_risk", "smuggling_route", "brand_impersonation", "licence_name_mismatch", "revoked_licence"] as const) {
      const found: Found = new Map([...offset, [id, [{ text: "x", start: 0, end: 1 }]]]);
      expect(signals.signals[id].wordingNeverLowers).toBe(true);
      expect(scoreSignals(found, true, signals, honest).score).toBe(scoreSignals(found, true, signals).score);
      expect(scoreSignals(found, true, signals, scammy).score).toBeGreaterThan(scoreSignals(found, true, signals).score);
    }
    expect(risk(sign("unlicensed_recruiter", "employer_details"), honest)).toBe("medium");
  });

  it("the engine reads the model in its data: the same post is low or medium as the model reads its wording", () => {
    const data = loadEngineData();
    const flat = (bias: number): WordingModel => ({ bits: 8, minN: 3, maxN: 3, bias, weights: new Array(256).fill(0) });
    const post = "Dubai mein driver chahiye, urgent, salary 2500 dirham, room company ka, interview ki zaroorat nahi. Rabta: Imran WhatsApp +971 50 555 1212";
    const without = engineFactory({ ...data, wording: undefined })().check(post);
    expect(without.risk).toBe("medium");
    expect(engineFactory({ ...data, wording: flat(4) })().check(post).risk).toBe("medium");
    const lowered = engineFactory({ ...data, wording: flat(-4) })().check(post);
    expect(lowered.risk).toBe("low");
    expect(lowered.flags).toEqual(without.flags);
  });
});

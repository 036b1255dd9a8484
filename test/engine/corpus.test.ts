import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Engine } from "../../src/engine/engine.ts";
import { LANGUAGES, SIGNAL_IDS } from "../../src/engine/types.ts";
import { shippedEngine } from "../helpers/engine.ts";

const risk = z.enum(["high", "medium", "low"]);
const caseSchema = z.object({
  id: z.string(),
  kind: z.enum(["scam", "suspicious", "legit", "not_ad"]),
  text: z.string().min(1),
  expect: z.object({
    language: z.enum(LANGUAGES),
    isJobAd: z.boolean(),
    risk: z.union([risk, z.array(risk).min(1)]),
    crime: z.enum(["fraud", "smuggling", "trafficking"]).nullable().optional(),
    flags: z.array(z.enum(SIGNAL_IDS)).default([]),
    notFlags: z.array(z.enum(SIGNAL_IDS)).default([]),
  }),
});

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "ads");
// Licence validity in the sample registry is judged on a fixed day, so the suite does not rot.
const TODAY = "2026-11-23";

let engine: Engine;
beforeAll(async () => {
  engine = await shippedEngine();
});

describe.each(LANGUAGES)("realistic ads in %s", (language) => {
  const cases = z.array(caseSchema).parse(JSON.parse(readFileSync(join(FIXTURES, `${language}.json`), "utf8")));

  it("has at least 15 ads covering scam, suspicious, legit and not-an-ad", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(["scam", "suspicious", "legit", "not_ad"]));
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const verdict = engine.check(c.text, { today: TODAY });
    const flags = verdict.flags.map((f) => f.id);
    expect({ language: verdict.language, isJobAd: verdict.isJobAd }).toEqual({ language: c.expect.language, isJobAd: c.expect.isJobAd });
    expect([c.expect.risk].flat()).toContain(verdict.risk);
    if (c.expect.crime !== undefined) expect(verdict.crime).toBe(c.expect.crime);
    expect(flags).toEqual(expect.arrayContaining(c.expect.flags));
    for (const absent of c.expect.notFlags) expect(flags).not.toContain(absent);
    // Every flag quotes the ad: the user must see what the verdict rests on.
    for (const flag of verdict.flags) {
      expect(flag.evidence.length).toBeGreaterThan(0);
      for (const e of flag.evidence) expect(c.text.normalize("NFKC").slice(e.start, e.end)).toBe(e.text);
    }
  });
});

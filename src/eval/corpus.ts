import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { LANGUAGES, SIGNAL_IDS } from "../engine/types.ts";

/**
 * The evaluation corpus (eval/corpus): adverts written by people who never saw
 * the lexicons or the engine, labelled as a caseworker would. `dev` is what the
 * lexicons are tuned on; `validation` (written later, never shown to the
 * lexicon writers) is where the score's thresholds are chosen; `holdout` is
 * frozen, only grows, and is only measured.
 */

export const EVAL_DIR = fileURLToPath(new URL("../../eval/", import.meta.url));
export const SPLITS = ["holdout", "dev", "validation"] as const;
export type Split = (typeof SPLITS)[number];

/** Licence validity is judged on a fixed day, so the measurement does not drift with the calendar. */
export const EVAL_TODAY = "2026-12-01";
/** The day the test fixtures' licence expectations were written for (test/engine/corpus.test.ts). */
export const FIXTURE_TODAY = "2026-11-23";

const crime = z.enum(["fraud", "smuggling", "trafficking"]);

export const evalAdSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(["honest", "scam"]),
  language: z.enum(LANGUAGES),
  crime: crime.nullable(),
  flags: z.array(z.enum(SIGNAL_IDS)),
  class: z.string(),
  why: z.string(),
  text: z.string().min(1),
});
export type EvalAd = z.infer<typeof evalAdSchema>;

function readArray<T>(file: string, schema: z.ZodType<T>): T[] {
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

/** Every advert of one split, across all language files. */
export function loadSplit(split: Split, dir: string = EVAL_DIR): EvalAd[] {
  const folder = join(dir, "corpus", split);
  if (!existsSync(folder)) return [];
  const ads = readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => readArray(join(folder, f), evalAdSchema));
  const ids = new Set<string>();
  for (const ad of ads) {
    if (ids.has(ad.id)) throw new Error(`${split}: advert id ${ad.id} appears twice`);
    ids.add(ad.id);
  }
  return ads;
}

/**
 * Writers label a message that only retells an offer ("a man says he will take me through Mexico for
 * $5,000, can I trust him?") by that offer from round 31 on (eval/BRIEF.md); before, such a question
 * was labelled honest, as a message that is no scam advert.
 */
const FIRST_ROUND_LABELLING_TOLD_OFFERS = 31;

/** Whether the advert's label is about the offer the message retells, when it retells one. */
export function labelsToldOffer(ad: Pick<EvalAd, "id">): boolean {
  const round = /-r(\d+)[a-z]?-/.exec(ad.id)?.[1];
  return round !== undefined && Number(round) >= FIRST_ROUND_LABELLING_TOLD_OFFERS;
}

const fixtureSchema = z.object({
  id: z.string(),
  kind: z.enum(["scam", "suspicious", "legit", "not_ad"]),
  text: z.string().min(1),
  expect: z.object({
    language: z.enum(LANGUAGES),
    crime: crime.nullable().optional(),
    flags: z.array(z.enum(SIGNAL_IDS)).default([]),
  }),
});

/**
 * The hand-written test fixtures (test/fixtures/ads) in the corpus's terms, for
 * comparison only: the engine was built against them, so they prove nothing
 * about accuracy. Texts that are not job ads have no place in this count, nor
 * do the "suspicious" ones: they are written to be neither honest nor a scam
 * (their own tests hold each to its expected risk), and this count has only those two.
 */
export function loadFixtureAds(dir: string = fileURLToPath(new URL("../../test/fixtures/ads/", import.meta.url))): EvalAd[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => readArray(join(dir, f), fixtureSchema))
    .filter((f) => f.kind === "legit" || f.kind === "scam")
    .map((f) => ({
      id: f.id,
      kind: f.kind === "legit" ? ("honest" as const) : ("scam" as const),
      language: f.expect.language,
      crime: f.kind === "legit" ? null : (f.expect.crime ?? "fraud"),
      flags: f.expect.flags,
      class: f.kind,
      why: "",
      text: f.text,
    }));
}

const gateSchema = z
  .object({
    recallOverall: z.number().min(0).max(1),
    recallPerVariant: z.number().min(0).max(1),
    falsePositivesOverall: z.number().min(0).max(1),
    falsePositivesPerVariant: z.number().min(0).max(1),
    crimeOverall: z.number().min(0).max(1),
    note: z.string(),
  })
  .strict();

/** The bar CI holds the holdout to (eval/gate.json), with a note on how it relates to the targets. */
export function loadGate(dir: string = EVAL_DIR) {
  return gateSchema.parse(JSON.parse(readFileSync(join(dir, "gate.json"), "utf8")));
}

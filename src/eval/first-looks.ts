/**
 * First looks: how the engine read each writing round's dev half at the commit
 * that added it, before anything was tuned on that round (npm run first-look).
 * The dev corpus as the engine reads it today flatters every sign, since the
 * lexicons were fixed on it; first looks show how often each sign is right on
 * adverts the engine has not seen, which is what `npm run fit` weighs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { SIGNAL_IDS } from "../engine/types.ts";
import { EVAL_DIR } from "./corpus.ts";

const firstLookSchema = z
  .object({
    round: z.number().int().positive(),
    /** The commit whose engine read the round (the one that added its dev half). */
    engine: z.string().regex(/^[0-9a-f]{7,40}$/),
    adverts: z.array(z.object({ id: z.string().min(1), isJobAd: z.boolean(), flags: z.array(z.enum(SIGNAL_IDS)) }).strict()),
  })
  .strict();
export type FirstLook = z.infer<typeof firstLookSchema>;

export const FIRST_LOOKS_DIR = join(EVAL_DIR, "first-looks");

export function loadFirstLooks(dir: string = FIRST_LOOKS_DIR): FirstLook[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^r\d+\.json$/.test(f))
    .map((f) => firstLookSchema.parse(JSON.parse(readFileSync(join(dir, f), "utf8"))))
    .sort((a, b) => a.round - b.round);
}

export function writeFirstLook(look: FirstLook, dir: string = FIRST_LOOKS_DIR): string {
  const file = join(dir, `r${look.round}.json`);
  const { round, engine, adverts } = firstLookSchema.parse(look);
  // One advert a line: a round's file reads, and diffs, advert by advert.
  const lines = adverts.map((a) => `    ${JSON.stringify(a)}`).join(",\n");
  writeFileSync(file, `{\n  "round": ${round},\n  "engine": ${JSON.stringify(engine)},\n  "adverts": [\n${lines}\n  ]\n}\n`);
  return file;
}

/** The writing round an advert id names ("kk-r63a-004" → 63), if any. */
export function roundOf(id: string): number | undefined {
  const round = /-r(\d+)[a-z]?-/.exec(id)?.[1];
  return round === undefined ? undefined : Number(round);
}

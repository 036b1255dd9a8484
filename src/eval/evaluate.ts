import { existsSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DATA_DIR, loadEngineData } from "../data/load-engine-data.ts";
import { createEngine, type Engine } from "../engine/engine.ts";
import type { Operator } from "../engine/types.ts";
import { loadRegistryDir } from "../registry/files.ts";
import { MemoryRegistry } from "../registry/memory.ts";
import { EVAL_DIR, EVAL_TODAY, labelsToldOffer, type EvalAd } from "./corpus.ts";
import type { Outcome } from "./metrics.ts";

async function operatorsIn(dir: string): Promise<Operator[]> {
  if (!existsSync(dir)) return [];
  const { operators, errors } = await loadRegistryDir(dir);
  if (errors.length) throw new Error(`${dir}: bad registry rows: ${JSON.stringify(errors.slice(0, 3))}`);
  return operators;
}

/**
 * The shipped sample registries plus the licensed recruiters the corpus
 * writers invented (eval/registries): in production the registry is the
 * official list, so an honest advert's licence is in it.
 */
export async function evaluationOperators(dataDir: string = DEFAULT_DATA_DIR, evalDir: string = EVAL_DIR): Promise<Operator[]> {
  return [...(await operatorsIn(join(dataDir, "registries"))), ...(await operatorsIn(join(evalDir, "registries")))];
}

/** The engine as shipped, over the evaluation's registries. */
export function evaluationEngine(operators: Operator[], dataDir: string = DEFAULT_DATA_DIR): Engine {
  return createEngine(loadEngineData(dataDir), new MemoryRegistry(operators));
}

/**
 * The licence numbers the registries list as active: issue 13's
 * false-positive target is about honest adverts from licensed recruiters, and
 * an honest advert that cites one of these is such an advert, whatever the
 * engine reads in it.
 */
export function activeLicences(operators: readonly Operator[], today: string = EVAL_TODAY): string[] {
  return operators
    .filter((o) => o.status === "active" && o.licenceNo && !(o.validUntil && o.validUntil < today))
    .map((o) => o.licenceNo!);
}

/**
 * A message that only retells an offer is no advert (risk low), and the warning the user gets is the told
 * offer's risk: that is what is measured where the label is about the offer (labelsToldOffer).
 */
export function evaluate(engine: Engine, ads: readonly EvalAd[], today: string = EVAL_TODAY): Outcome[] {
  return ads.map((ad) => {
    const v = engine.check(ad.text, { today });
    const offer = labelsToldOffer(ad) ? (v.toldOffer ?? v) : v;
    return { ad, answer: { risk: offer.risk, crime: offer.crime, language: v.language, flags: v.flags.map((f) => f.id), evidence: Object.fromEntries(v.flags.map((f) => [f.id, f.evidence.map((e) => e.text)])) } };
  });
}

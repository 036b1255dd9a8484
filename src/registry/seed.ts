import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../db/client.ts";
import { importRegistryCsv } from "./import.ts";
import { countOperators } from "./repository.ts";

/**
 * A fresh database gets the shipped registries, so `npm start` checks licences
 * from the first minute. A database that already has operators is left alone:
 * operators load their official lists with `registry import`.
 */
export async function seedRegistryIfEmpty(db: Db, dir: string): Promise<number> {
  if ((await countOperators(db)) > 0) return 0;
  let inserted = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".csv")).sort()) {
    inserted += (await importRegistryCsv(db, join(dir, file))).inserted;
  }
  return inserted;
}

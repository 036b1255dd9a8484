import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Operator } from "../engine/types.ts";
import { readRegistryCsv, type RowError } from "./csv.ts";

/** Every registry CSV in a folder (the shipped data/registries by default), for use without a database. */
export async function loadRegistryDir(dir: string): Promise<{ operators: Operator[]; errors: (RowError & { file: string })[] }> {
  const operators: Operator[] = [];
  const errors: (RowError & { file: string })[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".csv")).sort()) {
    for await (const row of readRegistryCsv(join(dir, file))) {
      if (row.ok) operators.push(row.operator);
      else errors.push({ file, ...row.error });
    }
  }
  return { operators, errors };
}

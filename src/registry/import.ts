import type { Db } from "../db/client.ts";
import type { Operator } from "../engine/types.ts";
import { readRegistryCsv, type RowError } from "./csv.ts";
import { upsertOperators } from "./repository.ts";

const BATCH = 500;

export interface ImportSummary {
  file: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: RowError[];
}

/** Streams a registry CSV into the database in batches; `onProgress` gets the rows read so far. */
export async function importRegistryCsv(
  db: Db,
  file: string,
  onProgress: (rowsRead: number) => void = () => {},
): Promise<ImportSummary> {
  const summary: ImportSummary = { file, rows: 0, inserted: 0, updated: 0, unchanged: 0, skipped: 0, errors: [] };
  let batch: Operator[] = [];
  const flush = async () => {
    const counts = await upsertOperators(db, batch);
    summary.inserted += counts.inserted;
    summary.updated += counts.updated;
    summary.unchanged += batch.length - counts.inserted - counts.updated;
    batch = [];
    onProgress(summary.rows);
  };
  for await (const row of readRegistryCsv(file)) {
    summary.rows++;
    if (!row.ok) {
      summary.skipped++;
      summary.errors.push(row.error);
      continue;
    }
    batch.push(row.operator);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return summary;
}

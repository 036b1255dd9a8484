import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { REGISTRY_COLUMNS, registryRowSchema, toOperator } from "./row.ts";
import type { Operator } from "../engine/types.ts";

export interface RowError {
  line: number;
  message: string;
}

export type ParsedRow = { ok: true; line: number; operator: Operator } | { ok: false; error: RowError };

/**
 * Streams a registry CSV, validating each row. A bad row is reported with its
 * line number and skipped; a file without the expected header fails at once.
 */
export async function* readRegistryCsv(file: string): AsyncGenerator<ParsedRow> {
  const checkHeader = (header: string[]) => {
    const names = header.map((h) => h.trim().toLowerCase());
    const missing = REGISTRY_COLUMNS.filter((c) => !names.includes(c));
    if (missing.length) throw new Error(`${file}: missing columns ${missing.join(", ")} (expected ${REGISTRY_COLUMNS.join(",")})`);
    return names;
  };
  const parser = createReadStream(file).pipe(
    parse({ columns: checkHeader, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true, info: true }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    const result = registryRowSchema.safeParse(record);
    if (result.success) yield { ok: true, line: info.lines, operator: toOperator(result.data) };
    else yield { ok: false, error: { line: info.lines, message: result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") } };
  }
}

import type { Config } from "../config.ts";
import { openConfiguredDatabase } from "../db/open.ts";
import type { Operator } from "../engine/types.ts";
import { importRegistryCsv } from "../registry/import.ts";
import { MemoryRegistry } from "../registry/memory.ts";
import { loadOperators } from "../registry/repository.ts";
import { searchRegistry } from "../registry/search.ts";

/** Without a terminal (logs, CI), one progress line per this many rows. */
const PROGRESS_EVERY = 10_000;

function describe(op: Operator): string {
  const until = op.validUntil ? `, valid until ${op.validUntil}` : "";
  return `${op.registry} ${op.licenceNo ?? "(no number)"}  ${op.name}  [${op.status}${until}]${op.city ? `  ${op.city}` : ""}`;
}

async function importFiles(files: string[], config: Config): Promise<number> {
  if (files.length === 0) {
    process.stderr.write("Usage: registry import <file.csv> [...more.csv]\n");
    return 1;
  }
  const database = await openConfiguredDatabase(config);
  let failed = false;
  try {
    for (const file of files) {
      let reported = 0;
      const progress = (rows: number) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${file}: ${rows} rows read`);
        else if (rows - reported >= PROGRESS_EVERY) {
          process.stderr.write(`${file}: ${rows} rows read\n`);
          reported = rows;
        }
      };
      const s = await importRegistryCsv(database.db, file, progress);
      if (process.stderr.isTTY) process.stderr.write("\n");
      for (const e of s.errors) process.stderr.write(`${file}:${e.line}: skipped: ${e.message}\n`);
      process.stdout.write(
        `${file}: ${s.rows} rows — ${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged, ${s.skipped} skipped\n`,
      );
      if (s.rows > 0 && s.skipped === s.rows) failed = true;
    }
  } finally {
    await database.close();
  }
  return failed ? 1 : 0;
}

async function lookup(query: string, config: Config): Promise<number> {
  const database = await openConfiguredDatabase(config);
  try {
    const registry = new MemoryRegistry(await loadOperators(database.db));
    const unique = searchRegistry(registry, query).map((hit) => hit.operator);
    if (unique.length === 0) {
      process.stdout.write(`No recruiter found for "${query}" among ${registry.size} registry entries.\n`);
      return 1;
    }
    for (const op of unique) process.stdout.write(`${describe(op)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

export async function runRegistry(args: string[], config: Config): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "import") return importFiles(rest, config);
  if (sub === "lookup" && rest.length) return lookup(rest.join(" "), config);
  process.stderr.write("Usage: registry import <file.csv> | registry lookup <licence|name|phone>\n");
  return 1;
}

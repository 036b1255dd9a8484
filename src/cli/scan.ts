import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import type { Config } from "../config.ts";
import { loadEngineData } from "../data/load-engine-data.ts";
import { createEngine } from "../engine/engine.ts";
import { AdvertFileError, readAdverts } from "../scan/read-adverts.ts";
import { parseAd } from "../scan/scan-ad.ts";
import { scanResult, type ScanOutcome } from "../scan/scan-result.ts";
import { progressOnStderr } from "./progress.ts";
import { withRegistry } from "./registry-source.ts";

export const SCAN_USAGE = `  scan <file.jsonl | file.csv> [--out results.jsonl] [--registry-db]
      scan an export offline: one result line per advert, as POST /api/v1/scan answers, but "similar" is null
      (research collections are not counted in the helpline's memory, and no database is needed)`;

async function write(out: Writable, line: string): Promise<void> {
  if (!out.write(line)) await once(out, "drain");
}

export async function runScan(args: string[], config: Config): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { out: { type: "string" }, "registry-db": { type: "boolean" } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\nUsage:\n${SCAN_USAGE}\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    process.stderr.write(`Usage:\n${SCAN_USAGE}\n`);
    return 1;
  }
  let input: ReturnType<typeof readAdverts>;
  try {
    input = readAdverts(positionals[0]!);
  } catch (error) {
    process.stderr.write(`${error instanceof AdvertFileError ? error.message : `Cannot read ${positionals[0]}: ${(error as Error).message}`}\n`);
    return 1;
  }
  const data = loadEngineData(config.dataDir);
  return withRegistry(config, Boolean(values["registry-db"]), async (registry) => {
    const engine = createEngine(data, registry);
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    const progress = progressOnStderr(input.size);
    let ads = 0;
    let errors = 0;
    try {
      for await (const { raw, bytesRead, problem } of input.adverts) {
        const ad = problem ? { id: null, error: problem } : parseAd(raw, null);
        const result: ScanOutcome = "error" in ad ? ad : scanResult(ad.id, engine.check(ad.text), null);
        if ("error" in result) errors++;
        await write(out, `${JSON.stringify(result)}\n`);
        progress.update(bytesRead, ++ads);
      }
    } catch (error) {
      progress.stop();
      if (!(error instanceof AdvertFileError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    progress.update(input.size, ads);
    progress.stop();
    if (out !== process.stdout) {
      out.end();
      await once(out, "finish");
    }
    process.stderr.write(`Scanned ${ads} adverts (${errors} could not be read)${values.out ? `; results in ${values.out}` : ""}.\n`);
    return 0;
  });
}

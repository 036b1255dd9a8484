import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { Config } from "../config.ts";
import { loadEngineData } from "../data/load-engine-data.ts";
import { createEngine, type Engine } from "../engine/engine.ts";
import type { Verdict } from "../engine/types.ts";
import { createI18n, isLanguage } from "../i18n/index.ts";
import { renderVerdict } from "../i18n/render-verdict.ts";
import { withRegistry } from "./registry-source.ts";

const jsonlInput = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

/** The stable JSONL contract: field order and names are relied on by scripts. */
function jsonlVerdict(id: string | number, v: Verdict) {
  return { id, risk: v.risk, score: v.score, language: v.language, crime: v.crime, isJobAd: v.isJobAd, flags: v.flags.map((f) => f.id) };
}

async function checkJsonl(engine: Engine): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    let out: object;
    try {
      const input = jsonlInput.parse(JSON.parse(line));
      out = jsonlVerdict(input.id, engine.check(input.text));
    } catch (error) {
      const message = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ") : (error as Error).message;
      out = { id: null, error: message };
    }
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => process.stdout.once("drain", r));
  }
}

export async function runCheck(args: string[], config: Config): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { jsonl: { type: "boolean" }, lang: { type: "string" }, "registry-db": { type: "boolean" } },
  });
  if (values.lang !== undefined && !isLanguage(values.lang)) {
    process.stderr.write(`--lang must be one of: ur, ur-Latn, ru, uz-Latn, uz-Cyrl, tg, ky, kk, en\n`);
    return 1;
  }
  const text = positionals.join(" ");
  if (!values.jsonl && text.trim() === "") {
    process.stderr.write('Usage: check "<ad text>" [--lang <code>]  or  check --jsonl < ads.jsonl\n');
    return 1;
  }
  const data = loadEngineData(config.dataDir);
  return withRegistry(config, Boolean(values["registry-db"]), async (registry) => {
    const engine = createEngine(data, registry);
    if (values.jsonl) {
      await checkJsonl(engine);
      return 0;
    }
    const verdict = engine.check(text, values.lang ? { language: values.lang as never } : {});
    const i18n = await createI18n();
    const lng = values.lang ?? (verdict.language === "und" ? "en" : verdict.language);
    process.stdout.write(`${renderVerdict(i18n.getFixedT(lng), verdict)}\n`);
    return 0;
  });
}

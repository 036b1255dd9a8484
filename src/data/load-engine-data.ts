import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import {
  commonDataSchema,
  languageMarkersSchema,
  lexiconFileSchema,
  signalsConfigSchema,
  type EngineData,
  type LexiconFile,
  wordingModelSchema,
} from "../engine/data.ts";

/** The project's `data/` folder, wherever the process was started from. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`${file}: ${issues.join("; ")}`);
  }
  return result.data;
}

/** The wording model `npm run fit:wording` writes. */
export const WORDING_FILE = "wording.json";

/** Reads and validates the lexicons, signal weights and language markers. */
export function loadEngineData(dataDir: string = DEFAULT_DATA_DIR): EngineData {
  const lexiconDir = join(dataDir, "lexicons");
  const lexicons: LexiconFile[] = readdirSync(lexiconDir)
    .filter((f) => f.endsWith(".json") && f !== "common.json")
    .sort()
    .map((f) => readJson(join(lexiconDir, f), lexiconFileSchema));
  return {
    lexicons,
    common: readJson(join(lexiconDir, "common.json"), commonDataSchema),
    signals: readJson(join(dataDir, "signals.json"), signalsConfigSchema),
    languageMarkers: readJson(join(dataDir, "languages.json"), languageMarkersSchema),
    ...(existsSync(join(dataDir, WORDING_FILE)) ? { wording: readJson(join(dataDir, WORDING_FILE), wordingModelSchema) } : {}),
  };
}

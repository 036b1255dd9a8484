import { DEFAULT_DATA_DIR, loadEngineData } from "../data/load-engine-data.ts";
import type { EngineData } from "../engine/data.ts";
import { engineFactory } from "../engine/engine.ts";

/** The engine's data files read and compiled (a second or two of CPU), ready to make engines over any registry. */
export interface PreparedEngine {
  data: EngineData;
  engineWith: ReturnType<typeof engineFactory>;
}

export function prepareEngine(dataDir: string = DEFAULT_DATA_DIR): PreparedEngine {
  const data = loadEngineData(dataDir);
  return { data, engineWith: engineFactory(data) };
}

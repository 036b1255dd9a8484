import type { EngineData } from "../../engine/data.ts";
import type { Operator } from "../../engine/types.ts";
import type { HistorySnapshot } from "../../referrals/history.ts";
import type { AdText } from "../chunk-checker.ts";
import type { ScanResult } from "../scan-result.ts";

/** What a worker builds its engine from (workerData). */
export interface WorkerInit {
  /** The worker's TypeScript entry, loaded by boot.mjs. */
  entry: string;
  data: EngineData;
  registry: readonly Operator[];
  history: HistorySnapshot;
}

/** A piece of a chunk to check; the registry's rows and the report counts come along when they changed since last sent. */
export interface CheckRequest {
  ads: readonly AdText[];
  registry?: readonly Operator[];
  history?: HistorySnapshot;
}

/** Answers come back in the order the requests were sent. */
export type CheckResponse = { results: ScanResult[] } | { error: string };

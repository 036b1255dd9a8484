import type { Logger } from "pino";
import type { Db } from "../db/client.ts";
import type { QueueWorker } from "../jobs/job-runner.ts";
import type { AdvertMemory } from "../memory/types.ts";
import { batchOfKey, pendingCallback, pendingItems, settleCallback, storeResults } from "./batch-repository.ts";
import { callbackBody, postCallback } from "./callback.ts";
import type { ChunkChecker } from "./chunk-checker.ts";
import { scanMany, type Sender } from "./scan-ad.ts";

export const SCAN_CHUNK_QUEUE = "scan-batch-chunk";
export const SCAN_CALLBACK_QUEUE = "scan-batch-callback";
/** Adverts per job: about a second of work, so a dead instance's share is small and quickly redone. */
export const CHUNK_SIZE = 500;

export interface ChunkJob {
  batchId: string;
  from: number;
  to: number;
  sender: Sender;
}

export interface BatchJobSettings {
  /** A chunk running longer counts as lost with its instance, and is redone elsewhere. */
  chunkTimeoutSeconds: number;
  /** Chunks one instance scans at once. */
  concurrency: number;
}

export interface BatchJobDeps {
  db: Db;
  /** Checks a chunk's adverts: on this thread, or on the engine pool's. */
  check: ChunkChecker;
  memory: AdvertMemory;
  /** Queues jobs (JobRunner.send). */
  send: (queue: string, data: readonly object[]) => Promise<void>;
  log: Pick<Logger, "info" | "warn">;
}

export function chunkJobs(batchId: string, total: number, sender: Sender): ChunkJob[] {
  const jobs: ChunkJob[] = [];
  for (let from = 0; from < total; from += CHUNK_SIZE) jobs.push({ batchId, from, to: Math.min(total, from + CHUNK_SIZE), sender });
  return jobs;
}

/**
 * Scans the chunk's adverts that have no result yet. A chunk redone after
 * its instance died finds only those, and the memory's idempotency key
 * keeps the ones remembered before the crash from being counted again.
 */
async function runChunk(deps: BatchJobDeps, job: ChunkJob): Promise<void> {
  const items = await pendingItems(deps.db, job.batchId, job.from, job.to);
  const outcomes = await scanMany(deps.check, deps.memory, items.map((item) => item.input), job.sender);
  const finished = await storeResults(deps.db, job.batchId, outcomes.map((result, i) => ({ idx: items[i]!.idx, result })));
  // A chunk redone because its instance died just after finishing the batch: the callback may not be queued yet.
  const redoneAfterFinish = items.length === 0 && (await pendingCallback(deps.db, job.batchId))?.status === "done";
  if (finished || redoneAfterFinish) await deps.send(SCAN_CALLBACK_QUEUE, [{ batchId: job.batchId, apiKeyId: job.sender.keyId }]);
}

/** Posts the finished batch's callback; at least once, so partners tell repeats apart by the batch id. */
async function runCallback(deps: BatchJobDeps, job: { batchId: string; apiKeyId: string }, lastAttempt: boolean): Promise<void> {
  const pending = await pendingCallback(deps.db, job.batchId);
  const batch = pending && (await batchOfKey(deps.db, job.batchId, job.apiKeyId));
  if (!pending || !batch) return;
  try {
    await postCallback(pending.url, pending.secret, callbackBody(batch));
  } catch (error) {
    if (!lastAttempt) throw error;
    deps.log.warn({ err: error, batch: job.batchId }, "batch callback given up");
    await settleCallback(deps.db, job.batchId, "failed");
    return;
  }
  await settleCallback(deps.db, job.batchId, "sent");
}

/** The queues that run batches, on every instance. */
export function batchWorkers(deps: BatchJobDeps, settings: BatchJobSettings): QueueWorker[] {
  return [
    {
      name: SCAN_CHUNK_QUEUE,
      concurrency: settings.concurrency,
      expireInSeconds: settings.chunkTimeoutSeconds,
      retry: { retryLimit: 5, retryDelay: 1, retryBackoff: true },
      pollingIntervalSeconds: 1,
      run: (data) => runChunk(deps, data as ChunkJob),
    },
    {
      name: SCAN_CALLBACK_QUEUE,
      concurrency: 1,
      expireInSeconds: 60,
      // Over about half an hour: a partner's endpoint may be down for a while.
      retry: { retryLimit: 6, retryDelay: 30, retryBackoff: true },
      pollingIntervalSeconds: 2,
      run: (data, lastAttempt) => runCallback(deps, data as { batchId: string; apiKeyId: string }, lastAttempt),
    },
  ];
}

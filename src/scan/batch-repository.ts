import { and, asc, eq, gt, gte, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { scanBatches, scanBatchItems, type ScanBatchRow } from "../db/schema/index.ts";
import type { AdInput } from "./scan-ad.ts";
import type { ScanError, ScanOutcome } from "./scan-result.ts";

/** An item as uploaded: an advert to scan, or already its error answer. */
export type BatchItem = { input: AdInput } | { result: ScanError };

export interface BatchProgress {
  id: string;
  status: "receiving" | "running" | "done";
  total: number;
  done: number;
  errors: number;
  createdAt: Date;
  finishedAt: Date | null;
  callback: "pending" | "sent" | "failed" | null;
}

function progress(row: ScanBatchRow): BatchProgress {
  return {
    id: row.id,
    status: row.status as BatchProgress["status"],
    total: row.total,
    done: row.done,
    errors: row.errors,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    callback: row.callbackState as BatchProgress["callback"],
  };
}

export async function createBatch(db: Db, apiKeyId: string, callback: { url: string; secret: string } | null): Promise<string> {
  const [row] = await db
    .insert(scanBatches)
    .values({ apiKeyId, ...(callback ? { callbackUrl: callback.url, callbackSecret: callback.secret, callbackState: "pending" } : {}) })
    .returning({ id: scanBatches.id });
  return row!.id;
}

/** Stores items from index `first` on; error items count as done at once. */
export async function addItems(db: Db, batchId: string, first: number, items: readonly BatchItem[]): Promise<void> {
  if (items.length === 0) return;
  await db.insert(scanBatchItems).values(items.map((item, i) => ({ batchId, idx: first + i, ...item })));
}

/**
 * The upload is complete and its chunks are queued: the batch learns its
 * size. Chunks may have finished already (another instance was quick), so
 * this may be what finishes the batch; answers whether it did.
 */
export async function startBatch(db: Db, batchId: string, total: number, errors: number): Promise<boolean> {
  const finished = await db
    .update(scanBatches)
    .set({
      total,
      done: sql`${scanBatches.done} + ${errors}`,
      errors: sql`${scanBatches.errors} + ${errors}`,
      status: sql`case when ${scanBatches.done} + ${errors} >= ${total} then 'done' else 'running' end`,
      finishedAt: sql`case when ${scanBatches.done} + ${errors} >= ${total} then now() end`,
    })
    .where(eq(scanBatches.id, batchId))
    .returning({ status: scanBatches.status });
  return finished[0]?.status === "done";
}

export async function deleteBatch(db: Db, batchId: string): Promise<void> {
  await db.delete(scanBatches).where(eq(scanBatches.id, batchId));
}

/** The batch if this key uploaded it; another key's batch is as absent as an unknown one. */
export async function batchOfKey(db: Db, batchId: string, apiKeyId: string): Promise<BatchProgress | null> {
  const [row] = await db
    .select()
    .from(scanBatches)
    .where(and(eq(scanBatches.id, batchId), eq(scanBatches.apiKeyId, apiKeyId)));
  return row ? progress(row) : null;
}

/** The adverts of [from, to) still without a result (all of them, unless a dead instance got part way). */
export async function pendingItems(db: Db, batchId: string, from: number, to: number): Promise<{ idx: number; input: AdInput }[]> {
  const rows = await db
    .select({ idx: scanBatchItems.idx, input: scanBatchItems.input })
    .from(scanBatchItems)
    .where(and(eq(scanBatchItems.batchId, batchId), gte(scanBatchItems.idx, from), lt(scanBatchItems.idx, to), isNull(scanBatchItems.result)))
    .orderBy(asc(scanBatchItems.idx));
  return rows as { idx: number; input: AdInput }[];
}

/**
 * Stores results and erases their adverts' text, counting in the same
 * transaction only the items that had none: a chunk stored twice (its
 * instance died after committing, before pg-boss heard) counts once.
 * Answers whether this call finished the batch.
 */
export async function storeResults(db: Db, batchId: string, results: readonly { idx: number; result: ScanOutcome }[]): Promise<boolean> {
  if (results.length === 0) return false;
  const rows = JSON.stringify(results.map((r) => ({ idx: r.idx, result: r.result, error: "error" in r.result })));
  // The chunk's range of the primary key: without it the planner, not knowing how many rows the JSON
  // holds, reads the whole batch for each chunk (35 ms instead of 3 for a chunk of a 20,000-advert batch).
  const from = results.reduce((n, r) => Math.min(n, r.idx), Infinity);
  const to = results.reduce((n, r) => Math.max(n, r.idx), -Infinity);
  return db.transaction(async (tx) => {
    const stored = (await tx.execute(sql`
      with v as (select * from jsonb_to_recordset(${rows}::jsonb) as v(idx int, result jsonb, error boolean)),
      updated as (
        update ${scanBatchItems} i set result = v.result, input = null from v
        where i.batch_id = ${batchId} and i.idx between ${from} and ${to} and i.idx = v.idx and i.result is null
        returning v.error
      )
      select count(*)::int as done, count(*) filter (where error)::int as errors from updated`)) as unknown as { rows: { done: number; errors: number }[] };
    const { done, errors } = stored.rows[0]!;
    if (done === 0) return false;
    const finished = await tx
      .update(scanBatches)
      .set({
        done: sql`${scanBatches.done} + ${done}`,
        errors: sql`${scanBatches.errors} + ${errors}`,
        // Until the upload is complete (status receiving) the total is not known.
        status: sql`case when ${scanBatches.status} = 'running' and ${scanBatches.done} + ${done} >= ${scanBatches.total} then 'done' else ${scanBatches.status} end`,
        finishedAt: sql`case when ${scanBatches.status} = 'running' and ${scanBatches.done} + ${done} >= ${scanBatches.total} then now() end`,
      })
      .where(eq(scanBatches.id, batchId))
      .returning({ status: scanBatches.status });
    return finished[0]?.status === "done";
  });
}

/** A page of results in upload order, after index `after`. */
export async function resultsPage(db: Db, batchId: string, after: number, limit: number): Promise<{ idx: number; result: ScanOutcome }[]> {
  const rows = await db
    .select({ idx: scanBatchItems.idx, result: scanBatchItems.result })
    .from(scanBatchItems)
    .where(and(eq(scanBatchItems.batchId, batchId), gt(scanBatchItems.idx, after), isNotNull(scanBatchItems.result)))
    .orderBy(asc(scanBatchItems.idx))
    .limit(limit);
  return rows as { idx: number; result: ScanOutcome }[];
}

/** What the callback needs, while it is still to be sent. */
export async function pendingCallback(db: Db, batchId: string): Promise<(BatchProgress & { url: string; secret: string }) | null> {
  const [row] = await db
    .select()
    .from(scanBatches)
    .where(and(eq(scanBatches.id, batchId), eq(scanBatches.callbackState, "pending")));
  return row?.callbackUrl && row.callbackSecret ? { ...progress(row), url: row.callbackUrl, secret: row.callbackSecret } : null;
}

/** The callback was delivered or given up on: its secret is no longer needed. */
export async function settleCallback(db: Db, batchId: string, state: "sent" | "failed"): Promise<void> {
  await db.update(scanBatches).set({ callbackState: state, callbackSecret: null }).where(eq(scanBatches.id, batchId));
}

/**
 * Forgets batches (results and all) `days` after they finished, and batches
 * that never finished (chunks that failed for good) after as long: their
 * adverts' text must not wait for ever. An upload cut off half way (never
 * answered, so nobody holds its id) goes after an hour.
 */
export async function pruneBatches(db: Db, days: number): Promise<number> {
  const gone = await db
    .delete(scanBatches)
    .where(
      sql`coalesce(${scanBatches.finishedAt}, ${scanBatches.createdAt}) < now() - make_interval(days => ${days})
          or (${scanBatches.status} = 'receiving' and ${scanBatches.createdAt} < now() - interval '1 hour')`,
    )
    .returning({ id: scanBatches.id });
  return gone.length;
}

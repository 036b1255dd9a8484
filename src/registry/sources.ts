import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream } from "node:stream/web";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { registrySources } from "../db/schema/index.ts";
import { importRegistryCsv, type ImportSummary } from "./import.ts";
import { isUrlSource } from "./source-address.ts";

export interface SourceLimits {
  /** A registry list larger than this is refused (a wrong URL can serve anything). */
  maxBytes: number;
  /** For the whole download of one list. */
  timeoutMs: number;
}

/** Official lists run to a few MB; the caps only stop a wrong or hostile address from filling the disk or hanging the job. */
export const DEFAULT_SOURCE_LIMITS: SourceLimits = { maxBytes: 200 * 1024 * 1024, timeoutMs: 5 * 60_000 };

export type SourceOutcome =
  | { source: string; status: "imported"; summary: Omit<ImportSummary, "file" | "errors"> & { errors: number } }
  | { source: string; status: "unchanged" }
  | { source: string; status: "failed"; error: string };

/** Counts and hashes what flows through, and stops the stream once it passes the cap. */
function digestAndCap(maxBytes: number, source: string) {
  const hash = createHash("sha256");
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(new Error(`${source} is larger than ${maxBytes} bytes`));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { stream, digest: () => hash.digest("hex") };
}

/** What the server said identifies its copy (ETag, Last-Modified). */
interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/**
 * A local copy of the list (URLs are downloaded into `dir`), its SHA-256 and
 * the server's validators; or "not modified" when the server says the copy
 * matching `known` is still current.
 */
async function fetchSource(
  source: string,
  dir: string,
  limits: SourceLimits,
  known: Validators | undefined,
): Promise<{ file: string; sha256: string; validators: Validators } | "not modified"> {
  const { stream, digest } = digestAndCap(limits.maxBytes, source);
  if (!isUrlSource(source)) {
    await pipeline(createReadStream(source), stream, async function* (chunks) {
      for await (const _ of chunks);
    });
    return { file: source, sha256: digest(), validators: { etag: null, lastModified: null } };
  }
  const conditional: Record<string, string> = {};
  if (known?.etag) conditional["if-none-match"] = known.etag;
  if (known?.lastModified) conditional["if-modified-since"] = known.lastModified;
  const refused = new AbortController();
  const response = await fetch(source, { headers: conditional, signal: AbortSignal.any([AbortSignal.timeout(limits.timeoutMs), refused.signal]), redirect: "follow" });
  if (response.status === 304 && known) {
    refused.abort();
    return "not modified";
  }
  const declared = Number(response.headers.get("content-length") ?? "0");
  const refusal = !response.ok || !response.body ? `answered HTTP ${response.status}` : declared > limits.maxBytes ? `is larger than ${limits.maxBytes} bytes` : undefined;
  if (refusal || !response.body) {
    // Aborted, not left unread: an unread body keeps its connection (and the server's) busy.
    refused.abort();
    throw new Error(`${source} ${refusal}`);
  }
  const file = join(dir, "registry.csv");
  await pipeline(Readable.fromWeb(response.body as ReadableStream), stream, createWriteStream(file));
  return { file, sha256: digest(), validators: { etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") } };
}

async function syncOne(db: Db, source: string, dir: string, limits: SourceLimits): Promise<SourceOutcome> {
  const now = new Date();
  const record = (values: Partial<typeof registrySources.$inferInsert>) =>
    db
      .insert(registrySources)
      .values({ source, checkedAt: now, ...values })
      .onConflictDoUpdate({ target: registrySources.source, set: { checkedAt: now, ...values } });
  try {
    const [known] = await db
      .select({ sha256: registrySources.sha256, etag: registrySources.etag, lastModified: registrySources.lastModified })
      .from(registrySources)
      .where(eq(registrySources.source, source));
    // Only a copy that was imported may be skipped: after a failed import the list must be fetched whole again.
    const fetched = await fetchSource(source, dir, limits, known?.sha256 ? known : undefined);
    if (fetched === "not modified") {
      await record({ lastError: null });
      return { source, status: "unchanged" };
    }
    const { file, sha256, validators } = fetched;
    if (known?.sha256 === sha256) {
      await record({ lastError: null, ...validators });
      return { source, status: "unchanged" };
    }
    const { rows, inserted, updated, unchanged, skipped, errors } = await importRegistryCsv(db, file);
    const counts = { rows, inserted, updated, unchanged, skipped };
    // Not one valid row: an empty answer, an error page or another file behind the address, not a registry. Kept undigested so the next run tries again.
    if (counts.rows === 0) throw new Error(`${source}: holds no rows`);
    if (counts.skipped === counts.rows) throw new Error(`${source}: none of its ${counts.rows} rows is a valid registry row (line ${errors[0]?.line}: ${errors[0]?.message})`);
    const summary = { ...counts, errors: errors.length };
    await record({ sha256, importedAt: now, lastSummary: summary, lastError: null, ...validators });
    return { source, status: "imported", summary };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await record({ lastError: message });
    return { source, status: "failed", error: message };
  }
}

/**
 * Imports each configured registry list (file path or http(s) URL) whose
 * content changed since its last import; unchanged lists are only marked as
 * checked. One failing source does not stop the others. An operator that
 * disappears from a list keeps its last known row: the official lists mark
 * cancellations and expiries by status, and a truncated download must not
 * erase licences.
 */
export async function syncRegistrySources(db: Db, sources: readonly string[], limits: SourceLimits = DEFAULT_SOURCE_LIMITS): Promise<SourceOutcome[]> {
  const dir = await mkdtemp(join(tmpdir(), "offercheck-registry-"));
  try {
    const outcomes: SourceOutcome[] = [];
    for (const source of sources) outcomes.push(await syncOne(db, source, dir, limits));
    return outcomes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

import type { Db } from "../db/client.ts";
import { addItems, type BatchItem } from "./batch-repository.ts";
import { parseAd, type Sender } from "./scan-ad.ts";

/** Items written per insert while an upload streams in. */
const INSERT_ROWS = 1000;

export class UploadTooLargeError extends Error {}

/** Splits a byte stream into lines without holding more than one line and a chunk. */
async function* lines(body: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let bytes = 0;
  let rest = "";
  for await (const chunk of body) {
    bytes += chunk.length;
    if (bytes > maxBytes) throw new UploadTooLargeError(`The upload is over ${maxBytes} bytes.`);
    const split = (rest + (typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }))).split("\n");
    rest = split.pop()!;
    yield* split;
  }
  rest += decoder.decode();
  if (rest !== "") yield rest;
}

/** One JSONL line: an advert to scan, or its error answer. */
function itemOf(line: string, lineNo: number, sender: Sender): BatchItem {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { result: { id: null, error: `line ${lineNo}: not JSON` } };
  }
  const ad = parseAd(raw, sender);
  return "error" in ad ? { result: ad } : { input: ad };
}

/**
 * Reads a JSONL upload into the batch's items, a thousand rows at a time,
 * so 100,000 adverts never sit in memory at once. Blank lines are skipped;
 * every other line is an item, bad ones included (they answer with their error).
 */
export async function receiveItems(db: Db, batchId: string, body: AsyncIterable<Buffer | string>, sender: Sender, limits: { maxAds: number; maxBytes: number }) {
  let total = 0;
  let errors = 0;
  let lineNo = 0;
  let pending: BatchItem[] = [];
  for await (const line of lines(body, limits.maxBytes)) {
    lineNo++;
    if (line.trim() === "") continue;
    if (total === limits.maxAds) throw new UploadTooLargeError(`A batch holds at most ${limits.maxAds} adverts.`);
    const item = itemOf(line, lineNo, sender);
    if ("result" in item) errors++;
    pending.push(item);
    total++;
    if (pending.length === INSERT_ROWS) {
      await addItems(db, batchId, total - pending.length, pending);
      pending = [];
    }
  }
  await addItems(db, batchId, total - pending.length, pending);
  return { total, errors };
}

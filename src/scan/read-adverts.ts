import { createReadStream, statSync, type ReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";

/** An advert as read from a file (validated later, like the API's), with how far into the file the reading got. */
export interface ReadAdvert {
  raw: unknown;
  /** Bytes of the file read so far, for a progress bar. */
  bytesRead: number;
  /** Why the line is no advert at all (not JSON). */
  problem?: string;
}

export class AdvertFileError extends Error {}

/** The file as a stream that counts the bytes handed on: close enough to the adverts done for a progress bar. */
function counted(path: string): { stream: ReadStream; bytes: () => number } {
  const stream = createReadStream(path);
  let read = 0;
  stream.on("data", (chunk) => (read += chunk.length));
  return { stream, bytes: () => read };
}

/** JSONL: one {"id","text"[,"country"]} per line; a line that is not JSON is answered with its problem. */
async function* jsonl(path: string): AsyncGenerator<ReadAdvert> {
  const { stream, bytes } = counted(path);
  let lineNo = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === "") continue;
    try {
      yield { raw: JSON.parse(line), bytesRead: bytes() };
    } catch {
      yield { raw: null, bytesRead: bytes(), problem: `line ${lineNo}: not JSON` };
    }
  }
}

/**
 * CSV with a header row: a `text` column (or `description` or `body`, as
 * platform exports name it), an optional `id` column (else the row number)
 * and an optional `country` column.
 */
async function* csv(path: string): AsyncGenerator<ReadAdvert> {
  const { stream, bytes } = counted(path);
  const parser = stream.pipe(parse({ columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), bom: true, relax_column_count: true, skip_empty_lines: true }));
  let row = 0;
  for await (const record of parser as AsyncIterable<Record<string, string | undefined>>) {
    row++;
    const text = record.text ?? record.description ?? record.body;
    if (text === undefined) throw new AdvertFileError("The CSV has no text column (text, description or body).");
    yield { raw: { id: record.id || row, text, ...(record.country ? { country: record.country } : {}) }, bytesRead: bytes() };
  }
}

/** The adverts of a .jsonl/.ndjson or .csv file, streamed, with the file's size for progress. */
export function readAdverts(path: string): { size: number; adverts: AsyncGenerator<ReadAdvert> } {
  const lower = path.toLowerCase();
  if (!lower.endsWith(".csv") && !lower.endsWith(".jsonl") && !lower.endsWith(".ndjson")) throw new AdvertFileError("The file must end in .jsonl, .ndjson or .csv.");
  const size = statSync(path).size;
  return { size, adverts: lower.endsWith(".csv") ? csv(path) : jsonl(path) };
}

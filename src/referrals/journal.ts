import { mkdir, open, readFile, rename } from "node:fs/promises";
import { dirname } from "node:path";
import type { NewReport } from "./types.ts";

/**
 * A local, append-only file of what is on its way to the database (reports;
 * the watcher's risky posts): one JSON line each, fsync'd before the filing starts (so a crash mid-filing
 * loses nothing), settled once the database has it, replayed while it does not. Each line carries its idempotency key, so a
 * replay that is interrupted and run again files nothing twice.
 */
/** Failed filings in a row after which a replay stops trying: the database is not back yet. */
const FAILURES_IN_A_ROW = 3;

export class Journal<T extends { idempotencyKey: string }> {
  readonly #file: string;
  #writing: Promise<unknown> = Promise.resolve();
  #replaying: Promise<{ filed: number; remaining: number }> | undefined;

  constructor(file: string) {
    this.#file = file;
  }

  /** Appends and fsyncs; resolves only when the line is on disk. */
  append(report: T): Promise<void> {
    return this.#locked(async () => {
      await mkdir(dirname(this.#file), { recursive: true });
      const handle = await open(this.#file, "a");
      try {
        // The leading newline ends a line torn by a crash mid-write, which would otherwise swallow this one.
        await handle.appendFile(`\n${JSON.stringify(report)}\n`, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
  }

  /**
   * Drops a report the database now holds. Appended before the filing, the
   * line covers a crash between the two; settled after, the journal keeps
   * only what may not have reached the database.
   */
  settle(idempotencyKey: string): Promise<void> {
    return this.#locked(async () => {
      const bytes = await this.#read();
      if (bytes.byteLength === 0) return;
      const kept = parse<T>(bytes).filter((r) => r.idempotencyKey !== idempotencyKey);
      await this.#rewrite(Buffer.from(kept.map((r) => `${JSON.stringify(r)}\n`).join(""), "utf8"));
    });
  }

  async pending(): Promise<T[]> {
    return parse<T>(await this.#read());
  }

  /**
   * Files every pending report through `file` and keeps the ones that still
   * fail. The filing runs outside the lock, so new reports are journaled (and
   * their reporters answered) without waiting for it; the rewrite keeps what
   * was appended meanwhile. After FAILURES_IN_A_ROW failures the rest waits
   * for the next replay: the database is still away, and each try could take
   * a connection timeout. A replay asked for while one runs joins it.
   */
  replay(file: (report: T) => Promise<unknown>): Promise<{ filed: number; remaining: number }> {
    this.#replaying ??= this.#replayOnce(file).finally(() => {
      this.#replaying = undefined;
    });
    return this.#replaying;
  }

  async #replayOnce(file: (report: T) => Promise<unknown>): Promise<{ filed: number; remaining: number }> {
    const snapshot = await this.#locked(() => this.#read());
    const pending = parse<T>(snapshot);
    if (pending.length === 0) return { filed: 0, remaining: 0 };
    const remaining: T[] = [];
    let failuresInARow = 0;
    for (const report of pending) {
      if (failuresInARow >= FAILURES_IN_A_ROW) {
        remaining.push(report);
        continue;
      }
      try {
        await file(report);
        failuresInARow = 0;
      } catch {
        remaining.push(report);
        failuresInARow++;
      }
    }
    // What the file holds now, less what this replay filed: a settle that shortened the file meanwhile, or lines
    // appended meanwhile, are kept as they are (cutting the file at the snapshot's length lost lines after a settle).
    const filed = new Set(pending.filter((r) => !remaining.includes(r)).map((r) => r.idempotencyKey));
    await this.#locked(async () => {
      const kept = parse<T>(await this.#read()).filter((r) => !filed.has(r.idempotencyKey));
      await this.#rewrite(Buffer.from(kept.map((r) => `${JSON.stringify(r)}\n`).join(""), "utf8"));
    });
    return { filed: pending.length - remaining.length, remaining: remaining.length };
  }

  /** Replaces the file's content, synced, in one rename: a crash leaves the old or the new file, never half. */
  async #rewrite(content: Buffer): Promise<void> {
    const tmp = `${this.#file}.tmp`;
    const handle = await open(tmp, "w");
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, this.#file);
  }

  /** Appends and rewrites one at a time. */
  #locked<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#writing.then(work);
    this.#writing = run.catch(() => {});
    return run;
  }

  async #read(): Promise<Buffer> {
    try {
      return await readFile(this.#file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return Buffer.alloc(0);
      throw error;
    }
  }
}

/** The reports' journal (REPORT_JOURNAL). */
export class ReportJournal extends Journal<NewReport> {}

function parse<T>(bytes: Buffer): T[] {
  return bytes
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as T];
      } catch {
        // A line torn by a crash mid-write: the reporter was never told "filed" for it.
        return [];
      }
    });
}

import { mkdir, open, readFile, rename } from "node:fs/promises";
import { dirname } from "node:path";
import type { NewReport } from "./types.ts";

/**
 * A local, append-only file of reports that could not reach the database:
 * one JSON line each, fsync'd before the reporter is told "filed", replayed
 * when the database is back. Each line carries its idempotency key, so a
 * replay that is interrupted and run again files nothing twice.
 */
export class ReportJournal {
  readonly #file: string;
  #writing: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    this.#file = file;
  }

  /** Appends and fsyncs; resolves only when the line is on disk. */
  append(report: NewReport): Promise<void> {
    const write = this.#writing.then(async () => {
      await mkdir(dirname(this.#file), { recursive: true });
      const handle = await open(this.#file, "a");
      try {
        await handle.appendFile(`${JSON.stringify(report)}\n`, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
    this.#writing = write.catch(() => {});
    return write;
  }

  async pending(): Promise<NewReport[]> {
    let text: string;
    try {
      text = await readFile(this.#file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    return text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as NewReport];
        } catch {
          // A torn last line from a crash mid-write: the reporter was never told "filed" for it.
          return [];
        }
      });
  }

  /**
   * Files every pending report through `file`; keeps the ones that still fail.
   * Runs under the same lock as append, so no line is lost between read and rewrite.
   */
  replay(file: (report: NewReport) => Promise<unknown>): Promise<{ filed: number; remaining: number }> {
    const run = this.#writing.then(async () => {
      const pending = await this.pending();
      if (pending.length === 0) return { filed: 0, remaining: 0 };
      const remaining: NewReport[] = [];
      for (const report of pending) {
        try {
          await file(report);
        } catch {
          remaining.push(report);
        }
      }
      const tmp = `${this.#file}.tmp`;
      const handle = await open(tmp, "w");
      try {
        await handle.writeFile(remaining.map((r) => `${JSON.stringify(r)}\n`).join(""), "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, this.#file);
      return { filed: pending.length - remaining.length, remaining: remaining.length };
    });
    this.#writing = run.catch(() => {});
    return run;
  }
}

import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { DatabaseInUseError, lockPathFor, takePgliteLock } from "../../src/db/pglite-lock.ts";

function freshDir(): string {
  return join(mkdtempSync(join(tmpdir(), "offercheck-lock-")), "pglite");
}

/** Processes started together, each trying to take the lock; resolves with what each said once all have. */
async function race(dir: string, n: number): Promise<string[]> {
  const holder = join(import.meta.dirname, "..", "helpers", "lock-holder.ts");
  const children = Array.from({ length: n }, () => spawn(process.execPath, ["--import", "tsx", holder, dir], { stdio: ["ignore", "pipe", "inherit"] }));
  try {
    return await Promise.all(children.map((c) => new Promise<string>((resolve) => c.stdout.once("data", (d: Buffer) => resolve(d.toString().trim())))));
  } finally {
    for (const c of children) c.kill("SIGKILL");
  }
}

/** A pid that surely belongs to no process any more: one that has just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

describe("the embedded database's lock file", () => {
  it("is taken beside the directory with our pid, and removed on release", () => {
    const dir = freshDir();
    const lock = takePgliteLock(dir);
    expect(readFileSync(lockPathFor(dir), "utf8").trim()).toBe(String(process.pid));
    expect(lockPathFor(dir)).toBe(`${dir}.lock`);
    lock.release();
    expect(existsSync(lockPathFor(dir))).toBe(false);
  });

  it("refuses while a live process holds it, naming that process and what to do", () => {
    const dir = freshDir();
    takePgliteLock(dir).release();
    writeFileSync(lockPathFor(dir), `${process.ppid}\n`);
    expect(() => takePgliteLock(dir)).toThrow(DatabaseInUseError);
    expect(() => takePgliteLock(dir)).toThrow(new RegExp(`in use by offercheck \\(pid ${process.ppid}\\)\\. Stop it first, or run the app against Postgres with DATABASE_URL`));
    expect(readFileSync(lockPathFor(dir), "utf8").trim()).toBe(String(process.ppid));
  });

  it("takes over the lock of a process that died, or an unreadable one", () => {
    for (const content of [`${deadPid()}\n`, "", "not a pid"]) {
      const dir = freshDir();
      takePgliteLock(dir).release();
      writeFileSync(lockPathFor(dir), content);
      const lock = takePgliteLock(dir);
      expect(readFileSync(lockPathFor(dir), "utf8").trim()).toBe(String(process.pid));
      lock.release();
    }
  });

  it("goes to exactly one of several processes starting at once, with or without a stale lock in the way", async () => {
    for (const stale of [false, true]) {
      const dir = freshDir();
      takePgliteLock(dir).release();
      if (stale) writeFileSync(lockPathFor(dir), `${deadPid()}\n`);
      const said = await race(dir, 5);
      expect(said.filter((s) => s === "got"), said.join()).toHaveLength(1);
      expect(said.filter((s) => s === "refused")).toHaveLength(4);
    }
  }, 60_000);

  it("is held while PGlite has the directory open and freed when it closes", async () => {
    const dir = freshDir();
    const database = await openDatabase({ pgliteDir: dir });
    try {
      expect(readFileSync(lockPathFor(dir), "utf8").trim()).toBe(String(process.pid));
    } finally {
      await database.close();
    }
    expect(existsSync(lockPathFor(dir))).toBe(false);
    // A fresh data directory runs initdb first: seconds alone, longer on a loaded machine.
  }, 60_000);
});

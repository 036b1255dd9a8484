import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";

/**
 * PGlite is Postgres inside this process: two processes on one data
 * directory each keep their own buffers, so the second one's writes are
 * invisible to the first and can corrupt the files. A lock file beside the
 * directory (`.data/pglite.lock`, holding the pid) keeps it to one process.
 */
export class DatabaseInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number | null,
    readonly lockPath: string,
  ) {
    super(
      `The embedded database in ${shown(dir)} is in use by offercheck${pid ? ` (pid ${pid})` : ""}. ` +
        "Stop it first, or run the app against Postgres with DATABASE_URL to use the CLI while it runs. " +
        `(If no offercheck is running, delete ${shown(lockPath)}.)`,
    );
  }
}

export interface PgliteLock {
  release(): void;
}

/** Paths under the working directory as the user typed them (".data/pglite"), others in full. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

export function lockPathFor(dir: string): string {
  // Beside the directory, not in it: Postgres owns what is inside its data directory.
  return join(dirname(dir), `${basename(dir)}.lock`);
}

function holderOf(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Creates the lock file only if there is none. A hard link is an atomic
 * create-or-fail like open(…, "wx"), and the file appears with the pid
 * already in it: an empty lock seen between create and write would pass
 * for a stale one.
 */
function create(lockPath: string): boolean {
  const draft = `${lockPath}.${process.pid}.new`;
  writeFileSync(draft, `${process.pid}\n`);
  try {
    linkSync(draft, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

/**
 * Moves a dead process's lock out of the way. Renaming is atomic, so of two
 * processes taking over at once one gets the stale file; the other may have
 * moved the winner's fresh lock instead, and puts it back. Only a third
 * process starting in the two system calls between could still slip in.
 */
function removeStale(lockPath: string, stalePid: number | null): void {
  const aside = `${lockPath}.${process.pid}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = holderOf(aside);
  if (moved !== stalePid && moved !== null && isAlive(moved)) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // Someone else created a lock meanwhile: theirs stands, and our next create() fails.
    }
  }
  unlinkSync(aside);
}

/**
 * Takes the lock for `dir` or throws DatabaseInUseError, before anything in
 * the directory is opened. A lock left by a process that died (kill -9, a
 * crash, a container restart that reused our own pid) is taken over. Our
 * own pid is read as such a restart: a process opens its database once.
 */
export function takePgliteLock(dir: string): PgliteLock {
  const lockPath = lockPathFor(dir);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (create(lockPath)) return heldLock(lockPath);
    const holder = holderOf(lockPath);
    if (holder !== null && holder !== process.pid && isAlive(holder)) throw new DatabaseInUseError(dir, holder, lockPath);
    removeStale(lockPath, holder);
  }
  throw new DatabaseInUseError(dir, holderOf(lockPath), lockPath);
}

function heldLock(lockPath: string): PgliteLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off("exit", release);
    // Only our own: never a lock another process took over after ours was judged stale.
    if (holderOf(lockPath) === process.pid) unlinkSync(lockPath);
  };
  // A process that exits without closing the database (process.exit in the CLI) still frees it.
  process.on("exit", release);
  return { release };
}

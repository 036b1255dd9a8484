import { DatabaseInUseError, takePgliteLock } from "../../src/db/pglite-lock.ts";

/**
 * Run as a process of its own (`node --import tsx lock-holder.ts <dir>`):
 * says "got" and holds the embedded database's lock until killed, or says
 * "refused" (or the error it met). For the tests that race processes for one lock.
 */
try {
  takePgliteLock(process.argv[2]!);
  process.stdout.write("got\n");
  setInterval(() => {}, 60_000);
} catch (error) {
  process.stdout.write(error instanceof DatabaseInUseError ? "refused\n" : `${String(error)}\n`);
}

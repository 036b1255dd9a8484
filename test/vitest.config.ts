import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { LongSuitesFirst } from "./long-suites-first.ts";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["test/**/*.test.ts"],
    // Database suites create their own databases; two workers fit this 2-core machine.
    pool: "forks",
    maxWorkers: 2,
    // The test files of a worker share its process: a new process per file (about 150 of them) re-imported the
    // app and rebuilt the engine each time, a fifth of the suite's time. No test mocks modules, fakes timers or
    // stubs globals, and every suite makes its own database, so nothing a file leaves behind reaches the next.
    isolate: false,
    sequence: { sequencer: LongSuitesFirst },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});

import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";
import { LongSuitesFirst } from "./long-suites-first.ts";

/**
 * Suites of pure code (the engine, its data, the locales, the evaluation): no server, no database, no process.
 * Each project's files share a worker's process instead of getting a new one each, which re-imported the code
 * and rebuilt the engine in every file (test/helpers/engine.ts keeps one compiled per process): with a process
 * per file, the hundred suites that start the app spent about a fifth of a CI run starting.
 */
const PURE = ["test/engine/**/*.test.ts", "test/data/**/*.test.ts", "test/i18n/**/*.test.ts", "test/eval/**/*.test.ts"];

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    // Database suites create their own databases; two workers fit this 2-core machine.
    pool: "forks",
    maxWorkers: 2,
    sequence: { sequencer: LongSuitesFirst },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "pure", include: PURE, isolate: false } },
      {
        extends: true,
        test: { name: "app", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...PURE], globalSetup: ["test/setup/pglite-snapshot.ts"], isolate: false },
      },
    ],
  },
});

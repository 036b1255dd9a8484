import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The suites that take longest, longest first (20-60 s each on a 2-core machine: a burst of reports through a real
 * bot while its Postgres stops, the app's first run, a 10,000-advert batch whose instance is killed, the command
 * line run as processes). A fresh clone has no timings of vitest's own, and vitest then starts the largest files
 * first, which left two of these running side by side at the end on a loaded machine: the run took 810 s there
 * against 714 s in a checkout with timings.
 */
const LONG_SUITES = [
  "test/reliability/postgres-outage.test.ts",
  "test/app/first-run.test.ts",
  "test/jobs/job-runner.test.ts",
  "test/scan/batch-kill.test.ts",
  "test/cli/scan.test.ts",
  "test/cli/user.test.ts",
  "test/channels/web/simulator.browser.test.ts",
  "test/eval/holdout.test.ts",
  "test/cli/cli.test.ts",
  "test/app/main.test.ts",
  "test/engine/expression-dispatch.test.ts",
  "test/reliability/forward-restart.test.ts",
  "test/cli/apikey.test.ts",
  "test/ocr/reader.test.ts",
  "test/memory/remember-many.test.ts",
];

export class LongSuitesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = LONG_SUITES.indexOf(relative(this.ctx.config.root, file.moduleId));
      return at < 0 ? LONG_SUITES.length : at;
    };
    return sorted.map((file, at) => ({ file, at })).sort((a, b) => rank(a.file) - rank(b.file) || a.at - b.at).map(({ file }) => file);
  }
}

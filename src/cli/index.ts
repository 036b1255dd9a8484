import { loadConfig } from "../config.ts";
import { APIKEY_USAGE, runApiKey } from "./apikey.ts";
import { runCheck } from "./check.ts";
import { runRegistry } from "./registry.ts";
import { SCAN_USAGE, runScan } from "./scan.ts";
import { USER_USAGE, runUser } from "./user.ts";

const USAGE = `offercheck command line

  check "<ad text>" [--lang <code>] [--registry-db]   check one ad, print a localized verdict
  check --jsonl [--registry-db]                       read {"id","text"} lines on stdin, write one verdict line each
  registry import <file.csv> [...more.csv]           upsert registry rows into the database
  registry lookup <licence | name | phone>            look a recruiter up in the database
${USER_USAGE}
${APIKEY_USAGE}
${SCAN_USAGE}

The database is DATABASE_URL, or the embedded PGlite in PGLITE_DIR (.data/pglite),
which one process opens at a time: stop npm start before a command that needs it.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case "check":
      return runCheck(rest, config);
    case "registry":
      return runRegistry(rest, config);
    case "user":
      return runUser(rest, config);
    case "apikey":
      return runApiKey(rest, config);
    case "scan":
      return runScan(rest, config);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

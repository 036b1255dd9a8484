import { loadConfig, type Config } from "../config.ts";

type Run = (args: string[], config: Config) => Promise<number>;

/** Each command's module is loaded only when it runs: a run of one command (a test spawns hundreds) does not load the engine, the job queue and the database of the others. */
const COMMANDS: Record<string, () => Promise<Run>> = {
  check: async () => (await import("./check.ts")).runCheck,
  registry: async () => (await import("./registry.ts")).runRegistry,
  user: async () => (await import("./user.ts")).runUser,
  apikey: async () => (await import("./apikey.ts")).runApiKey,
  scan: async () => (await import("./scan.ts")).runScan,
};

async function usage(): Promise<string> {
  const [{ USER_USAGE }, { APIKEY_USAGE }, { SCAN_USAGE }] = await Promise.all([import("./user.ts"), import("./apikey.ts"), import("./scan.ts")]);
  return `offercheck command line

  check "<ad text>" [--lang <code>] [--registry-db]   check one ad, print a localized verdict
  check --jsonl [--registry-db]                       read {"id","text"} lines on stdin, write one verdict line each
  registry import <file.csv> [...more.csv]           upsert registry rows into the database
  registry lookup <licence | name | phone>            look a recruiter up in the database
${USER_USAGE}
${APIKEY_USAGE}
${SCAN_USAGE}

The database is DATABASE_URL, or the embedded PGlite in PGLITE_DIR (.data/pglite),
which one process opens at a time: stop npm start before a command that needs it.`;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  const load = command === undefined ? undefined : COMMANDS[command];
  if (load) return (await load())(rest, config);
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    process.stdout.write(`${await usage()}\n`);
    return command === undefined ? 1 : 0;
  }
  process.stderr.write(`Unknown command "${command}".\n\n${await usage()}\n`);
  return 1;
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

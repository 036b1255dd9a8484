import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIRST_ADMIN_COMMAND } from "../../src/app/startup-banner.ts";
import { lockPathFor } from "../../src/db/pglite-lock.ts";
import { runCli } from "../helpers/cli.ts";
import { spawnMain, type MainProcess } from "../helpers/main-process.ts";
import { createTestDatabase } from "../helpers/postgres.ts";

/**
 * `npm start` on a new database, and the command line beside it: refused
 * on the embedded database (one process at a time), working alongside the
 * app on Postgres.
 */

const PASSWORD = "monsoon-ledger-42-kite";
const DASHBOARD = /Caseworker dashboard: +(http:\/\/127\.0\.0\.1:\d+)\/dashboard\//;
const processes: MainProcess[] = [];
afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop("SIGKILL")));
});

function start(env: Record<string, string>): MainProcess {
  const p = spawnMain({ REPORTER_HMAC_KEY: "first-run-test-key-".padEnd(40, "x"), ...env });
  processes.push(p);
  return p;
}

async function login(origin: string, email: string): Promise<number> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  return response.status;
}

describe("first run on the embedded database", () => {
  const dir = mkdtempSync(join(tmpdir(), "offercheck-first-run-"));
  const env = { PGLITE_DIR: join(dir, "pglite"), REPORT_JOURNAL: join(dir, "journal.ndjson") };
  const cli = (args: string[]) => runCli(args, { env: { ...env, DATABASE_URL: undefined, OFFERCHECK_PASSWORD: PASSWORD } });

  it("prints the addresses and the first-admin command; the CLI is refused while the app runs, works once it stops", async () => {
    const app = start(env);
    const [, origin] = await app.waitForStderr(DASHBOARD, 120_000);
    expect(app.stderr()).toContain(`Chat simulator:        ${origin}/\n`);
    expect(app.stderr()).toContain(FIRST_ADMIN_COMMAND);
    expect(app.stderr()).toMatch(/stop offercheck \(Ctrl-C\) first/);
    // stdout is not a terminal here: the log stays JSON, one object per line.
    expect(app.stdoutLines().length).toBeGreaterThan(0);
    for (const line of app.stdoutLines()) expect(JSON.parse(line)).toMatchObject({ level: expect.any(Number), time: expect.any(Number) });

    const refused = await cli(["user", "add", "--email", "lead@ngo.example", "--role", "admin"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain(`The embedded database in ${env.PGLITE_DIR} is in use by offercheck (pid ${app.child.pid}). Stop it first, or run the app against Postgres with DATABASE_URL`);

    expect(await app.stop()).toBe(0);
    expect(existsSync(lockPathFor(env.PGLITE_DIR))).toBe(false);
    // The refused command changed nothing.
    expect((await cli(["user", "list"])).stdout).toMatch(/^No accounts yet/);
    expect(await cli(["user", "add", "--email", "lead@ngo.example", "--role", "admin"])).toMatchObject({ code: 0, stdout: "Created admin lead@ngo.example.\n" });

    const again = start(env);
    const [, next] = await again.waitForStderr(DASHBOARD, 120_000);
    expect(again.stderr()).not.toContain(FIRST_ADMIN_COMMAND);
    expect(await login(next!, "lead@ngo.example")).toBe(200);

    // A process killed outright leaves its lock behind; the next one takes it over.
    await again.stop("SIGKILL");
    expect(existsSync(lockPathFor(env.PGLITE_DIR))).toBe(true);
    expect(await cli(["user", "list"])).toMatchObject({ code: 0, stdout: expect.stringContaining("lead@ngo.example\tadmin") });
  }, 300_000);
});

describe("the command line alongside the app on Postgres", () => {
  let database: { url: string; drop: () => Promise<void> } | undefined;
  afterAll(() => database?.drop());

  it("adds a user while the app runs, and that user logs in at once", async () => {
    database = await createTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), "offercheck-first-run-pg-"));
    const app = start({ DATABASE_URL: database.url, REPORT_JOURNAL: join(dir, "journal.ndjson"), PGLITE_DIR: join(dir, "unused") });
    const [, origin] = await app.waitForStderr(DASHBOARD, 120_000);
    expect(app.stderr()).toContain(FIRST_ADMIN_COMMAND);
    expect(app.stderr()).toMatch(/another terminal with the same DATABASE_URL/);

    expect(await login(origin!, "amina@ngo.example")).toBe(401);
    const added = await runCli(["user", "add", "--email", "amina@ngo.example", "--role", "caseworker", "--countries", "PK"], {
      env: { DATABASE_URL: database.url, OFFERCHECK_PASSWORD: PASSWORD },
    });
    expect(added).toMatchObject({ code: 0, stdout: "Created caseworker amina@ngo.example (PK).\n" });
    expect(await login(origin!, "amina@ngo.example")).toBe(200);
  }, 180_000);
});

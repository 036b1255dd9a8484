import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Envelope, IncomingMessage } from "../../src/conversation/types.ts";
import { testServices, type TestServices } from "../helpers/app.ts";
import { captureLog, type CapturedLog } from "../helpers/log-capture.ts";
import { ADMIN_URL } from "../helpers/postgres.ts";

/**
 * Issue 14, finding 1: report flows through the real dialogue while the
 * database connections are cut every few hundred milliseconds, logged at
 * trace level; then every line is searched for what people sent.
 */

const FLOWS = 60;
const REPORTER = { names: ["Zarina Qodirova"], usernames: ["ZarinaQ"] };

let services: TestServices;
let log: CapturedLog;
let update = 0;

beforeAll(async () => {
  log = captureLog();
  services = await testServices("postgres", {}, log.logger("trace"));
});
// A query in flight on a connection the server cut is only given up at the pool's query timeout (20 s).
afterAll(() => services?.close(), 120_000);

/** Cuts every connection to the test database until stopped. */
function cutConnections(database: string, everyMs: number) {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  let stopped = false;
  const done = (async () => {
    await admin.connect();
    while (!stopped) {
      await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [database]);
      await new Promise((r) => setTimeout(r, everyMs));
    }
    await admin.end();
  })();
  return async () => {
    stopped = true;
    await done;
  };
}

describe("what the log keeps when the database fails mid-flow", () => {
  it("holds no advert text, typed answer, reporter name or session id, at trace level", async () => {
    const secrets: string[] = [...REPORTER.names, ...REPORTER.usernames];
    const flows = Array.from({ length: FLOWS }, (_, i) => {
      const session = `sim-${randomBytes(8).toString("hex")}`;
      const marker = `Qx${randomBytes(4).toString("hex")}`;
      const ad = `URGENT Dubai drivers ${marker}, 100% visa guarantee, advance fee 50,000 via EasyPaisa, WhatsApp only 0300-0000${String(100 + i)}`;
      const where = `group of ${marker} neighbours`;
      secrets.push(session, marker);
      return { session, ad, where };
    });
    const say = (sender: string, message: IncomingMessage) => {
      const envelope: Envelope = { channel: "web", senderId: sender, updateId: String(++update), message, reporter: REPORTER };
      return services.dialogue.handle(envelope).catch(() => []);
    };
    const stop = cutConnections(new URL(services.config.databaseUrl!).pathname.slice(1), 150);
    try {
      await Promise.all(
        flows.map(async ({ session, ad, where }) => {
          await say(session, { kind: "text", text: ad });
          await say(session, { kind: "button", data: "report" });
          await say(session, { kind: "button", data: "consent:yes" });
          await say(session, { kind: "text", text: where });
          await say(session, { kind: "button", data: "paid:yes" });
          await say(session, { kind: "text", text: "50000 rupees" });
        }),
      );
    } finally {
      await stop();
    }
    // The test is only worth something if the database really failed under the flows.
    const failures = log.entries().filter((e) => e.level >= 40);
    expect(failures.length).toBeGreaterThan(0);
    for (const line of log.lines) for (const secret of secrets) expect(line.includes(secret), `log line holds "${secret}": ${line.slice(0, 300)}`).toBe(false);
  }, 120_000);
});

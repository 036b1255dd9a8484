import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.ts";
import { createApiKey } from "../../src/partners/api-keys.ts";
import { spawnMain, type MainProcess } from "../helpers/main-process.ts";
import { corpusTexts } from "../helpers/partner-api.ts";
import { createTestDatabase } from "../helpers/postgres.ts";
import { until } from "../helpers/until.ts";

const ADS = 10_000;
let created: { url: string; drop: () => Promise<void> };
let database: Database;
const processes: MainProcess[] = [];

beforeAll(async () => {
  created = await createTestDatabase();
});
afterAll(async () => {
  for (const p of processes) p.child.kill("SIGKILL");
  await database?.close();
  await created.drop();
});

/** An instance of `npm start` on the shared database; resolves with its base URL once it listens. */
async function instance(): Promise<{ process: MainProcess; url: string }> {
  const dir = mkdtempSync(join(tmpdir(), "offercheck-batch-"));
  const p = spawnMain({
    DATABASE_URL: created.url,
    REPORTER_HMAC_KEY: "batch-kill-key-".padEnd(40, "x"),
    REPORT_JOURNAL: join(dir, "journal.ndjson"),
    PGLITE_DIR: join(dir, "pglite"),
    // A dead instance's chunk is taken over within seconds rather than minutes.
    SCAN_CHUNK_TIMEOUT_SECONDS: "10",
    JOB_MAINTENANCE_SECONDS: "2",
  });
  processes.push(p);
  await p.waitForLog("Server listening at", 120_000);
  const line = p.stdoutLines().find((l) => l.includes("Server listening at"))!;
  return { process: p, url: /(http:\/\/127\.0\.0\.1:\d+)/.exec(line)![1]! };
}

/** As a partner's client does: an instance busy starting up answers 503 with Retry-After, and is asked again. */
async function patiently(url: string, init: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, init);
    if (response.status !== 503 || attempt === 20) return response;
    await new Promise((r) => setTimeout(r, Number(response.headers.get("retry-after") ?? 1) * 1000));
  }
}

async function progress(base: string, auth: Record<string, string>, id: string) {
  return (await (await fetch(`${base}/api/v1/scan/batches/${id}`, { headers: auth })).json()) as { status: string; done: number; total: number };
}

it("finishes a 10,000-advert batch whose instance is killed half way, counting every advert once", async () => {
  const first = await instance();
  database = await openDatabase({ url: created.url });
  const { key } = await createApiKey(database.db, { name: "olx", countries: ["KZ"], ratePerMinute: 10_000 });
  const auth = { authorization: `Bearer ${key}` };
  const texts = corpusTexts();
  const body = Array.from({ length: ADS }, (_, i) => JSON.stringify({ id: `ad-${i}`, text: `${texts[i % texts.length]}\nref ${i}` })).join("\n");
  const uploaded = await patiently(`${first.url}/api/v1/scan/batches`, { method: "POST", headers: { ...auth, "content-type": "application/x-ndjson" }, body });
  // On a failure, the instance's error lines say why (CI keeps no other trace of them).
  expect(uploaded.status, first.process.stdoutLines().filter((l) => l.includes('"level":50')).join("\n")).toBe(202);
  const { id } = (await uploaded.json()) as { id: string };

  await until(async () => (await progress(first.url, auth, id)).done > 0, 300_000, 50);
  first.process.child.kill("SIGKILL");
  await first.process.stop();
  const doneAtKill = (await database.db.execute(sql`select done from scan_batches where id = ${id}`)) as unknown as { rows: { done: number }[] };
  expect(doneAtKill.rows[0]!.done).toBeLessThan(ADS);

  const second = await instance();
  await until(async () => (await progress(second.url, auth, id)).status === "done", 600_000, 500);
  expect(await progress(second.url, auth, id)).toMatchObject({ total: ADS, done: ADS });

  const lines = (await (await patiently(`${second.url}/api/v1/scan/batches/${id}/results`, { headers: auth })).text()).trimEnd().split("\n");
  expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(Array.from({ length: ADS }, (_, i) => `ad-${i}`));
  const counted = (await database.db.execute(sql`
    select (select sum(sightings)::int from advert_clusters) as sightings,
           (select count(*)::int from advert_sighting_keys) as keys,
           (select count(*)::int from scan_batch_items where batch_id = ${id} and input is not null) as texts_left`)) as unknown as {
    rows: { sightings: number; keys: number; texts_left: number }[];
  };
  expect(counted.rows[0]).toEqual({ sightings: ADS, keys: ADS, texts_left: 0 });
}, 900_000);

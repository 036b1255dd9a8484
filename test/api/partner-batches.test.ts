import { createHmac } from "node:crypto";
import Fastify from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import { batchProgressResponse } from "../../src/api/schemas/partner.ts";
import { JobQueueNotStarted } from "../../src/jobs/job-runner.ts";
import { addItems, createBatch, startBatch } from "../../src/scan/batch-repository.ts";
import { callbackProblem } from "../../src/scan/callback.ts";
import { listenOnLoopback } from "../helpers/listen.ts";
import { corpusTexts, partnerTestApp, type PartnerTestApp } from "../helpers/partner-api.ts";
import { dumpAllTables } from "../helpers/scan-tables.ts";
import { until } from "../helpers/until.ts";

let t: PartnerTestApp;
const received: { headers: Record<string, unknown>; body: string }[] = [];
const receiver = Fastify();
let receiverUrl: string;

beforeAll(async () => {
  t = await partnerTestApp();
  receiver.addContentTypeParser("application/json", { parseAs: "string" }, (_r, body, done) => done(null, body));
  receiver.post("/done", async (request) => {
    received.push({ headers: request.headers, body: request.body as string });
    return { ok: true };
  });
  receiverUrl = await listenOnLoopback(receiver);
}, 60_000);
afterAll(async () => {
  await receiver.close();
  await t.close();
});

const JSONL = { "content-type": "application/x-ndjson" };

function upload(auth: Record<string, string>, body: string, query = "") {
  return t.app.inject({ method: "POST", url: `/api/v1/scan/batches${query}`, headers: { ...auth, ...JSONL }, payload: body });
}

async function finished(auth: Record<string, string>, id: string) {
  let progress: ReturnType<typeof batchProgressResponse.parse> | undefined;
  await until(async () => {
    progress = batchProgressResponse.parse((await t.app.inject({ url: `/api/v1/scan/batches/${id}`, headers: auth })).json());
    return progress.status === "done";
  }, 60_000, 200);
  return progress!;
}

async function results(auth: Record<string, string>, id: string) {
  const response = await t.app.inject({ url: `/api/v1/scan/batches/${id}/results`, headers: auth });
  expect(response.statusCode).toBe(200);
  expect(response.headers["content-type"]).toMatch(/application\/x-ndjson/);
  return response.body.trimEnd().split("\n").map((line) => JSON.parse(line) as { id: unknown; error?: string; risk?: string; similar?: { count: number } });
}

describe("batches of adverts", () => {
  it("scans a JSONL upload in order, bad lines answered in place, erases the texts, and posts a signed callback", async () => {
    const { key, auth } = await t.key("krisha");
    const texts = corpusTexts();
    const lines: string[] = [];
    for (let i = 0; i < 1200; i++) lines.push(JSON.stringify({ id: `ad-${i}`, text: `${texts[i % texts.length]}\n#${i}` }));
    lines.splice(10, 0, "{not json", "", JSON.stringify({ id: "empty", text: "" }));
    const response = await upload(auth, `${lines.join("\n")}\n`, `?callback=${encodeURIComponent(`${receiverUrl}/done`)}`);
    expect(response.statusCode).toBe(202);
    const { id, total } = response.json() as { id: string; total: number };
    expect(total).toBe(1202);

    const progress = await finished(auth, id);
    expect(progress).toMatchObject({ total: 1202, done: 1202, errors: 2 });
    const out = await results(auth, id);
    expect(out).toHaveLength(1202);
    expect(out.slice(8, 14).map((r) => r.id)).toEqual(["ad-8", "ad-9", null, "empty", "ad-10", "ad-11"]);
    expect(out[10]!.error).toMatch(/line 11: not JSON/);
    expect(out.at(-1)).toMatchObject({ id: "ad-1199", risk: expect.any(String), similar: { count: expect.any(Number) } });
    // The adverts' text is gone once scanned: only results remain.
    expect(await dumpAllTables(t.services.database.db)).not.toContain(texts[5]!.slice(0, 60));

    await until(() => received.length === 1, 30_000, 100);
    const { headers, body } = received[0]!;
    const secret = createHmac("sha256", key).update("offercheck batch callback").digest("hex");
    const expected = createHmac("sha256", secret).update(`${headers["x-offercheck-timestamp"]}.${body}`).digest("hex");
    expect(headers["x-offercheck-signature"]).toBe(`sha256=${expected}`);
    expect(JSON.parse(body)).toMatchObject({ batch: id, status: "done", total: 1202, errors: 2 });
    await until(async () => (await t.app.inject({ url: `/api/v1/scan/batches/${id}`, headers: auth })).json().callback === "sent", 10_000, 100);
  }, 120_000);

  it("does not count an advert twice when the same batch is sent again", async () => {
    const { auth } = await t.key("resubmitter");
    const body = [0, 1, 2].map((i) => JSON.stringify({ id: i, text: `Resubmitted advert number ${"abcdefghij"[i]} for welders in Riyadh, visa fee 900 USD, WhatsApp only` })).join("\n");
    const first = await results(auth, (await finished(auth, (await upload(auth, body)).json().id)).id);
    const second = await results(auth, (await finished(auth, (await upload(auth, body)).json().id)).id);
    expect(second.map((r) => r.similar!.count)).toEqual(first.map((r) => r.similar!.count));
  }, 60_000);

  it("shows a partner only its own batches, and results only once a batch is done", async () => {
    const owner = await t.key("owner");
    const other = await t.key("other");
    const { id } = (await upload(owner.auth, JSON.stringify({ id: "x", text: "Drivers needed in Dubai" }))).json() as { id: string };
    for (const url of [`/api/v1/scan/batches/${id}`, `/api/v1/scan/batches/${id}/results`]) {
      expect((await t.app.inject({ url, headers: other.auth })).statusCode).toBe(404);
    }
    expect((await t.app.inject({ url: "/api/v1/scan/batches/00000000-0000-4000-8000-000000000000", headers: owner.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/scan/batches/${id}` })).statusCode).toBe(401);

    // A batch whose chunks were never queued stays running.
    const db = t.services.database.db;
    const stuck = await createBatch(db, owner.id, null);
    await addItems(db, stuck, 0, [{ input: { id: "y", text: "Drivers needed in Dubai" } }]);
    await startBatch(db, stuck, 1, 0);
    expect((await t.app.inject({ url: `/api/v1/scan/batches/${stuck}/results`, headers: owner.auth })).statusCode).toBe(409);
  }, 60_000);

  it("refuses empty uploads, other media types and callbacks into private networks", async () => {
    const { auth } = await t.key("careless");
    expect((await upload(auth, "\n\n")).statusCode).toBe(400);
    const json = await t.app.inject({ method: "POST", url: "/api/v1/scan/batches", headers: auth, payload: { ads: [] } });
    expect(json.statusCode).toBe(415);
    const left = (await t.services.database.db.execute(sql`select count(*)::int as n from scan_batches where status = 'receiving'`)) as unknown as { rows: { n: number }[] };
    expect(left.rows[0]!.n).toBe(0);
    expect(callbackProblem("https://partner.example/hook", false)).toBeNull();
    for (const url of ["http://partner.example/hook", "https://127.0.0.1/x", "https://[::1]/x", "https://10.1.2.3/", "https://localhost/", "https://u:p@partner.example/"]) {
      expect(callbackProblem(url, false), url).not.toBeNull();
    }
  });

  it("answers 503 with Retry-After, and keeps nothing, when an upload comes before the instance's job queue has started", async () => {
    const { auth } = await t.key("early");
    const starting = await buildApp({
      db: t.services.database.db,
      engine: () => t.services.engine,
      i18n: t.services.i18n,
      logLevel: "silent",
      partner: { memory: t.services.adverts, send: () => Promise.reject(new JobQueueNotStarted()), allowPrivateCallbacks: true, feeds: { publisher: "t", country: "KZ", shareAdvertText: false } },
    });
    try {
      const response = await starting.inject({ method: "POST", url: "/api/v1/scan/batches", headers: { ...auth, ...JSONL }, payload: `${JSON.stringify({ id: "a", text: corpusTexts()[0] })}\n` });
      expect(response.statusCode).toBe(503);
      expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
      expect(response.json()).toMatchObject({ error: "starting" });
      const left = (await t.services.database.db.execute(sql`select count(*)::int as n from scan_batches where status = 'receiving'`)) as unknown as { rows: { n: number }[] };
      expect(left.rows[0]!.n).toBe(0);
    } finally {
      await starting.close();
    }
  });
});

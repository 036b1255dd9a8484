/**
 * npm run bench:bot — the Telegram bot in webhook mode against a mock Bot API
 * on loopback: RATE updates/s for SECONDS, each from its own sender, half of
 * them job ads and half greetings. Reply latency is measured from the POST of
 * the update to the mock receiving the sendMessage for that chat, after
 * BENCH_WARMUP_SECONDS (10) at the same rate that are not measured. Prints
 * p50/p99, p99 per 5-second window, errors, and lost or duplicated replies.
 * Uses DATABASE_URL (a fresh database on that server) or an in-memory PGlite.
 * BENCH_INSTANCES=N starts N app processes on one fresh database on the
 * tests' Postgres (DATABASE_URL or the local default; PGlite cannot be
 * shared) and spreads the updates over them round-robin, as a load balancer
 * would.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { TelegramMock, textUpdate, user } from "../test/helpers/telegram-mock.ts";
import { createTestDatabase } from "../test/helpers/postgres.ts";
import { spawnWebhookApp } from "../test/helpers/webhook-app.ts";
import { percentile } from "./percentile.ts";

const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const SECRET = "bench-secret-token-0123456789";
const ROOT = join(import.meta.dirname, "..");

const ads = readdirSync(join(ROOT, "test", "fixtures", "ads"))
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => (JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "ads", f), "utf8")) as { text: string }[]).map((c) => c.text));

const mock = new TelegramMock();
await mock.start();
// BENCH_PROFILE=<dir> writes a CPU profile of the app process there.
const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);
const shared = INSTANCES > 1 ? await createTestDatabase() : undefined;
const servers = await Promise.all(
  Array.from({ length: INSTANCES }, () =>
    spawnWebhookApp({
      apiRoot: mock.url,
      secret: SECRET,
      database: shared ? { url: shared.url } : process.env.DATABASE_URL ? "postgres" : "pglite",
      nodeArgs: profile,
      stderr: "inherit",
    }),
  ),
);
const urls = servers.map((s) => s.url);
const databaseKind = servers[0]!.databaseKind;

const sentAt = new Map<number, number>();
let started = 0;
/** Reply latency with the moment its update was posted (ms after the measured run began). */
const latencies: { sent: number; ms: number }[] = [];
const repliesPerChat = new Map<number, number>();
const seenReplies = new Set<string>();
let duplicated = 0;
let errors = 0;
// Replies are matched to updates by chat id: every update has its own sender.
const originalPush = mock.calls.push.bind(mock.calls);
mock.calls.push = (...calls) => {
  for (const call of calls) {
    if (call.method !== "sendMessage") continue;
    const chat = Number(call.payload.chat_id);
    if (chat >= 90_000_000) continue;
    // One update can be answered by several messages (verdict, hotlines); the same message twice is a duplicate.
    const key = `${chat}\u0000${String(call.payload.text)}`;
    if (seenReplies.has(key)) duplicated++;
    seenReplies.add(key);
    const n = (repliesPerChat.get(chat) ?? 0) + 1;
    repliesPerChat.set(chat, n);
    const t0 = sentAt.get(chat);
    if (n === 1 && t0 !== undefined) latencies.push({ sent: t0 - started, ms: performance.now() - t0 });
  }
  return originalPush(...calls);
};

/**
 * Posts `rate` updates/s for `seconds`, one new sender per update from
 * `firstChat` on, half adverts and half greetings; resolves when every
 * webhook call has returned, with the time the posting took.
 */
async function drive(rate: number, seconds: number, firstChat: number, onSent: (chat: number) => void, onError: () => void): Promise<number> {
  const begin = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < rate * seconds; i++) {
    const wait = begin + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const chat = firstChat + i;
    const text = i % 2 === 0 ? ads[i % ads.length]! : "Assalam o alaikum, kaise hain?";
    onSent(chat);
    inflight.push(
      fetch(urls[i % INSTANCES]!, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify(textUpdate(user(chat, "en"), text)),
      }).then(
        (res) => {
          if (res.status !== 200) onError();
          return res.arrayBuffer().then(() => undefined);
        },
        () => onError(),
      ),
    );
  }
  const postedIn = (performance.now() - begin) / 1000;
  await Promise.all(inflight);
  return postedIn;
}

// Warm-up at the same rate, not measured: JIT, connection pools, grammY's first getMe. A cold instance
// takes a few seconds to keep up (the windows printed below show it when BENCH_WARMUP_SECONDS=0).
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
await drive(RATE, WARMUP_SECONDS, 90_000_000, () => {}, () => {});
await new Promise((r) => setTimeout(r, 2000));

const total = RATE * SECONDS;
console.log(
  `bot benchmark — webhook mode, ${RATE} updates/s for ${SECONDS}s (${total} updates) after ${WARMUP_SECONDS}s of warm-up at that rate, database: ${databaseKind}, ${INSTANCES === 1 ? "app in its own process" : `${INSTANCES} app processes on one database, round-robin`}`,
);
started = performance.now();
const postedIn = await drive(
  RATE,
  SECONDS,
  10_000_000,
  (chat) => sentAt.set(chat, performance.now()),
  () => errors++,
);
// Replies still on their way when the last webhook call returned.
await new Promise((r) => setTimeout(r, 2000));

const all = latencies.map((l) => l.ms).sort((a, b) => a - b);
const lost = total - repliesPerChat.size;
console.log(`posted ${total} in ${postedIn.toFixed(1)}s (${Math.round(total / postedIn)}/s achieved)`);
console.log(`reply latency p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms, max ${percentile(all, 100).toFixed(1)} ms`);
// Where the slow replies were: a backlog that builds and drains shows here, a steady state does not.
const WINDOW_S = 5;
const windows: string[] = [];
for (let from = 0; from < SECONDS; from += WINDOW_S) {
  const inWindow = latencies.filter((l) => l.sent >= from * 1000 && l.sent < (from + WINDOW_S) * 1000).map((l) => l.ms).sort((a, b) => a - b);
  windows.push(`${from}–${from + WINDOW_S}s ${percentile(inWindow, 99).toFixed(0)}`);
}
console.log(`p99 ms by when the update was posted: ${windows.join(", ")}`);
console.log(`errors ${errors}, lost replies ${lost}, duplicated replies ${duplicated}`);

await Promise.all(servers.map((s) => s.stop()));
await shared?.drop();
await mock.stop();

/**
 * npm run bench:bot — the Telegram bot in webhook mode against a mock Bot API
 * on loopback: RATE updates/s for SECONDS, each from its own sender, half of
 * them job ads and half greetings. Reply latency is measured from the POST of
 * the update to the mock receiving the sendMessage for that chat. Prints
 * p50/p99, errors, and lost or duplicated replies.
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
const latencies: number[] = [];
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
    if (n === 1 && t0 !== undefined) latencies.push(performance.now() - t0);
  }
  return originalPush(...calls);
};

// Warm-up (not measured): JIT, connection pools, grammY's first getMe.
const WARMUP = 200 * INSTANCES;
await Promise.all(
  Array.from({ length: WARMUP }, (_, i) =>
    fetch(urls[i % INSTANCES]!, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(textUpdate(user(90_000_000 + i, "en"), ads[i % ads.length]!)),
    }).then((r) => r.arrayBuffer()),
  ),
);
await new Promise((r) => setTimeout(r, 1000));

const total = RATE * SECONDS;
console.log(
  `bot benchmark — webhook mode, ${RATE} updates/s for ${SECONDS}s (${total} updates), database: ${databaseKind}, ${INSTANCES === 1 ? "app in its own process" : `${INSTANCES} app processes on one database, round-robin`}`,
);
const started = performance.now();
const inflight: Promise<void>[] = [];
for (let i = 0; i < total; i++) {
  const due = started + (i * 1000) / RATE;
  const wait = due - performance.now();
  if (wait > 1) await new Promise((r) => setTimeout(r, wait));
  const chat = 10_000_000 + i;
  const text = i % 2 === 0 ? ads[i % ads.length]! : "Assalam o alaikum, kaise hain?";
  sentAt.set(chat, performance.now());
  inflight.push(
    fetch(urls[i % INSTANCES]!, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(textUpdate(user(chat, "en"), text)),
    }).then(
      (res) => {
        if (res.status !== 200) errors++;
        return res.arrayBuffer().then(() => undefined);
      },
      () => {
        errors++;
      },
    ),
  );
}
await Promise.all(inflight);
await new Promise((r) => setTimeout(r, 2000));
const elapsed = (performance.now() - started) / 1000;

latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
const lost = total - repliesPerChat.size;
console.log(`sent ${total} in ${elapsed.toFixed(1)}s (${Math.round(total / elapsed)}/s achieved)`);
console.log(`reply latency p50 ${pct(50).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms, max ${pct(100).toFixed(1)} ms`);
console.log(`errors ${errors}, lost replies ${lost}, duplicated replies ${duplicated}`);

await Promise.all(servers.map((s) => s.stop()));
await shared?.drop();
await mock.stop();

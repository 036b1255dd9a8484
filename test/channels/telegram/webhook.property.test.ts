import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PressureConfig } from "../../../src/config.ts";
import { TELEGRAM_WEBHOOK_PATH } from "../../../src/channels/telegram/webhook.ts";
import { simulatorRoutes } from "../../../src/channels/web/routes.ts";
import { LANGUAGES } from "../../../src/engine/types.ts";
import { captureLog } from "../../helpers/log-capture.ts";
import { textUpdate, user } from "../../helpers/telegram-mock.ts";
import { WEBHOOK_SECRET, webhookSuite } from "../../helpers/webhook-app.ts";

const AD = "Dubai drivers urgently required, 100% visa guarantee, advance fee 500$, WhatsApp only 0300-0000111";
const en = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "locales", "en", "translation.json"), "utf8"));
/** Load shedding is tested on its own (test/api/backpressure.test.ts); here a 503 would blur what a 5xx means. */
const NO_SHEDDING: PressureConfig = { maxEventLoopDelayMs: 0, maxHeapUsedBytes: 0, maxRssBytes: 0, retryAfterSeconds: 10, sampleIntervalMs: 1000 };

// ---- Hostile HTTP requests. ----

interface HostileRequest {
  method: "POST" | "PUT" | "GET";
  contentType: string | undefined;
  body: string;
}

/** Any JSON value at all: what a field holds when it holds the wrong thing. */
const junk = fc.jsonValue({ maxDepth: 2 });
/** Mostly the right kind of value, sometimes any JSON value instead. */
const maybe = <T>(right: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: right }, { weight: 1, arbitrary: junk });
const shortText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\u202e", "\ud800", "\u0000") },
);
/** Runs of one character, from a little over MAX_AD_LENGTH to well past what a Telegram message can hold. */
const hugeString = fc.integer({ min: 8_001, max: 40_000 }).chain((n) => fc.constantFrom("x", "9", "\u202e", "😀", "\ud800", "\u0000").map((c) => c.repeat(n)));
const text = fc.oneof(
  { weight: 6, arbitrary: shortText },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 400 }) },
  // An ad with junk in it: checked, kept in the session and perhaps reported, so the junk reaches Postgres.
  { weight: 2, arbitrary: fc.tuple(shortText, shortText).map(([before, after]) => `${before}${AD}${after}`) },
  { weight: 3, arbitrary: fc.constantFrom(AD, "/start", "/report", "/language", "/privacy", "/help@offercheck_test_bot", "/start extra args") },
  { weight: 1, arbitrary: hugeString },
);
const buttonData = fc.oneof(
  fc.constantFrom("report", "why", "howto", "help", "wrong", "urgent:yes", "report:no", "consent:yes", "consent:no", "paid:yes", "skip", "cancel", "lang:ru", "lang:xx", "lang:", "newad:check:0123456789", "newad:continue:", "newad:", "resume:", "resume:0123456789"),
  fc.string({ maxLength: 80 }),
);
/** A handful of senders, so the per-sender limit soon makes most of the flood cheap, and ids no real chat has. */
const senderId = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, -1001234567890, 2 ** 53 + 2, 1.5, -1e308) },
);
const from = fc.record(
  {
    id: maybe(senderId),
    is_bot: maybe(fc.boolean()),
    first_name: maybe(shortText),
    last_name: maybe(shortText),
    username: maybe(fc.string({ maxLength: 40 })),
    language_code: maybe(fc.constantFrom(...LANGUAGES, "xx", "", "en-US", "zh-hans")),
  },
  { requiredKeys: [] },
);
const chat = fc.record({ id: maybe(senderId), type: maybe(fc.constantFrom("private", "group", "supergroup", "channel")), title: maybe(shortText) }, { requiredKeys: [] });
const fileRecord = fc.record({ file_id: maybe(fc.string()), file_unique_id: maybe(fc.string()), file_size: maybe(fc.integer()), mime_type: maybe(fc.constantFrom("image/png", "image/jpeg", "application/pdf", "")) }, { requiredKeys: [] });
const message = fc.record(
  {
    message_id: maybe(fc.nat()),
    date: maybe(fc.nat()),
    chat: maybe(chat),
    from: maybe(from),
    text: maybe(text),
    caption: maybe(fc.oneof(shortText, fc.constant(AD))),
    entities: maybe(fc.array(fc.record({ type: maybe(fc.constantFrom("bot_command", "url", "mention")), offset: maybe(fc.integer()), length: maybe(fc.integer()) }), { maxLength: 3 })),
    photo: maybe(fc.array(fileRecord, { maxLength: 3 })),
    document: maybe(fileRecord),
    forward_origin: maybe(fc.record({ type: maybe(fc.constantFrom("user", "hidden_user", "chat", "channel")), date: maybe(fc.nat()) })),
    contact: maybe(fc.record({ phone_number: maybe(fc.string({ maxLength: 20 })), user_id: maybe(senderId), first_name: maybe(shortText) }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
);
const callbackQuery = fc.record(
  { id: maybe(fc.string({ maxLength: 20 })), from: maybe(from), data: maybe(buttonData), chat_instance: maybe(fc.string()), message: maybe(message) },
  { requiredKeys: [] },
);
const updateId = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 2 ** 31 }) }, { weight: 1, arbitrary: junk });
const update = fc.oneof(
  { weight: 4, arbitrary: fc.record({ update_id: updateId, message: maybe(message) }) },
  { weight: 1, arbitrary: fc.record({ update_id: updateId, edited_message: maybe(message) }) },
  { weight: 1, arbitrary: fc.record({ update_id: updateId, channel_post: maybe(message) }) },
  { weight: 3, arbitrary: fc.record({ update_id: updateId, callback_query: maybe(callbackQuery) }) },
  { weight: 1, arbitrary: fc.record({ update_id: updateId, my_chat_member: junk, inline_query: junk }, { requiredKeys: ["update_id"] }) },
  // Two kinds in one update, or none at all.
  { weight: 1, arbitrary: fc.record({ update_id: updateId, message: maybe(message), callback_query: maybe(callbackQuery) }, { requiredKeys: [] }) },
);

const json = (body: unknown) => ({ method: "POST" as const, contentType: "application/json", body: JSON.stringify(body) ?? "null" });
const wrongContentType = fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/json; charset=utf-16", "image/png", undefined);

/** Requests of every wrong shape, built from `shape` (the route's own body) and the generic junk. */
function hostileRequests(shape: fc.Arbitrary<unknown>, bodyLimit: number): fc.Arbitrary<HostileRequest> {
  return fc.oneof(
    { weight: 30, arbitrary: shape.map(json) },
    { weight: 3, arbitrary: junk.map(json) },
    // Not JSON at all, announced as JSON.
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 200 }).map((body) => ({ method: "POST" as const, contentType: "application/json", body })) },
    // A valid body under the wrong content type.
    { weight: 2, arbitrary: fc.tuple(shape, wrongContentType).map(([body, contentType]) => ({ ...json(body), contentType })) },
    { weight: 1, arbitrary: fc.tuple(shape, fc.constantFrom("PUT" as const, "GET" as const)).map(([body, method]) => ({ ...json(body), method })) },
    // Prototype pollution attempts and bodies just over the limit.
    { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"polluted":1},"update_id":1}', '{"constructor":{"prototype":{"polluted":1}},"update_id":2}').map((body) => ({ method: "POST" as const, contentType: "application/json", body })) },
    { weight: 1, arbitrary: fc.integer({ min: bodyLimit - 64, max: bodyLimit + 4096 }).map((n) => ({ method: "POST" as const, contentType: "application/json", body: `{"update_id":1,"text":"${"x".repeat(n)}"}` })) },
  );
}

const log = captureLog();
const suite = webhookSuite("postgres", {
  log: log.logger("warn"),
  app: (services) => ({
    pressure: NO_SHEDDING,
    logLevel: "warn",
    logStream: log.stream,
    channels: [async (a) => a.register(simulatorRoutes, { dialogue: services.dialogue, i18n: services.i18n })],
  }),
});

async function send(url: string, request: HostileRequest, headers: Record<string, string> = {}, remoteAddress?: string) {
  return suite.app.inject({
    method: request.method,
    url,
    ...(remoteAddress ? { remoteAddress } : {}),
    headers: { ...(request.contentType ? { "content-type": request.contentType } : {}), ...headers },
    ...(request.method === "GET" ? {} : { payload: request.body }),
  });
}

/** Answered 2xx or 4xx: the client's fault or done, never the server's. */
function expectNoServerError(status: number, request: HostileRequest) {
  expect(status, `${request.method} ${request.contentType} ${request.body.slice(0, 300)}`).toBeGreaterThanOrEqual(200);
  expect(status, `${request.method} ${request.contentType} ${request.body.slice(0, 300)}`).toBeLessThan(500);
}

describe("hostile requests", () => {
  it("10,000 malformed, oversized and wrongly typed Telegram updates: never a 5xx, and the bot still answers after", async () => {
    // 400 bursts of 25 concurrent updates, as Telegram sends them over several connections.
    await fc.assert(
      fc.asyncProperty(fc.array(hostileRequests(update, 256 * 1024), { minLength: 25, maxLength: 25 }), async (burst) => {
        const responses = await Promise.all(burst.map((request) => send(TELEGRAM_WEBHOOK_PATH, request, { "x-telegram-bot-api-secret-token": WEBHOOK_SECRET })));
        responses.forEach((response, i) => expectNoServerError(response.statusCode, burst[i]!));
      }),
      { numRuns: 400 },
    );
    const { mock } = suite;
    const fresh = user(777_001, "en");
    // An update id above the flood's, which the dedupe would otherwise drop.
    const normal = { ...textUpdate(fresh, AD), update_id: 2 ** 31 + 1 };
    expect((await send(TELEGRAM_WEBHOOK_PATH, json(normal), { "x-telegram-bot-api-secret-token": WEBHOOK_SECRET })).statusCode).toBe(200);
    // A forward of the flood may still be answered after its window: the fresh sender's reply is looked for by chat.
    const [reply] = await mock.waitForChat(fresh.id, 1);
    expect(String(reply!.text).startsWith(en.risk.high)).toBe(true);
    expect(log.entries().filter((e) => e.level >= 40)).toEqual([]);
    // Seconds on an idle machine; the margin is for a CI machine shared with other jobs.
  }, 120_000);

  it("the web simulator's message route: never a 5xx", async () => {
    const session = fc.constantFrom("sim-session-aaaaaaaaaaaaa1", "sim-session-aaaaaaaaaaaaa2", "sim-session-aaaaaaaaaaaaa3");
    const body = fc.record(
      { session: maybe(session), messageId: maybe(fc.stringMatching(/^[A-Za-z0-9_-]{8,20}$/)), text: maybe(text), button: maybe(buttonData), languageHint: maybe(fc.string({ maxLength: 20 })) },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(hostileRequests(body, 64 * 1024), async (request) => {
        expectNoServerError((await send("/simulator/message", request)).statusCode, request);
      }),
      { numRuns: 1_000 },
    );
    // From another address: the flood above has (rightly) used up its own per-address limit.
    const answer = await send("/simulator/message", json({ session: "sim-session-fresh-000000001", messageId: "fresh-0001", text: AD }), {}, "203.0.113.7");
    expect(answer.statusCode).toBe(200);
    expect(answer.json().messages[0].text.startsWith(en.risk.high)).toBe(true);
  });

  it("the public /api/check route: never a 5xx", async () => {
    const body = fc.record({ text: maybe(text), language: maybe(fc.constantFrom(...LANGUAGES, "xx")) }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(hostileRequests(body, 64 * 1024), async (request) => {
        expectNoServerError((await send("/api/check", request)).statusCode, request);
      }),
      { numRuns: 1_000 },
    );
    const answer = await send("/api/check", json({ text: AD }), {}, "203.0.113.8");
    expect(answer.statusCode).toBe(200);
    expect(answer.json().verdict.risk).toBe("high");
    expect(log.entries().filter((e) => e.level >= 40)).toEqual([]);
  });
});

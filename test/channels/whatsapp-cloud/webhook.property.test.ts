import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testServices, type TestServices } from "../../helpers/app.ts";
import { fixtureAd } from "../../helpers/fixture-ads.ts";
import { GraphMock } from "../../helpers/graph-mock.ts";
import { captureLog } from "../../helpers/log-capture.ts";
import { CLOUD, cloudEvent, signature, startCloudApp, textFields } from "../../helpers/whatsapp-cloud.ts";

/**
 * Hostile calls to the Cloud API webhook that carry a valid signature (what
 * someone holding the app secret, or a buggy Meta release, could send):
 * every answer is 2xx or 4xx, nothing is logged as an error, and a real
 * message is still answered afterwards.
 */

let graph: GraphMock;
let services: TestServices;
let app: FastifyInstance;
let url: string;
const log = captureLog();

beforeAll(async () => {
  graph = new GraphMock(CLOUD.accessToken);
  await graph.start();
  services = await testServices("postgres", {}, log.logger("warn"));
  ({ app, url } = await startCloudApp(services, graph.url));
});
afterAll(async () => {
  await app?.close();
  await services?.close();
  await graph?.stop();
});

const junk = fc.jsonValue({ maxDepth: 2 });
const maybe = <T>(right: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: junk });
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom("", "1", "۲", "/start", "\u0000", "\ud800", fixtureAd("ur-scam-01").text),
  fc.integer({ min: 5_000, max: 30_000 }).map((n) => "٩".repeat(n)),
);
const phone = fc.oneof(fc.stringMatching(/^9[0-9]{9,12}$/), fc.string({ maxLength: 20 }));
const message = fc.record(
  {
    from: maybe(phone),
    id: maybe(fc.string({ maxLength: 80 })),
    timestamp: maybe(fc.string({ maxLength: 12 })),
    type: maybe(fc.constantFrom("text", "image", "interactive", "sticker", "location", "unknown", "")),
    text: maybe(fc.record({ body: maybe(text) }, { requiredKeys: [] })),
    image: maybe(fc.record({ id: maybe(fc.string({ maxLength: 30 })), mime_type: maybe(fc.string({ maxLength: 20 })), sha256: maybe(fc.string()) }, { requiredKeys: [] })),
    interactive: maybe(
      fc.record(
        { type: maybe(fc.constantFrom("button_reply", "list_reply", "nfm_reply")), button_reply: maybe(fc.record({ id: maybe(fc.string({ maxLength: 40 })), title: maybe(fc.string()) })) },
        { requiredKeys: [] },
      ),
    ),
    context: maybe(fc.record({ forwarded: maybe(fc.boolean()) }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
);
/** A Cloud API event, with any of its layers replaced by the wrong thing. */
const event = fc.record({
  object: maybe(fc.constant("whatsapp_business_account")),
  entry: maybe(
    fc.array(
      fc.record({
        id: maybe(fc.string({ maxLength: 20 })),
        changes: maybe(
          fc.array(
            fc.record({
              field: maybe(fc.constantFrom("messages", "statuses", "account_update")),
              value: maybe(
                fc.record(
                  {
                    messaging_product: maybe(fc.constant("whatsapp")),
                    metadata: maybe(fc.record({ phone_number_id: maybe(fc.constantFrom(CLOUD.phoneNumberId, "1", "")) })),
                    contacts: maybe(fc.array(fc.record({ wa_id: maybe(phone), profile: maybe(fc.record({ name: maybe(text) })) }), { maxLength: 2 })),
                    messages: maybe(fc.array(message, { maxLength: 3 })),
                    statuses: maybe(fc.array(junk, { maxLength: 2 })),
                  },
                  { requiredKeys: [] },
                ),
              ),
            }),
            { maxLength: 2 },
          ),
        ),
      }),
      { maxLength: 2 },
    ),
  ),
});
/**
 * A well-formed event (right object, entries, changes, our number) whose
 * messages are anything: hostile messages, junk in their place, or none.
 */
const wellFormedEvent = fc.record({
  object: fc.constant("whatsapp_business_account"),
  entry: fc.array(
    fc.record({
      changes: fc.array(
        fc.record({
          field: fc.constant("messages"),
          value: fc.record({
            metadata: fc.record({ phone_number_id: fc.constant(CLOUD.phoneNumberId) }),
            contacts: fc.array(fc.oneof(fc.record({ wa_id: maybe(phone), profile: maybe(fc.record({ name: maybe(text) })) }), junk), { maxLength: 2 }),
            messages: fc.array(fc.oneof({ weight: 4, arbitrary: message }, { weight: 1, arbitrary: junk }), { minLength: 1, maxLength: 3 }),
          }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
    { minLength: 1, maxLength: 2 },
  ),
});
const body = fc.oneof(
  { weight: 8, arbitrary: event.map((e) => JSON.stringify(e)) },
  { weight: 1, arbitrary: junk.map((j) => JSON.stringify(j)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);

async function settled(): Promise<void> {
  // Messages are answered after the webhook has acknowledged them: wait until the replies stop coming.
  let count = -1;
  while (graph.sent.length !== count) {
    count = graph.sent.length;
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

describe("WhatsApp Cloud API webhook under hostile input", () => {
  it("2,000 signed but malformed calls: never a 5xx, nothing logged as an error, and a real message is still answered", async () => {
    const statuses: number[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(body, { minLength: 20, maxLength: 20 }), async (bodies) => {
        const responses = await Promise.all(
          bodies.map((b) => fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": signature(b) }, body: b })),
        );
        for (const r of responses) {
          statuses.push(r.status);
          await r.body?.cancel();
        }
        return responses.every((r) => r.status < 500);
      }),
      { numRuns: 100 },
    );
    expect(statuses).toHaveLength(2_000);
    // Both kinds occurred: rejected as no webhook event, and accepted as events (malformed messages in them skipped).
    expect(statuses.some((s) => s === 400)).toBe(true);
    expect(statuses.some((s) => s === 200)).toBe(true);
    await settled();
    expect(log.entries().filter((e) => e.level >= 50)).toEqual([]);

    const before = graph.sent.length;
    const real = JSON.stringify(cloudEvent("923001112233", textFields(fixtureAd("ru-scam-01").text)));
    const answer = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": signature(real) }, body: real });
    expect(answer.status).toBe(200);
    await graph.waitUntil((sent) => sent.slice(before).some((m) => (m as { to?: string }).to === "923001112233"), "the real message's answer");
  }, 180_000);

  it("a signed, well-formed event is acknowledged with 200 whatever its messages: malformed ones are skipped, not the batch refused", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(wellFormedEvent.map((e) => JSON.stringify(e)), { minLength: 10, maxLength: 10 }), async (bodies) => {
        const responses = await Promise.all(
          bodies.map((b) => fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": signature(b) }, body: b })),
        );
        for (const r of responses) await r.body?.cancel();
        return responses.every((r) => r.status === 200);
      }),
      { numRuns: 30 },
    );
    await settled();
    expect(log.entries().filter((e) => e.level >= 50)).toEqual([]);
  }, 180_000);
});

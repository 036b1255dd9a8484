import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../../src/api/app.ts";
import { mediaUrlAllowed } from "../../../src/channels/whatsapp-cloud/graph.ts";
import { WHATSAPP_WEBHOOK_PATH, whatsappCloudWebhook } from "../../../src/channels/whatsapp-cloud/webhook.ts";
import type { Dialogue } from "../../../src/conversation/dialogue.ts";
import { testServices, type TestServices } from "../../helpers/app.ts";
import { GraphMock } from "../../helpers/graph-mock.ts";
import { listenOnLoopback } from "../../helpers/listen.ts";
import { CLOUD, cloudEvent, signature, textFields } from "../../helpers/whatsapp-cloud.ts";

/** Issue 14: Meta gets its 200 in bounded time, and the access token goes only to Meta's media hosts. */

let graph: GraphMock;
let services: TestServices;

beforeAll(async () => {
  graph = new GraphMock(CLOUD.accessToken);
  await graph.start();
  services = await testServices("pglite");
});
afterAll(async () => {
  await services?.close();
  await graph?.stop();
});

describe("acknowledging Meta", () => {
  it("answers 200 within the bound while a slow message is still being worked on, and still answers it once", async () => {
    // The real dialogue, held up the way a picture being read holds it.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const slow: Dialogue = { ...services.dialogue, handle: async (envelope) => (await held, services.dialogue.handle(envelope)) };
    const app = await buildApp({
      db: services.database.db,
      engine: () => services.engine,
      i18n: services.i18n,
      logLevel: "silent",
      channels: [async (a) => a.register(whatsappCloudWebhook, { config: { ...CLOUD, graphApiRoot: graph.url }, dialogue: slow, i18n: services.i18n, log: services.log, ackWithinMs: 300 })],
    });
    const url = `${await listenOnLoopback(app)}${WHATSAPP_WEBHOOK_PATH}`;
    try {
      const body = JSON.stringify(cloudEvent("923000000777", textFields("Dubai drivers, 100% visa, advance fee 50,000 EasyPaisa, WhatsApp only 0300-0000111"), { id: "wamid.ack-test-1" }));
      const post = () => fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": signature(body) }, body });
      const started = Date.now();
      expect((await post()).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(2_000);
      // Meta resends while the first is still on its way: acknowledged again, answered once.
      expect((await post()).status).toBe(200);
      release();
      await graph.waitUntil((m) => m.length > 0, "the verdict");
      await new Promise((r) => setTimeout(r, 500));
      const verdicts = graph.messages().filter((m) => (m as { to: string }).to === "923000000777");
      expect(verdicts.length).toBeGreaterThan(0);
      expect(new Set(verdicts.map((m) => JSON.stringify(m))).size).toBe(verdicts.length);
    } finally {
      release();
      await app.close();
    }
  });
});

describe("where media is downloaded from", () => {
  it("only from Meta's hosts over https, or from the configured Graph API root", () => {
    const root = "https://graph.facebook.com";
    expect(mediaUrlAllowed("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1", root)).toBe(true);
    expect(mediaUrlAllowed("http://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1", root)).toBe(false);
    expect(mediaUrlAllowed("https://evil.example/steal?mid=1", root)).toBe(false);
    expect(mediaUrlAllowed("https://fbsbx.com.evil.example/x", root)).toBe(false);
    expect(mediaUrlAllowed("http://127.0.0.1:4000/files/1", "http://127.0.0.1:4000")).toBe(true);
    expect(mediaUrlAllowed("not a url", root)).toBe(false);
  });
});

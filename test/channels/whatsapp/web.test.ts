import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createWebClient } from "../../../src/channels/whatsapp/client.ts";
import { incomingOf } from "../../../src/channels/whatsapp/envelope.ts";
import { startWhatsappWeb, type WhatsappWeb } from "../../../src/channels/whatsapp/web.ts";
import { loadConfig } from "../../../src/config.ts";
import { referrals } from "../../../src/db/schema/index.ts";
import { REFERENCE_PATTERN } from "../../../src/referrals/reference.ts";
import { testServices, type TestServices } from "../../helpers/app.ts";
import { fixtureAd, locale } from "../../helpers/fixture-ads.ts";
import { dumpAllTables } from "../../helpers/scan-tables.ts";
import { FakeWebClient, webMessage } from "../../helpers/whatsapp-web-fake.ts";
import { until } from "../../helpers/until.ts";

/**
 * The whatsapp-web.js adapter with the real dialogue on PGlite, the library's
 * Client played by an object with its events and calls.
 */

const CONFIG = { sessionDir: "/nonexistent/wwebjs-session", chromiumPath: "/usr/bin/chromium", chromiumArgs: [] };
const silent: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void; error(obj: object, msg: string): void } = { info() {}, warn() {}, error() {} };

let services: TestServices;
let running: WhatsappWeb[] = [];

beforeAll(async () => {
  services = await testServices("pglite");
});

afterEach(async () => {
  await Promise.all(running.map((w) => w.stop()));
  running = [];
});

afterAll(async () => {
  await services?.close();
});

/** The adapter with fake clients: each (re)connection takes the next one. */
function start(options: { startup?: () => Promise<void>; qrs?: string[]; log?: typeof silent; retry?: { firstMs: number; maxMs: number }; now?: () => number } = {}) {
  const clients: FakeWebClient[] = [];
  const web = startWhatsappWeb({
    config: CONFIG,
    dialogue: services.dialogue,
    i18n: services.i18n,
    log: options.log ?? silent,
    createClient: () => {
      const client = new FakeWebClient(options.startup);
      clients.push(client);
      return client;
    },
    printQr: (qr) => options.qrs?.push(qr),
    retry: options.retry ?? { firstMs: 20, maxMs: 80 },
    ...(options.now ? { now: options.now } : {}),
  });
  running.push(web);
  return { web, clients, client: () => clients.at(-1)! };
}


describe("WhatsApp Web adapter", () => {
  it("shows the login QR code, then reports the session ready", async () => {
    const qrs: string[] = [];
    const states: string[] = [];
    const { web, client } = start({ qrs, log: { ...silent, info: (obj: object) => void states.push((obj as { state: string }).state) } });
    expect(web.state()).toBe("starting");
    expect(web.qr()).toBeNull();
    client().emit("qr", "2@AbCdEf,login-code-1");
    expect(web.state()).toBe("qr");
    expect(web.qr()).toBe("2@AbCdEf,login-code-1");
    // WhatsApp renews the code every 20 seconds or so.
    client().emit("qr", "2@AbCdEf,login-code-2");
    expect(web.qr()).toBe("2@AbCdEf,login-code-2");
    expect(qrs).toEqual(["2@AbCdEf,login-code-1", "2@AbCdEf,login-code-2"]);
    client().emit("authenticated");
    expect(web.state()).toBe("authenticated");
    expect(web.qr()).toBeNull();
    client().emit("ready");
    expect(web.state()).toBe("ready");
    expect(states).toEqual(["starting", "qr", "authenticated", "ready"]);
  });

  it("answers a Russian ad with the verdict and its buttons as numbered choices", async () => {
    const { client } = start();
    client().emit("ready");
    client().emit("message", webMessage("77010000011@c.us", fixtureAd("ru-scam-01").text, { isForwarded: true }));
    const [verdict] = await client().waitFor(1);
    const t = locale("ru");
    expect(verdict!.chatId).toBe("77010000011@c.us");
    expect(verdict!.options).toEqual({ linkPreview: false });
    expect(verdict!.content.startsWith(t.risk.high)).toBe(true);
    const labels = [t.bot.button.report, t.bot.button.why, t.bot.button.howToCheck, t.bot.button.helpNow, t.bot.button.wrong];
    expect(verdict!.content).toContain(`\n${t.whatsapp.replyWithNumber}\n${labels.map((l, i) => `${i + 1}. ${l}`).join("\n")}`);
  });

  it("files a report through numbered replies (Western and Urdu digits) with no trace of who reported", async () => {
    const { client } = start();
    client().emit("ready");
    const chat = "923331234567@c.us";
    const t = locale("ur");
    const contact = async () => ({ pushname: "Rashida Bibi", number: "923331234567" });
    const say = async (body: string) => {
      const before = client().sent.length;
      client().emit("message", webMessage(chat, body, { getContact: contact }));
      return (await client().waitFor(before + 1)).at(-1)!.content;
    };
    const verdict = await say(`${fixtureAd("ur-scam-03").text}\nRashida 0333-1234567`);
    expect(verdict.startsWith(t.risk.high)).toBe(true);
    const consent = await say("1");
    expect(consent).toBe(`${t.bot.report.explain}\n\n${t.whatsapp.replyWithNumber}\n1. ${t.bot.button.yes}\n2. ${t.bot.button.no}`);
    expect((await say(" ۱ ")).startsWith(t.bot.report.askWhere)).toBe(true);
    // A number that is no choice is an answer like any other.
    expect((await say("Facebook 7")).startsWith(t.bot.report.askPaid)).toBe(true);
    expect((await say("1")).startsWith(t.bot.report.askAmount)).toBe(true);
    const done = await say("50 ہزار روپے");
    const reference = /[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}/.exec(done)?.[0];
    expect(reference).toMatch(REFERENCE_PATTERN);
    // The answer without buttons clears the choices: "1" now is just text.
    const after = await say("1");
    expect(after).not.toContain(t.bot.report.explain);
    expect(after).not.toContain(t.whatsapp.replyWithNumber);

    const [row] = await services.database.db.select().from(referrals).where(eq(referrals.reference, reference!));
    expect(row).toMatchObject({ channel: "whatsapp", language: "ur", urgency: "normal" });
    expect(row!.reporterAnswers).toEqual({ whereSeen: "facebook", alreadyPaid: true, amount: "50 ہزار روپے" });
    const everything = await dumpAllTables(services.database.db);
    for (const secret of ["923331234567", "3331234567", "Rashida", "Bibi", "3EB000000000"]) expect(everything).not.toContain(secret);
  });

  it("asks the browser for a chat's contact once for a burst of messages, and again once ten minutes have passed", async () => {
    let now = Date.now();
    const { client } = start({ now: () => now });
    client().emit("ready");
    const lookups: string[] = [];
    let failing = true;
    const contactOf = (chat: string) => async () => {
      lookups.push(chat);
      if (chat.startsWith("992") && failing) throw new Error("Evaluation failed: contact not found");
      return { pushname: "Gulnara Saidova", number: chat.replace(/@c\.us$/, "") };
    };
    const burst = async (chat: string, count: number) => {
      const before = client().sent.length;
      for (let i = 0; i < count; i++) client().emit("message", webMessage(chat, "/privacy", { getContact: contactOf(chat) }));
      await client().waitFor(before + count);
    };
    const a = "996700123456@c.us";
    const b = "77010000022@c.us";
    const c = "992900123456@c.us";
    await burst(a, 3);
    expect(lookups).toEqual([a]);
    await burst(a, 1);
    await burst(b, 2);
    expect(lookups).toEqual([a, b]);
    now += 10 * 60_000 + 1;
    await burst(a, 2);
    expect(lookups).toEqual([a, b, a]);
    // A lookup that failed gave no names to redact: it is not kept, the next message asks again.
    await burst(c, 1);
    failing = false;
    await burst(c, 2);
    expect(lookups).toEqual([a, b, a, c, c]);
  });

  it("ignores groups, status updates, broadcasts, its own messages and what the app itself posts in a chat", async () => {
    const { client } = start();
    client().emit("ready");
    const ad = fixtureAd("ur-scam-04").text;
    client().emit("message", webMessage("120363025246125486@g.us", ad));
    client().emit("message", webMessage("status@broadcast", ad, { isStatus: true }));
    client().emit("message", webMessage("1234567890@broadcast", ad));
    client().emit("message", webMessage("120363025246125999@newsletter", ad));
    client().emit("message", webMessage("923001234567@c.us", ad, { fromMe: true }));
    // A security-code change, a missed call, a deleted message, one that could not be decrypted, a reaction.
    for (const type of ["e2e_notification", "call_log", "revoked", "ciphertext", "reaction", "notification_template"]) {
      client().emit("message", webMessage("923001234569@c.us", "", { type }));
    }
    // A person's chat by private id is answered: when its answer is there, any other would be too.
    client().emit("message", webMessage("201897358123456@lid", "/privacy"));
    const sent = await client().waitFor(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(sent.map((m) => m.chatId)).toEqual(["201897358123456@lid"]);
  });

  it("passes a picture on as an image that downloads within the size cap, and checks a long caption as the ad when the picture cannot be read", async () => {
    const bytes = Buffer.from("\xff\xd8\xff\xe0 a small jpeg stand-in", "latin1");
    const media = { mimetype: "image/jpeg", data: bytes.toString("base64"), filesize: bytes.byteLength };
    const picture = webMessage("923001234568@c.us", "", { type: "image", media, rawData: { size: bytes.byteLength, mimetype: "image/jpeg", mediaKey: "k3y" } });
    const message = incomingOf(picture, []);
    expect(message.kind).toBe("image");
    const image = message.kind === "image" ? message.image! : undefined;
    expect(image).toMatchObject({ mimeType: "image/jpeg", size: bytes.byteLength });
    expect(Buffer.from(await image!.load(1024))).toEqual(bytes);
    await expect(image!.load(8)).rejects.toThrow(/over 8/);
    // Without the announced size, the cap holds on the download itself.
    const unsized = incomingOf({ ...picture, rawData: { mimetype: "image/jpeg" } }, []);
    await expect(unsized.kind === "image" ? unsized.image!.load(8) : Promise.resolve()).rejects.toThrow(/over 8/);
    // The same picture forwarded again has the same id; a PDF is no picture; a location's body is no caption.
    const again = incomingOf({ ...picture, id: { id: "3EB0FFFF" } }, []);
    expect(again.kind === "image" && again.image!.id).toBe(image!.id);
    expect(incomingOf(webMessage("923001234568@c.us", "", { type: "document", media, rawData: { mimetype: "application/pdf" } }), []).kind).toBe("unsupported");
    expect(incomingOf(webMessage("923001234568@c.us", "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMD", { type: "location" }), []).kind).toBe("unsupported");
    // A forwarded "1" is someone else's text, not a choice.
    expect(incomingOf(webMessage("923001234568@c.us", "1", { isForwarded: true }), ["report"])).toEqual({ kind: "text", text: "1", forwarded: true });

    const { client } = start();
    client().emit("ready");
    client().emit("message", picture);
    client().emit("message", webMessage("923001234568@c.us", fixtureAd("ru-scam-03").text, { type: "image", media, rawData: { mimetype: "image/jpeg" } }));
    // The two come together: one forward, whose pictures (stand-in bytes, no real picture) could not be read, said
    // once; the second's caption is still checked, and that is the one verdict.
    const sent = await client().waitFor(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(sent.map((m) => m.chatId)).toEqual(Array(2).fill("923001234568@c.us"));
    expect(sent[0]!.content).toBe(locale("en").image.unreadable);
    expect(sent[1]!.content.startsWith(locale("ru").risk.high)).toBe(true);
  });

  it("reconnects with a growing wait after a disconnect or a failed start, and stops cleanly", async () => {
    let failStarts = 2;
    const { web, clients } = start({
      startup: async () => {
        if (failStarts-- > 0) throw new Error("net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/");
      },
    });
    // Two failed starts, each client closed, then the third starts.
    await until(() => clients.length === 3, 5_000, 10);
    expect(clients.slice(0, 2).map((c) => c.destroyed)).toEqual([1, 1]);
    expect(web.state()).toBe("reconnecting");
    clients[2]!.emit("ready");
    expect(web.state()).toBe("ready");
    clients[2]!.emit("disconnected", "NAVIGATION");
    clients[2]!.emit("disconnected", "NAVIGATION");
    expect(web.state()).toBe("reconnecting");
    await until(() => clients.length === 4, 5_000, 10);
    expect(clients[2]!.destroyed).toBe(1);
    // The old client's events no longer count.
    clients[2]!.emit("qr", "stale");
    expect(web.qr()).toBeNull();
    clients[3]!.emit("auth_failure", "session restore failed");
    await until(() => clients.length === 5, 5_000, 10);
    await web.stop();
    await web.stop();
    expect(web.state()).toBe("stopped");
    expect(clients[4]!.destroyed).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(clients).toHaveLength(5);
    clients[4]!.emit("message", webMessage("923001234569@c.us", "/privacy"));
    await new Promise((r) => setTimeout(r, 50));
    expect(clients[4]!.sent).toEqual([]);
  });

  it("waits longer after each failure, up to the limit", async () => {
    const { clients } = start({ startup: async () => Promise.reject(new Error("no network")), retry: { firstMs: 100, maxMs: 200 } });
    await until(() => clients.length >= 5, 10_000, 10);
    // Waits of 100, 200, 200, 200 ms, where doubling on would wait 400 and 800 (timers may fire a millisecond early).
    const gaps = clients.slice(1, 5).map((c, i) => c.createdAt - clients[i]!.createdAt);
    expect(gaps[0]).toBeGreaterThanOrEqual(99);
    expect(gaps[1]).toBeGreaterThanOrEqual(199);
    expect(gaps[2]).toBeGreaterThanOrEqual(199);
    expect(gaps[3]).toBeGreaterThanOrEqual(199);
    expect(gaps[3]).toBeLessThan(700);
  });
});

describe.skipIf(process.env.WWEBJS_LIVE !== "1")("WhatsApp Web with the real library (WWEBJS_LIVE=1)", () => {
  it("launches the system Chromium and reaches the login QR code", { timeout: 120_000 }, async () => {
    const sessionDir = mkdtempSync(join(tmpdir(), "offercheck-wwebjs-"));
    const config = loadConfig({ WHATSAPP_WEB: "on", WHATSAPP_SESSION_DIR: sessionDir, WHATSAPP_CHROMIUM_ARGS: "--no-sandbox --disable-gpu" }).whatsappWeb!;
    const qrs: string[] = [];
    const web = startWhatsappWeb({ config, dialogue: services.dialogue, i18n: services.i18n, log: { ...silent, warn: (obj, msg) => console.warn(msg, obj) }, createClient: createWebClient, printQr: (qr) => qrs.push(qr) });
    try {
      await expect.poll(() => qrs.length, { timeout: 110_000, interval: 500 }).toBeGreaterThan(0);
      expect(web.state()).toBe("qr");
    } finally {
      await web.stop();
      rmSync(sessionDir, { recursive: true, force: true });
    }
  });
});

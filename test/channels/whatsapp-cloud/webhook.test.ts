import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphApi } from "../../../src/channels/whatsapp-cloud/graph.ts";
import { inboundOf } from "../../../src/channels/whatsapp-cloud/envelope.ts";
import { webhookPayload } from "../../../src/channels/whatsapp-cloud/payload.ts";
import type { WhatsappCloudConfig } from "../../../src/config.ts";
import { referrals } from "../../../src/db/schema/index.ts";
import { REFERENCE_PATTERN } from "../../../src/referrals/reference.ts";
import { testServices, type TestServices } from "../../helpers/app.ts";
import { fixtureAd, locale } from "../../helpers/fixture-ads.ts";
import { GraphMock } from "../../helpers/graph-mock.ts";
import { captureLog } from "../../helpers/log-capture.ts";
import { dumpAllTables } from "../../helpers/scan-tables.ts";
import { buttonFields, CLOUD, cloudBatch, cloudEvent, listFields, signature, startCloudApp, statusEvent, textFields } from "../../helpers/whatsapp-cloud.ts";

/**
 * The WhatsApp Cloud API adapter end to end: the real app and dialogue on a
 * fresh Postgres database, Meta's side played by a Graph API mock on a
 * loopback port, webhook calls signed as Meta signs them.
 */

let graph: GraphMock;
let services: TestServices;
let app: FastifyInstance;
let url: string;
let config: WhatsappCloudConfig;
const log = captureLog();

type Sent = {
  to: string;
  type: string;
  text?: { body: string; preview_url: boolean };
  interactive?: {
    type: "button" | "list";
    body: { text: string };
    action: { buttons?: { reply: { id: string; title: string } }[]; button?: string; sections?: { rows: { id: string; title: string; description?: string }[] }[] };
  };
};

async function post(event: unknown, sign: string | null = "valid") {
  const body = typeof event === "string" ? event : JSON.stringify(event);
  const header = sign === "valid" ? signature(body) : sign;
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(header ? { "x-hub-signature-256": header } : {}) }, body });
}

const sent = () => graph.messages() as Sent[];
/** Waits for the end of a verdict: the list of other choices that follows the Report button. */
const untilVerdict = async (after: number) => (await graph.waitUntil((m) => (m as Sent[]).slice(after).some((x) => x.interactive?.type === "list"), "a verdict")) as Sent[];
const textOf = (m: Sent) => m.text?.body ?? m.interactive?.body.text ?? "";
const choicesOf = (m: Sent) => m.interactive?.action.buttons?.map((b) => b.reply.id) ?? m.interactive?.action.sections?.flatMap((s) => s.rows.map((r) => r.id)) ?? [];

beforeAll(async () => {
  graph = new GraphMock(CLOUD.accessToken);
  await graph.start();
  // A window wide enough that a loaded machine still handles both pieces of a batched call inside it.
  services = await testServices("postgres", { FORWARD_WINDOW_MS: "250" }, log.logger("warn"));
  ({ app, url, config } = await startCloudApp(services, graph.url));
});

afterAll(async () => {
  await app?.close();
  await services?.close();
  await graph?.stop();
});

beforeEach(() => {
  graph.sent.length = 0;
});

describe("WhatsApp Cloud API webhook", () => {
  it("answers Meta's subscription check only with the right verify token", async () => {
    const check = (q: Record<string, string>) => fetch(`${url}?${new URLSearchParams(q)}`);
    const ok = await check({ "hub.mode": "subscribe", "hub.verify_token": CLOUD.verifyToken, "hub.challenge": "1158201444" });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await ok.text()).toBe("1158201444");
    expect((await check({ "hub.mode": "subscribe", "hub.verify_token": "wrong-token-0123456789", "hub.challenge": "1" })).status).toBe(403);
    expect((await check({ "hub.mode": "unsubscribe", "hub.verify_token": CLOUD.verifyToken, "hub.challenge": "1" })).status).toBe(403);
    expect((await check({ "hub.verify_token": CLOUD.verifyToken, "hub.challenge": "1" })).status).toBe(403);
    expect((await check({ "hub.mode": "subscribe", "hub.verify_token": CLOUD.verifyToken, "hub.challenge": "<script>" })).status).toBe(403);
  });

  it("refuses a missing, malformed or wrong signature with 401 and sends nothing", async () => {
    const event = cloudEvent("923001110001", textFields(fixtureAd("ur-scam-01").text));
    const body = JSON.stringify(event);
    expect((await post(event, null)).status).toBe(401);
    expect((await post(event, "sha256=nothex")).status).toBe(401);
    expect((await post(event, signature(body, "another-app-secret-000000"))).status).toBe(401);
    // A valid signature of another body: the payload was changed on the way.
    expect((await post(event, signature(body.replace("923001110001", "923001110002")))).status).toBe(401);
    expect((await post(event, signature(body).toUpperCase().replace("SHA256=", "sha256=")))).toMatchObject({ status: 200 });
    await untilVerdict(0);
    graph.sent.length = 0;
    expect((await post(event, signature(body)))).toMatchObject({ status: 200 });
    // The same event again is a redelivery: answered once, above.
    expect(sent()).toEqual([]);
  });

  it("answers calls that are no webhook event with 400, and acknowledges malformed messages and status callbacks without a reply", async () => {
    expect((await post("{not json")).status).toBe(400);
    expect((await post({ hello: "world" })).status).toBe(400);
    expect((await post({ object: "whatsapp_business_account", entry: [{ changes: [{ field: "messages", value: { messages: "x" } }] }] })).status).toBe(400);
    // A well-formed event with a malformed message: a 400 would only make Meta send it again, so it is acknowledged and skipped.
    expect((await post(cloudEvent("12", textFields("hi")))).status).toBe(200);
    expect((await post(statusEvent("923001110003"))).status).toBe(200);
    expect((await post({ object: "whatsapp_business_account", entry: [{ changes: [{ field: "account_update", value: { event: "VERIFIED_ACCOUNT" } }] }] })).status).toBe(200);
    // Another number of the same business account is not ours to answer.
    expect((await post(cloudEvent("923001110004", textFields("Salaam"), { phoneNumberId: "999999999999" }))).status).toBe(200);
    const tooBig = JSON.stringify({ object: "whatsapp_business_account", entry: [], pad: "x".repeat(1_100_000) });
    expect((await post(tooBig)).status).toBe(413);
    expect(sent()).toEqual([]);
  });

  it.each([
    ["ur", "ur-scam-01"],
    ["ru", "ru-scam-01"],
  ])("replies to a %s ad in that language, Report a reply button under the verdict, the other choices in a list", async (lng, adId) => {
    const from = `9230022${adId.length}${lng === "ur" ? 1 : 2}`;
    const before = sent().length;
    expect((await post(cloudEvent(from, textFields(fixtureAd(adId).text, true)))).status).toBe(200);
    const sentList = (m: Sent) => m.interactive?.type === "list";
    const answer = ((await graph.waitUntil((m) => (m as Sent[]).slice(before).some(sentList), "the list after the verdict")) as Sent[]).slice(before);
    const more = answer.at(-1)!;
    const verdict = answer.at(-2)!;
    const t = locale(lng);
    for (const call of graph.sent) expect(call).toMatchObject({ phoneNumberId: CLOUD.phoneNumberId, authorization: `Bearer ${CLOUD.accessToken}`, body: { to: from } });
    expect(textOf(answer[0]!).startsWith(t.risk.high)).toBe(true);
    // A verdict longer than an interactive body: text first, within WhatsApp's limits, its end with the buttons.
    for (const m of answer.slice(0, -2)) expect(m).toMatchObject({ type: "text", text: { preview_url: false } });
    for (const m of answer.slice(0, -2)) expect(textOf(m).length).toBeLessThanOrEqual(4096);
    expect(textOf(verdict).length).toBeLessThanOrEqual(1024);
    // Five buttons do not fit WhatsApp's three reply buttons: Report stays one tap away, the rest are in a list.
    expect(verdict.interactive!.type).toBe("button");
    expect(choicesOf(verdict).map((c) => c.split(":")[0])).toEqual(["report"]);
    expect(verdict.interactive!.action.buttons![0]!.reply.title.startsWith(t.bot.button.report.slice(0, 19))).toBe(true);
    expect(more.interactive!.type).toBe("list");
    expect(textOf(more)).toBe(t.whatsapp.moreChoices);
    expect(more.interactive!.action.button).toBe(t.whatsapp.listButton);
    expect(choicesOf(more).map((c) => c.split(":")[0])).toEqual(["why", "howto", "help", "wrong"]);
    for (const row of more.interactive!.action.sections![0]!.rows) expect([...row.title].length).toBeLessThanOrEqual(24);
  });

  it("answers the good message of a batch that also holds a malformed one, and logs the bad one without its sender or text", async () => {
    const from = "923001110007";
    const badFrom = "923001110008";
    const batch = cloudBatch([
      // Over the 512 characters a message id may have: refused by the message schema.
      { from: badFrom, fields: textFields("Salaam, my number is 0300-1110008"), id: `wamid.${"A".repeat(600)}` },
      { from, fields: textFields(fixtureAd("ur-scam-03").text) },
    ]);
    const logged = log.lines.length;

    expect((await post(batch)).status).toBe(200);
    await untilVerdict(0);
    // The good message's answer is all there once the next message's is.
    await post(cloudEvent(from, textFields("/privacy")));
    const messages = (await graph.waitUntil((m) => textOf(m.at(-1) as Sent) === locale("ur").bot.privacy, "the /privacy answer")) as Sent[];
    expect(messages.every((m) => m.to === from)).toBe(true);
    // One verdict: its end with the Report button, and the list of other choices, sent once.
    expect(messages.filter((m) => m.type === "interactive")).toHaveLength(2);

    const warnings = log.lines.slice(logged).filter((line) => line.includes("skipped as malformed"));
    expect(warnings.map((line) => JSON.parse(line))).toEqual([expect.objectContaining({ level: 40, type: "text", reason: "id: too_big" })]);
    for (const secret of [badFrom, "1110008", "Salaam", "AAAA"]) expect(warnings.join("\n")).not.toContain(secret);
  });

  it("checks the pieces of one forward together, also when Meta batches them in one call: one verdict, of both", async () => {
    const from = "923001110009";
    const en = locale("en");
    const pieces = ["Dubai drivers urgently required, 100% visa guarantee, salary 3000 AED", "Advance fee 50,000 via EasyPaisa before the flight, WhatsApp only 0300-0000111"];
    expect((await post(cloudBatch(pieces.map((body) => ({ from, fields: textFields(body, true) }))))).status).toBe(200);
    // Its end: the list of the choices besides Report, Why? among them.
    const choices = (await untilVerdict(0)).at(-1)!;
    // The window of this suite is a quarter of a second: a second verdict would be here by now.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(sent().filter((m) => m.interactive?.type === "list")).toHaveLength(1);
    const before = sent().length;
    await post(cloudEvent(from, listFields(choicesOf(choices).find((c) => c.startsWith("why:"))!)));
    const why = (await untilVerdict(before)).slice(before).map(textOf).join("\n");
    for (const flag of ["guaranteed_visa", "payment_channel"]) expect(why).toContain(en.signal[flag]);
  });

  it("answers a redelivered event once", async () => {
    const from = "923001110005";
    const event = cloudEvent(from, textFields(fixtureAd("ru-scam-02").text));
    await Promise.all([post(event), post(event)]);
    const answered = (await untilVerdict(0)).length;
    await post(event);
    // A fresh message after the redeliveries: when its answer is there, any answer to the redeliveries would be too.
    await post(cloudEvent(from, textFields("/privacy")));
    const messages = (await graph.waitFor(answered + 1)) as Sent[];
    expect(messages).toHaveLength(answered + 1);
    expect(textOf(messages.at(-1)!)).toBe(locale("ru").bot.privacy);
  });

  it("files an anonymous report from button replies into Postgres, with no trace of who reported", async () => {
    const from = "923451234567";
    const name = "Rashida Bibi";
    const t = locale("ur");
    const say = async (fields: Record<string, unknown>) => {
      const before = graph.sent.length;
      expect((await post(cloudEvent(from, fields, { name }))).status).toBe(200);
      return (await graph.waitFor(before + 1)).at(-1) as Sent;
    };
    expect((await post(cloudEvent(from, textFields(`${fixtureAd("ur-scam-02").text}\nRashida Bibi 0345-1234567`, true), { name }))).status).toBe(200);
    await untilVerdict(0);
    const consent = await say(buttonFields("report"));
    expect(textOf(consent)).toBe(t.bot.report.explain);
    // Two short answers: WhatsApp's reply buttons.
    expect(consent.interactive!.type).toBe("button");
    expect(choicesOf(consent)).toEqual(["consent:yes", "consent:no"]);
    expect(textOf(await say(buttonFields("consent:yes")))).toBe(t.bot.report.askWhere);
    expect(textOf(await say(textFields("فیس بک گروپ میں دیکھا")))).toBe(t.bot.report.askPaid);
    expect(textOf(await say(listFields("paid:yes")))).toBe(t.bot.report.askAmount);
    const done = textOf(await say(textFields("50 ہزار روپے")));
    const reference = /[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}/.exec(done)?.[0];
    expect(reference).toMatch(REFERENCE_PATTERN);

    const [row] = await services.database.db.select().from(referrals).where(eq(referrals.reference, reference!));
    expect(row).toMatchObject({ status: "new", channel: "whatsapp", language: "ur", country: "PK", risk: "high", urgency: "normal" });
    expect(row!.reporterAnswers).toEqual({ whereSeen: "facebook", alreadyPaid: true, amount: "50 ہزار روپے" });
    expect(row!.adText).not.toContain("Rashida");
    const everything = await dumpAllTables(services.database.db);
    expect(everything).toContain(reference!);
    for (const secret of [from, "3451234567", "1234567", "Rashida", "Bibi", "wamid"]) expect(everything).not.toContain(secret);
  });

  it("asks about a new advert pasted mid-report with two reply buttons that carry its key, and goes on with the report when told", async () => {
    const from = "923001110011";
    const t = locale("ur").bot;
    const say = async (fields: Record<string, unknown>, count = 1) => {
      const before = graph.sent.length;
      expect((await post(cloudEvent(from, fields))).status).toBe(200);
      return ((await graph.waitFor(before + count)) as Sent[]).slice(before);
    };
    const before = sent().length;
    expect((await post(cloudEvent(from, textFields(fixtureAd("ur-scam-03").text)))).status).toBe(200);
    // The verdict's end: the Report button, then the list of the other choices.
    const report = choicesOf((await untilVerdict(before)).at(-2)!)[0]!;
    expect(report).toMatch(/^report:[0-9a-f]+$/);
    await say(buttonFields(report));
    expect(textOf((await say(buttonFields("consent:yes")))[0]!)).toBe(t.report.askWhere);
    const [question] = await say(textFields(fixtureAd("ru-scam-02").text));
    expect(textOf(question!)).toBe(t.report.newAdvert);
    // Two short choices: WhatsApp's reply buttons, their labels whole.
    expect(question!.interactive!.type).toBe("button");
    const key = choicesOf(question!)[0]!.split(":")[2];
    expect(question!.interactive!.action.buttons).toEqual([
      { type: "reply", reply: { id: `newad:check:${key}`, title: t.button.checkNew } },
      { type: "reply", reply: { id: `newad:continue:${key}`, title: t.button.continueReport } },
    ]);
    const [note, where] = await say(buttonFields(`newad:continue:${key}`), 2);
    expect([textOf(note!), textOf(where!)]).toEqual([t.report.checkAfter, t.report.askWhere]);
  });

  it("passes a picture on as an image the dialogue can download, within the size cap", async () => {
    const from = "923001110006";
    const bytes = Buffer.from("\xff\xd8\xff\xe0 a small jpeg stand-in", "latin1");
    graph.addMedia("1184523829151931", bytes);
    const event = cloudEvent(from, { type: "image", image: { id: "1184523829151931", mime_type: "image/jpeg", sha256: "uJ5c/mr2kQ0=" } });
    const [inbound] = inboundOf(webhookPayload.parse(event), CLOUD.phoneNumberId, graphApi(config));
    const message = inbound!.envelope.message;
    expect(message.kind).toBe("image");
    const image = message.kind === "image" ? message.image! : undefined;
    expect(image).toMatchObject({ id: "uJ5c/mr2kQ0=", mimeType: "image/jpeg" });
    expect(Buffer.from(await image!.load(1024))).toEqual(bytes);
    // Larger than the cap: refused from the announced size, before any download.
    const downloads = graph.downloads.length;
    await expect(image!.load(8)).rejects.toThrow(/over 8/);
    expect(graph.downloads).toHaveLength(downloads);
    // Through the webhook, the picture gets an answer.
    expect((await post(event)).status).toBe(200);
    const [reply] = (await graph.waitFor(1)) as Sent[];
    expect(reply!.to).toBe(from);
  });
});

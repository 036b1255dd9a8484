import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Envelope, ImageSource, OutgoingMessage } from "../../src/conversation/types.ts";
import { renderAdImage } from "../helpers/ad-image.ts";
import { testServices, type TestServices } from "../helpers/app.ts";
import { locale } from "../helpers/fixture-ads.ts";
import { dumpAllTables } from "../helpers/scan-tables.ts";
import { until } from "../helpers/until.ts";

/**
 * The pieces of one forward through the real dialogue, whatever the channel:
 * checked as one advert and answered once, after a window with no new piece,
 * through the adapter that can write later ("later" here). Real OCR, real
 * Postgres shared by instances, and PGlite.
 */

const en = locale("en");
const WINDOW_MS = 200;
const PART_VISA = "Dubai drivers urgently required, 100% visa guarantee, salary 3000 AED";
const PART_FEE = "Advance fee 50,000 via EasyPaisa before the flight, WhatsApp only 0300-0000111";
const AD_RU = "Срочно! Работа в Польше, виза 100%, предоплата 300$ на карту, пишите только в телеграм @job_poland_fast";

let lite: TestServices;
let noOcr: TestServices;
let a: TestServices;
let b: TestServices;
let update = 0;

/** What an adapter connected as `via` was given to write, per instance. */
const written = new Map<TestServices, { via: string; to: string; replies: OutgoingMessage[] }[]>();
function connect(services: TestServices, via = "later"): () => void {
  if (!written.has(services)) written.set(services, []);
  return services.dialogue.deliverVia(via, async (to, replies) => void written.get(services)!.push({ via, to, replies }));
}
const writtenTo = (to: string, ...instances: TestServices[]) => instances.flatMap((s) => written.get(s) ?? []).filter((w) => w.to === to);

function envelope(sender: string, message: Envelope["message"], extra: Partial<Envelope> = {}): Envelope {
  return { channel: "test", senderId: sender, updateId: `fw-${++update}`, replyTo: { via: "later", to: `chat-${sender}` }, message, ...extra };
}
const text = (to: TestServices, sender: string, body: string, extra: Partial<Envelope> = {}) => to.dialogue.handle(envelope(sender, { kind: "text", text: body, forwarded: true }, extra));

function picture(bytes: Uint8Array): ImageSource {
  return { id: `pic-${++update}`, load: async () => bytes };
}

/** Long enough for a forward due now to have been answered, and for a second answer to show up if there were one. */
const settle = () => new Promise((r) => setTimeout(r, WINDOW_MS * 3));

/** The one answer written to `to` by any of `instances`, once it came and a second had time to follow (and did not). */
async function onlyAnswerTo(to: string, ...instances: TestServices[]) {
  await until(() => writtenTo(to, ...instances).length > 0);
  await settle();
  const [answer, ...more] = writtenTo(to, ...instances);
  expect(more).toEqual([]);
  return answer!;
}

beforeAll(async () => {
  const env = { FORWARD_WINDOW_MS: String(WINDOW_MS) };
  [lite, noOcr, a] = await Promise.all([testServices("pglite", env), testServices("pglite", { ...env, OCR: "off" }), testServices("postgres", env)]);
  b = await testServices({ url: a.config.databaseUrl! }, env);
  for (const s of [lite, noOcr, a, b]) connect(s);
});
afterAll(async () => {
  await Promise.all([lite?.close(), noOcr?.close(), b?.close()]);
  await a?.close();
});

describe("the pieces of one forward", () => {
  it("are checked as one advert when a text comes in parts, with one answer once the window has passed", async () => {
    const started = Date.now();
    expect(await text(lite, "parts", PART_VISA)).toEqual([]);
    expect(await text(lite, "parts", PART_FEE)).toEqual([]);
    const answer = await onlyAnswerTo("chat-parts", lite);
    expect(Date.now() - started).toBeGreaterThanOrEqual(WINDOW_MS);
    expect(answer.replies).toHaveLength(1);
    expect(answer.replies[0]!.text.startsWith(en.risk.high)).toBe(true);
    // The buttons under it act on the whole forward: its reasons come from both parts.
    const [why] = await lite.dialogue.handle(envelope("parts", { kind: "button", data: answer.replies[0]!.buttons![0]![1]!.data }));
    for (const flag of ["guaranteed_visa", "upfront_fee", "payment_channel"]) expect(why!.text).toContain(en.signal[flag]);
  });

  it("are one advert when a picture comes first and its text after, read from the picture and said so", async () => {
    const poster = picture(await renderAdImage(PART_VISA));
    expect(await a.dialogue.handle(envelope("poster", { kind: "image", image: poster }, { languageHint: "en" }))).toEqual([]);
    expect(await text(a, "poster", PART_FEE)).toEqual([]);
    const [verdict, ...rest] = (await onlyAnswerTo("chat-poster", a, b)).replies;
    expect(rest).toEqual([]);
    expect(verdict!.text.startsWith(`${en.image.readFromPicture}\n\n${en.risk.high}`)).toBe(true);
    const [why] = await a.dialogue.handle(envelope("poster", { kind: "button", data: "why" }));
    for (const flag of ["guaranteed_visa", "payment_channel"]) expect(why!.text).toContain(en.signal[flag]);
  });

  it("reach different instances and are still one forward, answered once", async () => {
    expect(await text(a, "hopper", PART_VISA)).toEqual([]);
    expect(await text(b, "hopper", PART_FEE)).toEqual([]);
    await onlyAnswerTo("chat-hopper", a, b);
    const [why] = await b.dialogue.handle(envelope("hopper", { kind: "button", data: "why" }));
    for (const flag of ["guaranteed_visa", "payment_channel"]) expect(why!.text).toContain(en.signal[flag]);
  });

  it("redelivered, are neither answered nor kept twice", async () => {
    const advert = `${PART_VISA} (sent twice)`;
    const first = envelope("again", { kind: "text", text: advert, forwarded: true });
    await lite.dialogue.handle(first);
    expect(await lite.dialogue.handle(first)).toEqual([]);
    await onlyAnswerTo("chat-again", lite);
    const sessions = (await lite.database.db.execute(sql`select state->'lastAd'->>'text' as ad from conversation_sessions`)) as unknown as { rows: { ad: string | null }[] };
    expect(sessions.rows.filter((r) => r.ad?.includes("sent twice")).map((r) => r.ad)).toEqual([advert]);
  });

  it("of another album are another forward: the first album is answered when the next begins", async () => {
    const albumPiece = (sender: string, album: string, caption?: string) =>
      noOcr.dialogue.handle(envelope(sender, { kind: "image", ...(caption ? { caption } : {}) }, { album }));
    expect(await albumPiece("albums", "A", `${PART_VISA}. ${PART_FEE}`)).toEqual([]);
    expect(await albumPiece("albums", "A")).toEqual([]);
    const [firstAlbum, ...rest] = await albumPiece("albums", "B", AD_RU);
    expect(rest).toEqual([]);
    expect(firstAlbum).toMatchObject({ lang: "en" });
    expect(firstAlbum!.text.startsWith(en.risk.high)).toBe(true);
    expect((await onlyAnswerTo("chat-albums", noOcr)).replies.map((r) => r.lang)).toEqual(["ru"]);
  });
});

describe("a message on its own", () => {
  it("still gets its verdict, once the window has passed", async () => {
    const started = Date.now();
    expect(await text(lite, "lone", AD_RU)).toEqual([]);
    const answer = await onlyAnswerTo("chat-lone", lite);
    expect(Date.now() - started).toBeGreaterThanOrEqual(WINDOW_MS);
    expect(answer.replies.map((r) => r.lang)).toEqual(["ru"]);
  });

  it("that is no part of a forward (a command, a button) comes after the forward's answer, in one reply", async () => {
    await text(lite, "impatient", AD_RU);
    const [verdict, privacy, ...rest] = await lite.dialogue.handle(envelope("impatient", { kind: "command", command: "privacy" }));
    expect(rest).toEqual([]);
    expect(verdict!.text.startsWith(locale("ru").risk.high)).toBe(true);
    expect(privacy!.text).toBe(locale("ru").bot.privacy);
    await settle();
    expect(writtenTo("chat-impatient", lite)).toEqual([]);
  });

  it("typed as the answer to a report question comes after a forward that set the report aside, and is checked itself", async () => {
    await text(noOcr, "reporting", AD_RU);
    for (const data of ["report", "consent:yes"]) await noOcr.dialogue.handle(envelope("reporting", { kind: "button", data }));
    // A poster comes in the middle of the report, and then what the person types.
    expect(await noOcr.dialogue.handle(envelope("reporting", { kind: "image", caption: `${PART_VISA}. ${PART_FEE}` }))).toEqual([]);
    const [verdict, paused, typed, ...rest] = await noOcr.dialogue.handle(envelope("reporting", { kind: "text", text: "в группе фейсбук" }));
    expect(rest).toEqual([]);
    // An English advert forwarded into a Russian conversation is answered in Russian.
    expect(verdict!.text.startsWith(locale("ru").risk.high)).toBe(true);
    // The report is not lost: it waits, with a button to finish it.
    expect(paused!.text).toBe(locale("ru").bot.report.paused);
    expect(typed!.text).toBe(locale("ru").bot.smallTalk);
  });

  it("is answered at once on a channel that cannot write later (the simulator)", async () => {
    const [verdict] = await lite.dialogue.handle({ channel: "web", senderId: "simulated", updateId: "sim-1", message: { kind: "text", text: AD_RU } });
    expect(verdict!.text.startsWith(locale("ru").risk.high)).toBe(true);
  });

  it("is answered alone, at once, when the forward cannot be kept (the database is out of reach)", async () => {
    await lite.database.db.execute(sql`alter table forward_bundles rename to forward_bundles_away`);
    try {
      const [verdict] = await text(lite, "outage", AD_RU);
      expect(verdict!.text.startsWith(locale("ru").risk.high)).toBe(true);
    } finally {
      await lite.database.db.execute(sql`alter table forward_bundles_away rename to forward_bundles`);
    }
    await settle();
    expect(writtenTo("chat-outage", lite)).toEqual([]);
  });
});

describe("a forward waiting for its answer", () => {
  it("keeps the advert without the sender's own details or their chat id, and nothing once answered", async () => {
    const sender = "730419268";
    const reporter = { names: ["Zarina Tokhtarova"], usernames: ["zarina_tokh"] };
    await lite.dialogue.handle(envelope(sender, { kind: "text", text: `${AD_RU}\nпереслала Zarina (@zarina_tokh)`, forwarded: true }, { reporter, replyTo: { via: "nowhere-yet", to: "chat-730419268" } }));
    const waiting = await dumpAllTables(lite.database.db);
    expect(waiting).toContain("forward_bundles");
    expect(waiting).toContain("job_poland_fast");
    for (const secret of ["730419268", "Zarina", "zarina_tokh"]) expect(waiting).not.toContain(secret);
    // The adapter connects (as after a restart): the forward is answered, and forgotten.
    const undo = connect(lite, "nowhere-yet");
    await until(() => writtenTo("chat-730419268", lite).length > 0);
    undo();
    const left = (await lite.database.db.execute(sql`select count(*)::int as n from forward_bundles`)) as unknown as { rows: { n: number }[] };
    expect(left.rows[0]!.n).toBe(0);
  });

  it("left by an instance that stopped is answered once, by the next, when the sender writes again", async () => {
    const dying = await testServices({ url: a.config.databaseUrl! }, { FORWARD_WINDOW_MS: String(WINDOW_MS) });
    connect(dying, "restart");
    const replyTo = { via: "restart", to: "chat-restarted" };
    await dying.dialogue.handle(envelope("restarted", { kind: "text", text: AD_RU, forwarded: true }, { replyTo }));
    await dying.close();
    const next = await testServices({ url: a.config.databaseUrl! }, { FORWARD_WINDOW_MS: String(WINDOW_MS) });
    try {
      connect(next, "restart");
      await settle();
      // No instance knows where to answer: nothing is written unasked.
      expect([...writtenTo("chat-restarted", dying), ...writtenTo("chat-restarted", next)]).toEqual([]);
      const replies = await next.dialogue.handle(envelope("restarted", { kind: "command", command: "privacy" }, { replyTo }));
      expect(replies[0]!.text.startsWith(locale("ru").risk.high)).toBe(true);
      expect(replies.at(-1)!.text).toBe(locale("ru").bot.privacy);
      await settle();
      expect(writtenTo("chat-restarted", next)).toEqual([]);
    } finally {
      await next.close();
    }
  });

  it("is answered by one of the instances that find it due at the same moment", async () => {
    await a.dialogue.handle(envelope("raced", { kind: "text", text: AD_RU, forwarded: true }, { replyTo: { via: "raced", to: "chat-raced" } }));
    await settle();
    const undo = [connect(a, "raced"), connect(b, "raced")];
    await onlyAnswerTo("chat-raced", a, b);
    undo.forEach((u) => u());
  });
});

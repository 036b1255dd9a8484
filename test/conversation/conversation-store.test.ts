import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resilientConversationStore, type ConversationStore } from "../../src/conversation/conversation-store.ts";
import { dbConversationStore } from "../../src/db/conversation-repository.ts";
import type { Envelope, OutgoingMessage } from "../../src/conversation/types.ts";
import { testServices, type TestServices } from "../helpers/app.ts";
import { shippedEngine } from "../helpers/engine.ts";
import { fileReport } from "../helpers/referrals.ts";
import { migratedMemoryDatabase } from "../helpers/memory-database.ts";

const en = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "locales", "en", "translation.json"), "utf8"));

// Two app instances on one Postgres database, as behind a load balancer.
let a: TestServices;
let b: TestServices;

beforeAll(async () => {
  a = await testServices("postgres");
  b = await testServices({ url: a.config.databaseUrl! });
});
afterAll(async () => {
  await b.close();
  await a.close();
});

const hello = (sender: string, updateId: string): Envelope => ({ channel: "test", senderId: sender, updateId, message: { kind: "text", text: "hello" } });

describe("conversation state shared by instances", () => {
  it("counts one sender's messages across instances for the rate limit", async () => {
    const replies: OutgoingMessage[][] = [];
    // 22 messages, alternating instances: each instance alone sees only 11, under the limit of 20.
    for (let i = 0; i < 22; i++) replies.push(await (i % 2 ? b : a).dialogue.handle(hello("flooder", `flood-${i}`)));
    expect(replies.slice(0, 20).every((r) => r.length === 1 && r[0]!.text !== en.bot.rateLimited)).toBe(true);
    expect(replies[20]).toEqual([{ text: en.bot.rateLimited, lang: "en" }]);
    expect(replies[21]).toEqual([]);
    // Someone else is not slowed down by the flood.
    expect(await a.dialogue.handle(hello("calm", "calm-1"))).toEqual([{ text: en.bot.smallTalk, lang: "en" }]);
  });

  it("answers an update redelivered to both instances at once exactly once", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? b : a).dialogue.handle(hello("twice", "same-update"))));
    expect(results.filter((r) => r.length > 0)).toHaveLength(1);
  });

  it("continues a conversation on the other instance", async () => {
    await a.dialogue.handle({ channel: "test", senderId: "mover", updateId: "m1", message: { kind: "button", data: "lang:ru" } });
    const [reply] = await b.dialogue.handle(hello("mover", "m2"));
    expect(reply!.lang).toBe("ru");
  });
});

describe("news of a sender's reports", () => {
  it("is taken only by a message within the rate limit, so a sender over it gets the news once the window has passed", async () => {
    const database = await migratedMemoryDatabase();
    const store = dbConversationStore(database.db, { limit: 2, windowMs: 60_000 });
    const { id } = await fileReport(database.db, await shippedEngine(), { text: "Dubai visa 100% guarantee, fee 50,000 EasyPaisa", reporterHash: "sender" });
    await store.begin("sender", "k1");
    await store.begin("sender", "k2");
    await database.db.execute(sql`insert into reporter_notices (referral_id, reporter_hash, reference, event) select id, reporter_hash, reference, 'taken_up' from referrals where id = ${id}`);
    expect((await store.begin("sender", "k3"))!.notices).toEqual([]);
    await database.db.execute(sql`update sender_rate_windows set window_start = now() - interval '2 minutes'`);
    expect((await store.begin("sender", "k4"))!.notices).toEqual([{ reference: expect.any(String), event: "taken_up" }]);
    expect((await store.begin("sender", "k5"))!.notices).toEqual([]);
    // A redelivered update takes nothing.
    await database.db.execute(sql`update reporter_notices set delivered_at = null`);
    await database.db.execute(sql`update sender_rate_windows set window_start = now() - interval '2 minutes'`);
    expect(await store.begin("sender", "k5")).toBeNull();
    expect((await store.begin("sender", "k6"))!.notices).toHaveLength(1);
    await database.close();
  });
});

/** The real store on a fresh PGlite, behind a switch that makes it fail as an unreachable server does. */
async function storeWithOutage() {
  const database = await migratedMemoryDatabase();
  const db = dbConversationStore(database.db, { limit: 20, windowMs: 60_000 });
  const outage = { down: false };
  const flaky: ConversationStore = {
    ...db,
    begin: (s, k) => (outage.down ? Promise.reject(new Error("connection refused")) : db.begin(s, k)),
    save: (s, st) => (outage.down ? Promise.reject(new Error("connection refused")) : db.save(s, st)),
  };
  return { database, db, outage, store: resilientConversationStore(flaky, () => {}) };
}

describe("conversation state through a database outage", () => {
  it("keeps what changed during the outage when the database is back, instead of its older copy", async () => {
    const { database, db, outage, store } = await storeWithOutage();
    await store.save("s", { language: "ru" });
    outage.down = true;
    const during = await store.begin("s", "u1");
    await store.save("s", { ...during!.state, lastAd: { text: "ad", updateId: "u1" } });
    outage.down = false;
    const after = await store.begin("s", "u2");
    expect(after!.state).toEqual({ language: "ru", lastAd: { text: "ad", updateId: "u1" } });
    await store.save("s", after!.state);
    // Written back: the database's copy is current again.
    expect((await db.begin("s", "u3"))!.state).toEqual(after!.state);
    await database.close();
  });

  it("answers nothing to a redelivery of an update answered during the outage, and leaves the sender's news for their next message", async () => {
    const { database, outage, store } = await storeWithOutage();
    outage.down = true;
    expect(await store.begin("sender", "during")).not.toBeNull();
    outage.down = false;
    const { id } = await fileReport(database.db, await shippedEngine(), { text: "Dubai visa 100% guarantee, fee 50,000 EasyPaisa", reporterHash: "sender" });
    await database.db.execute(sql`insert into reporter_notices (referral_id, reporter_hash, reference, event) select id, reporter_hash, reference, 'taken_up' from referrals where id = ${id}`);
    expect(await store.begin("sender", "during")).toBeNull();
    expect((await store.begin("sender", "next"))!.notices).toEqual([{ reference: expect.any(String), event: "taken_up" }]);
    await database.close();
  });
});

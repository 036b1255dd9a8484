import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ForwardHead } from "../../src/conversation/forward-store.ts";
import { openDatabase, type Database } from "../../src/db/client.ts";
import { conversationSessions } from "../../src/db/schema/index.ts";
import { dbForwardStore, pruneForwards } from "../../src/db/forward-repository.ts";
import { createTestDatabase } from "../helpers/postgres.ts";
import { migratedMemoryDatabase } from "../helpers/memory-database.ts";

/** Forwards being gathered, on the real Postgres and on PGlite: what makes each answered once. */

const HEAD: ForwardHead = { channel: "test", via: "later", updateId: "u1", languageHint: "ru" };
/** Long enough that nothing is due unless a test moves it back in time. */
const WINDOW = 60_000;
const LEASE = 60_000;

describe.each(["postgres", "pglite"] as const)("forwards being gathered (%s)", (kind) => {
  let database: Database;
  let drop: (() => Promise<void>) | undefined;
  let store: ReturnType<typeof dbForwardStore>;
  let n = 0;
  const sender = () => `sender-${++n}`;
  /** The window of every forward of `who` closed this long ago. */
  const closeWindow = (who: string, seconds = 1) =>
    database.db.execute(sql`update forward_bundles set due_at = now() - make_interval(secs => ${seconds}) where sender_hash = ${who}`);

  beforeAll(async () => {
    if (kind === "postgres") {
      const created = await createTestDatabase();
      drop = created.drop;
      database = await openDatabase({ url: created.url });
    } else {
      database = await migratedMemoryDatabase();
    }
    await database.migrate();
    store = dbForwardStore(database.db);
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it("gathers one sender's pieces in order into one forward, due a window after the last, taken once", async () => {
    const who = sender();
    const dueIn = await store.addToForward(who, HEAD, [{ text: "part one" }], 500, 0);
    expect(dueIn).toBeGreaterThan(400);
    expect(dueIn).toBeLessThanOrEqual(500);
    await store.addToForward(who, { ...HEAD, updateId: "u2" }, [{ read: "poster", partial: false }, { failure: "busy" }], WINDOW, 0);
    expect(await store.dueForwardSenders(["later"])).not.toContain(who);
    await closeWindow(who);
    await database.db.insert(conversationSessions).values({ senderHash: who, state: { language: "ky" } });
    expect(await store.dueForwardSenders(["later"])).toContain(who);
    expect(await store.dueForwardSenders(["another-adapter"])).not.toContain(who);
    const [taken, ...more] = await store.takeDueForwards(who, ["later"], LEASE);
    expect(more).toEqual([]);
    // The first piece's update names the advert; the session comes with it.
    expect(taken).toMatchObject({ senderHash: who, channel: "test", via: "later", updateId: "u1", languageHint: "ru", state: { language: "ky" } });
    expect(taken!.pieces).toEqual([{ text: "part one" }, { read: "poster", partial: false }, { failure: "busy" }]);
    expect(await store.takeDueForwards(who, ["later"], LEASE)).toEqual([]);
    expect(await store.dueForwardSenders(["later"])).not.toContain(who);
  });

  it("lets the sender gather the next forward while one is being answered, and forgets a forward once answered", async () => {
    const who = sender();
    await store.addToForward(who, HEAD, [{ text: "first" }], WINDOW, 0);
    await closeWindow(who);
    const [first] = await store.takeDueForwards(who, ["later"], LEASE);
    await store.addToForward(who, { ...HEAD, updateId: "u9" }, [{ text: "second" }], WINDOW, 0);
    await store.forwardAnswered(first!.id);
    const rows = (await database.db.execute(sql`select update_id, pieces from forward_bundles where sender_hash = ${who}`)) as unknown as { rows: unknown[] };
    expect(rows.rows).toEqual([{ update_id: "u9", pieces: [{ text: "second" }] }]);
  });

  it("takes a forward again only once its lease has lapsed: its instance died while answering", async () => {
    const who = sender();
    await store.addToForward(who, HEAD, [{ text: "ad" }], WINDOW, 0);
    await closeWindow(who);
    expect(await store.takeDueForwards(who, ["later"], LEASE)).toHaveLength(1);
    expect(await store.takeDueForwards(who, ["later"], LEASE)).toEqual([]);
    await database.db.execute(sql`update forward_bundles set taken_until = now() - interval '1 second' where sender_hash = ${who}`);
    expect(await store.dueForwardSenders(["later"])).toContain(who);
    expect(await store.takeDueForwards(who, ["later"], LEASE)).toHaveLength(1);
  });

  it("waits for a picture being read, however long the window has been closed, until the reading is given up", async () => {
    const who = sender();
    await store.addToForward(who, HEAD, [], WINDOW, 1);
    await closeWindow(who);
    expect(await store.takeDueForwards(who, ["later"], LEASE)).toEqual([]);
    // The instance reading it died: two minutes on, the forward is answered without that picture.
    await closeWindow(who, 121);
    expect(await store.takeDueForwards(who, ["later"], LEASE)).toHaveLength(1);

    const other = sender();
    await store.addToForward(other, HEAD, [], WINDOW, 1);
    await store.addToForward(other, HEAD, [{ read: "its text", partial: true }], WINDOW, -1);
    await closeWindow(other);
    expect((await store.takeDueForwards(other, ["later"], LEASE))[0]!.pieces).toEqual([{ read: "its text", partial: true }]);
  });

  it("takes a forward away on the spot, or only when it belongs to another album", async () => {
    const who = sender();
    await store.addToForward(who, { ...HEAD, album: "A" }, [{ text: "album A" }], WINDOW, 0);
    expect(await store.takeForward(who, "A")).toBeNull();
    expect(await store.takeForward(who, "B")).toMatchObject({ album: "A", pieces: [{ text: "album A" }] });
    await store.addToForward(who, HEAD, [{ text: "no album" }], WINDOW, 0);
    expect(await store.takeForward(who, "B")).toBeNull();
    expect(await store.takeForward(who)).toMatchObject({ pieces: [{ text: "no album" }] });
    expect(await store.takeForward(who)).toBeNull();
  });

  it("hands a due forward to one of many instances taking it at once", async () => {
    const who = sender();
    await store.addToForward(who, HEAD, [{ text: "ad" }], WINDOW, 0);
    await closeWindow(who);
    const takers = await Promise.all(Array.from({ length: 8 }, () => store.takeDueForwards(who, ["later"], LEASE)));
    expect(takers.flat()).toHaveLength(1);
  });

  it("forgets forwards no instance could answer within a day", async () => {
    const who = sender();
    await store.addToForward(who, HEAD, [{ text: "ad" }], WINDOW, 0);
    await database.db.execute(sql`update forward_bundles set created_at = now() - interval '25 hours' where sender_hash = ${who}`);
    const fresh = sender();
    await store.addToForward(fresh, HEAD, [{ text: "ad" }], WINDOW, 0);
    await pruneForwards(database.db);
    expect(await store.takeForward(who)).toBeNull();
    expect(await store.takeForward(fresh)).not.toBeNull();
  });
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referrals, sightings } from "../../src/db/schema/index.ts";
import type { WatchedChat } from "../../src/monitor/types.ts";
import { testServices, type TestServices } from "../helpers/app.ts";

const POLAND = "Срочно! Работа в Польше, виза 100%, предоплата 300$ на карту, пишите только в телеграм @job_poland_fast";
const CHANNEL: WatchedChat = { id: -1009000000002, kind: "channel", title: "Работа за рубежом", username: "abroad_jobs_2" };

describe("what the watcher files and the count of reports", () => {
  let services: TestServices;
  beforeAll(async () => {
    services = await testServices("pglite", { TELEGRAM_WATCH: "on" });
  }, 60_000);
  afterAll(() => services.close());

  it("a watched post's contacts are evidence, but not a report: the next verdict does not say 'reported before'", async () => {
    const { watcher, history, database, engine } = services;
    await watcher!.check({ chat: CHANNEL, messageId: 1, edited: false, text: POLAND, postedAt: new Date() });
    const [filed] = await database.db.select().from(referrals).where(eq(referrals.adText, POLAND));
    const kept = await database.db.select().from(sightings).where(eq(sightings.referralId, filed!.id));
    expect(kept.map((s) => s.value)).toContain("@job_poland_fast");

    await history.refresh(database.db);
    expect(history.reports("handle", "@job_poland_fast")).toBe(0);
    expect(engine.check(`Работа в Чехии, пишите @job_poland_fast`).flags.map((f) => f.id)).not.toContain("reported_before");

    // The same referral filed by a person counts.
    await database.db.update(referrals).set({ channel: "telegram" }).where(eq(referrals.id, filed!.id));
    await history.refresh(database.db);
    expect(history.reports("handle", "@job_poland_fast")).toBe(1);
  }, 60_000);
});

import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monitorSightings, referrals } from "../../src/db/schema/index.ts";
import type { WatchedChat } from "../../src/monitor/types.ts";
import { testServices, type TestServices } from "../helpers/app.ts";

/** High risk; the advert re-posted with another number each time. */
const germany = (i: number) =>
  `Сбор клубники в Германии! Зарплата 2500€ в месяц, жильё бесплатно. Виза гарантирована 100%, предоплата 350€ за оформление на карту. Звоните +998 90 ${String(100 + i)} ${String(1000 + i)}`;
const chat = (i: number): WatchedChat => ({ id: -1007000000000 - i, kind: "channel", title: `Работа ${i}`, username: `rabota_${i}` });

describe("which case a re-posted advert joins", () => {
  let services: TestServices;
  beforeAll(async () => {
    services = await testServices("pglite", { TELEGRAM_WATCH: "on" });
  }, 60_000);
  afterAll(() => services.close());

  const post = (i: number) => services.watcher!.check({ chat: chat(i), messageId: i, edited: false, text: germany(i), postedAt: new Date() });
  const cases = () => services.database.db.select({ id: referrals.id, status: referrals.status }).from(referrals).where(sql`${referrals.adText} like 'Сбор клубники%'`).orderBy(referrals.createdAt);
  const postings = async (id: string) => (await services.database.db.select().from(monitorSightings).where(eq(monitorSightings.referralId, id))).length;
  const setStatus = (id: string, status: "resolved" | "rejected") => services.database.db.update(referrals).set({ status }).where(eq(referrals.id, id));

  it("joins the open case, opens a new one once the old is resolved, and stays quiet in one a caseworker rejected", async () => {
    await post(1);
    await post(2);
    const [first] = await cases();
    expect(await postings(first!.id)).toBe(2);

    // Resolved: a posting after that is new activity, a new case in the queue.
    await setStatus(first!.id, "resolved");
    await post(3);
    const [, second] = await cases();
    expect(second).toMatchObject({ status: "new" });
    expect(await postings(second!.id)).toBe(1);

    // Rejected: judged harmless; re-posts are recorded there and open nothing.
    await setStatus(second!.id, "rejected");
    await post(4);
    expect(await cases()).toHaveLength(2);
    expect(await postings(second!.id)).toBe(2);
  }, 60_000);
});

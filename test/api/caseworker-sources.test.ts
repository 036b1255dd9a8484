import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sourcesResponse } from "../../src/api/schemas/caseworker-responses.ts";
import { loadConfig } from "../../src/config.ts";
import { DEFAULT_DATA_DIR, loadEngineData } from "../../src/data/load-engine-data.ts";
import type { WatchedChat } from "../../src/monitor/types.ts";
import { Journal } from "../../src/referrals/journal.ts";
import { createWatcher } from "../../src/monitor/watcher.ts";
import { weekStarts } from "../../src/monitor/sources.ts";
import { caseworkerTestApp, type CaseworkerTestApp } from "../helpers/caseworker-api.ts";

const POLAND = "Срочно! Работа в Польше, виза 100%, предоплата 300$ на карту, пишите только в телеграм @job_poland_fast";
const CZECH = "Срочно! Работа в Чехии, виза 100%, предоплата 300$ на карту, пишите только в телеграм @job_czech_fast";
const SAUDI = "سعودی عرب کے لیے ڈرائیور کی فوری ضرورت، 100 فیصد ویزا گارنٹی، ایڈوانس فیس 3 لاکھ روپے، صرف واٹس ایپ 0300-0000111";
const HARMLESS = "Продаю велосипед, почти новый, 15000 сом";

const KZ: WatchedChat = { id: -1001, kind: "channel", title: "Работа Казахстан", username: "kz_jobs" };
const PK: WatchedChat = { id: -1002, kind: "supergroup", title: "Gulf jobs" };
const NOWHERE: WatchedChat = { id: -1003, kind: "group", title: "Барахолка" };
const DAY = 86_400_000;

let t: CaseworkerTestApp;
let message = 0;

beforeAll(async () => {
  t = await caseworkerTestApp("postgres");
  await t.account("kz@ngo.example", "caseworker", ["KZ"]);
  await t.account("pk@ngo.example", "caseworker", ["PK"]);
  await t.account("admin@ngo.example", "admin", []);
  const watch = loadConfig({ TELEGRAM_WATCH: "on", TELEGRAM_WATCH_COUNTRIES: "@kz_jobs=KZ", WATCH_JOURNAL: join(mkdtempSync(join(tmpdir(), "watch-")), "journal.ndjson") }).telegramWatch!;
  const s = t.services;
  const watcher = createWatcher({ db: s.database.db, engine: s.engine, i18n: s.i18n, memory: s.adverts, filter: loadEngineData(DEFAULT_DATA_DIR).common, config: watch, journal: new Journal(watch.journal), log: s.log });
  const post = (chat: WatchedChat, text: string, daysAgo = 0) => watcher.check({ chat, messageId: ++message, edited: false, text, postedAt: new Date(Date.now() - daysAgo * DAY) });
  // KZ: two risky of three, one of them three weeks ago. PK: one risky of four. Nowhere: nothing risky.
  await post(KZ, POLAND);
  await post(KZ, HARMLESS);
  await post(KZ, CZECH, 21);
  await post(PK, SAUDI);
  for (let i = 0; i < 3; i++) await post(PK, `${HARMLESS} ${i}`);
  await post(NOWHERE, HARMLESS);
});
afterAll(() => t.close());

async function sources(email: string, query = "") {
  const who = await t.login(email);
  const response = await t.app.inject({ url: `/api/caseworker/sources${query}`, headers: who.bearer });
  return { status: response.statusCode, body: response.json() as unknown };
}

describe("GET /api/caseworker/sources", () => {
  it("ranks an admin every watched chat by risky posts and share, with a weekly trend", async () => {
    const { status, body } = await sources("admin@ngo.example");
    expect(status).toBe(200);
    const page = sourcesResponse.parse(body);
    expect(page.weeks).toBe(8);
    expect(page.items.map((s) => [s.title, s.country, s.checked, s.risky])).toEqual([
      ["Работа Казахстан", "KZ", 3, 2],
      ["Gulf jobs", "PK", 4, 1],
      ["Барахолка", null, 1, 0],
    ]);
    const [kz] = page.items;
    expect(kz).toMatchObject({ link: "https://t.me/kz_jobs", share: 2 / 3, kind: "channel" });
    expect(kz!.trend.map((w) => w.week)).toEqual(weekStarts(8, new Date()));
    expect(kz!.trend.at(-1)).toMatchObject({ checked: 2, risky: 1 });
    expect(kz!.trend.reduce((n, w) => n + w.risky, 0)).toBe(2);
    expect(page.items[1]!.link).toBeNull();
  });

  it("shows a caseworker only the chats of their countries", async () => {
    const kz = sourcesResponse.parse((await sources("kz@ngo.example")).body);
    expect(kz.items.map((s) => s.title)).toEqual(["Работа Казахстан"]);
    const pk = sourcesResponse.parse((await sources("pk@ngo.example")).body);
    expect(pk.items.map((s) => s.title)).toEqual(["Gulf jobs"]);
  });

  it("counts only the weeks asked for, and refuses a bad period with 400 and a stranger with 401", async () => {
    const lastWeek = sourcesResponse.parse((await sources("kz@ngo.example", "?weeks=1")).body);
    expect(lastWeek.items[0]).toMatchObject({ checked: 2, risky: 1 });
    expect(lastWeek.items[0]!.trend).toHaveLength(1);
    expect((await sources("kz@ngo.example", "?weeks=0")).status).toBe(400);
    expect((await sources("kz@ngo.example", "?weeks=99")).status).toBe(400);
    expect((await t.app.inject({ url: "/api/caseworker/sources" })).statusCode).toBe(401);
  });
});

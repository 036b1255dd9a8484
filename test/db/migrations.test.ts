import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, openDatabase, type Database } from "../../src/db/client.ts";
import { referralCountry } from "../../src/referrals/country.ts";
import { shippedEngine } from "../helpers/engine.ts";
import { createTestDatabase } from "../helpers/postgres.ts";

const TABLES = ["advert_bands", "advert_cluster_referrals", "advert_clusters", "advert_sighting_keys", "api_key_rate_windows", "api_keys",
  "caseworker_sessions", "caseworkers", "conversation_sessions", "feed_subscriptions", "forward_bundles", "login_failures", "monitor_daily", "monitor_sightings",
  "monitor_sources", "processed_updates", "referral_events", "referral_notes", "referrals", "registry_operators", "registry_sources", "remote_sightings", "reporter_notices",
  "scan_batch_items", "scan_batches", "sender_rate_windows", "sightings", "verdict_feedback", "whatsapp_web_status"];

async function tables(database: Database): Promise<string[]> {
  const result = (await database.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
  )) as unknown as { rows: { table_name: string }[] };
  return result.rows.map((r) => r.table_name);
}

describe("migrations", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it("create the same schema from scratch on Postgres and on PGlite, and re-running them is a no-op", async () => {
    const created = await createTestDatabase();
    const pg = await openDatabase({ url: created.url });
    const lite = await openDatabase({ memory: true });
    cleanups.push(() => pg.close().then(created.drop), () => lite.close());
    for (const database of [pg, lite]) {
      await database.migrate();
      await database.migrate();
      expect(await tables(database)).toEqual(TABLES);
    }
    // Two databases, every migration twice: on the shared 2-vCPU machine under a full test run this exceeds the default 20 s.
  }, 60_000);

  it("let instances that start together on a fresh database all come up: one migrates, the others wait", async () => {
    const created = await createTestDatabase();
    const instances = await Promise.all([1, 2, 3].map(() => openDatabase({ url: created.url })));
    cleanups.push(() => Promise.all(instances.map((i) => i.close())).then(created.drop));
    await Promise.all(instances.map((i) => i.migrate()));
    expect(await tables(instances[2]!)).toEqual(TABLES);
  }, 60_000);

  it("give feedback stored before 0008 the country its referral would have had", async () => {
    // The migrations up to 0007, as a database that ran an earlier release has them.
    const earlier = mkdtempSync(join(tmpdir(), "offercheck-migrations-"));
    cpSync(MIGRATIONS_DIR, earlier, { recursive: true });
    const journalPath = join(earlier, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag < "0008");
    writeFileSync(journalPath, JSON.stringify(journal));

    const lite = await openDatabase({ memory: true });
    cleanups.push(() => lite.close());
    await migrate(lite.db as never, { migrationsFolder: earlier });
    const engine = await shippedEngine();
    const ads = {
      urdu: "دبئی میں ڈرائیور کی نوکری، ویزا 100 فیصد گارنٹی، ایڈوانس فیس 50000 روپے، صرف واٹس ایپ پر رابطہ کریں",
      kyrgyzPhone: "Drivers for Dubai, visa guaranteed, pay the fee first, call +996 555 123 456",
      licensed: "Welders for Saudi Arabia, licensed OEP 2291/RWP, salary 1,800 SAR",
      nowhere: "Drivers for Dubai, visa guaranteed, pay the fee first",
    };
    const expected: { ad_text: string; country: string | null }[] = [];
    for (const [label, text] of Object.entries(ads)) {
      const verdict = engine.check(text);
      expected.push({ ad_text: label, country: referralCountry(verdict) });
      await lite.db.execute(
        sql`insert into verdict_feedback (channel, language, ad_text, verdict) values ('telegram', ${verdict.language}, ${label}, ${JSON.stringify(verdict)}::jsonb)`,
      );
    }

    await lite.migrate();
    const rows = (await lite.db.execute(sql`select ad_text, country from verdict_feedback order by id`)) as unknown as { rows: { ad_text: string; country: string | null }[] };
    expect(expected.map((e) => e.country)).toEqual(["PK", "KG", "PK", null]);
    expect(rows.rows).toEqual(expected);
  }, 30_000);

  it("give accounts made before 0010 the English dashboard, and take only the dashboard's languages", async () => {
    const earlier = mkdtempSync(join(tmpdir(), "offercheck-migrations-"));
    cpSync(MIGRATIONS_DIR, earlier, { recursive: true });
    const journalPath = join(earlier, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag < "0010");
    writeFileSync(journalPath, JSON.stringify(journal));
    const lite = await openDatabase({ memory: true });
    cleanups.push(() => lite.close());
    await migrate(lite.db as never, { migrationsFolder: earlier });
    await lite.db.execute(sql`insert into caseworkers (email, password_hash, role, countries) values ('old@ngo.example', 'x', 'caseworker', '{KZ}')`);

    await lite.migrate();
    const rows = (await lite.db.execute(sql`select email, language from caseworkers`)) as unknown as { rows: { email: string; language: string }[] };
    expect(rows.rows).toEqual([{ email: "old@ngo.example", language: "en" }]);
    await lite.db.execute(sql`update caseworkers set language = 'ru'`);
    // Urdu since 0012; a language the dashboard is not written in, or a helpline variant of Urdu, is refused.
    await lite.db.execute(sql`update caseworkers set language = 'ur'`);
    await expect(lite.db.execute(sql`update caseworkers set language = 'ur-Latn'`)).rejects.toThrow();
    await expect(lite.db.execute(sql`update caseworkers set language = 'de'`)).rejects.toThrow();
    const after = (await lite.db.execute(sql`select language from caseworkers`)) as unknown as { rows: { language: string }[] };
    expect(after.rows).toEqual([{ language: "ur" }]);
  }, 30_000);

  it("enforce the status vocabulary in the database itself", async () => {
    const lite = await openDatabase({ memory: true });
    cleanups.push(() => lite.close());
    await lite.migrate();
    await expect(
      lite.db.execute(sql`insert into registry_operators (key, country, registry, name, name_normalized, status) values ('k', 'PK', 'BEOE', 'X', 'x', 'revoked')`),
    ).rejects.toThrow();
  });
});

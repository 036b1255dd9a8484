import { loadEngineData } from "../../src/data/load-engine-data.ts";
import type { Db } from "../../src/db/client.ts";
import type { Engine } from "../../src/engine/engine.ts";
import { referenceFor } from "../../src/referrals/reference.ts";
import { insertReport } from "../../src/referrals/repository.ts";
import type { ReporterAnswers } from "../../src/referrals/types.ts";

/** The phone two of the seeded adverts share (the same number written two ways). */
export const SHARED_PHONE = "+923000000111";

export interface SeedAd {
  key: string;
  text: string;
  country: string;
  channel: string;
  urgent: boolean;
  answers: ReporterAnswers;
}

export const SEED_ADS: SeedAd[] = [
  {
    key: "drivers",
    // Scammers write the ads: markup in one must be shown as text, never run.
    text: 'Saudi Arabia drivers urgently required, 100% visa, advance 50,000 EasyPaisa, WhatsApp only 0300-0000111 <img src=x onerror="window.__xss=1">',
    country: "PK",
    channel: "telegram",
    urgent: false,
    answers: { whereSeen: "Facebook group", amount: "50,000 PKR", alreadyPaid: false },
  },
  {
    key: "hostess",
    text: "Срочно! Работа в Дубае для девушек 18-25 лет, хорошая внешность. Паспорт оставить у работодателя. Виза 100%, билет бесплатно. Писать только в Telegram @dubai_job_vip",
    country: "KZ",
    channel: "telegram",
    urgent: false,
    answers: { whereSeen: "Telegram channel" },
  },
  {
    // Urgent ("I need help now"), and the same number as the drivers advert: the two are linked.
    key: "guards",
    text: "Qatar mein security guard ki zarurat. Salary 2500 riyal. Visa fee 80,000 JazzCash pe bhejein, 100% visa.\nRabta +92 300 0000111",
    country: "PK",
    channel: "web",
    urgent: true,
    answers: { whereSeen: "WhatsApp forward", amount: "80,000 PKR", alreadyPaid: true, comment: "They stopped answering after I paid" },
  },
];

/** Files the seed adverts through the real repository with real engine verdicts, oldest first. */
export async function seedReferrals(db: Db, engine: Engine, ads: SeedAd[] = SEED_ADS): Promise<Map<string, { id: string; reference: string }>> {
  const filter = loadEngineData().common;
  const filed = new Map<string, { id: string; reference: string }>();
  for (const ad of ads) {
    const verdict = engine.check(ad.text);
    const reference = referenceFor(`dashboard-test:${ad.key}`);
    const row = await insertReport(
      db,
      {
        idempotencyKey: `dashboard-test:${ad.key}`,
        reference,
        channel: ad.channel,
        language: verdict.language,
        adText: ad.text,
        verdict,
        reporterHash: null,
        reporterAnswers: ad.answers,
        urgent: ad.urgent,
        country: ad.country,
      },
      filter,
    );
    filed.set(ad.key, { id: row.id, reference: row.reference });
  }
  return filed;
}

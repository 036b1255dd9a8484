import { inArray, sql, type SQL } from "drizzle-orm";
import type { Caseworker } from "../caseworkers/types.ts";
import type { Db } from "../db/client.ts";
import { referrals } from "../db/schema/index.ts";
import { filterCondition, type ReferralFilter } from "./filters.ts";
import { OPEN } from "./status.ts";

/** Without a `from`, statistics cover this many days: charts of "all time" grow without bound. */
export const DEFAULT_STATS_DAYS = 90;
/** The longest window one request may chart: a bucket per day, so a century asked for was a 113 MB answer. */
export const MAX_STATS_DAYS = 400;

export class StatsRangeError extends Error {}
const DAY_MS = 86_400_000;

export interface Bucket {
  key: string;
  count: number;
}

export interface ReferralStats {
  from: string;
  to: string;
  total: number;
  /** One entry per UTC day of the window, zeros included, so a chart needs no gap filling. */
  byDay: Bucket[];
  /** Weeks start on Monday (ISO); the key is that Monday. */
  byWeek: Bucket[];
  byLanguage: Bucket[];
  byFlag: Bucket[];
  byCountry: Bucket[];
  byChannel: Bucket[];
  byStatus: Bucket[];
  byRisk: Bucket[];
  byCrime: Bucket[];
  byUrgency: Bucket[];
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Counts of referrals by day, week and each dimension the dashboard charts, within the actor's countries. */
export async function referralStats(db: Db, actor: Caseworker, filter: ReferralFilter, now = new Date()): Promise<ReferralStats> {
  const from = filter.from ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (DEFAULT_STATS_DAYS - 1) * DAY_MS);
  const to = filter.to ?? now;
  if (to.getTime() - from.getTime() > MAX_STATS_DAYS * DAY_MS) throw new StatsRangeError(`statistics cover at most ${MAX_STATS_DAYS} days: narrow from/to`);
  const where = filterCondition(actor, { ...filter, from, to });
  const grouped = async (key: SQL): Promise<Bucket[]> => {
    const rows = (await db.execute(
      sql`select ${key} as key, count(*)::int as count from ${referrals} where ${where ?? sql`true`} group by 1 order by 2 desc, 1`,
    )) as unknown as { rows: { key: string | null; count: number }[] };
    return rows.rows.map((r) => ({ key: r.key ?? "unknown", count: Number(r.count) }));
  };
  const utc = sql`(${referrals.createdAt} at time zone 'UTC')`;
  const [days, weeks, byLanguage, byFlag, byCountry, byChannel, byStatus, byRisk, byCrime, byUrgency] = [
    await grouped(sql`to_char(${utc}, 'YYYY-MM-DD')`),
    await grouped(sql`to_char(date_trunc('week', ${utc}), 'YYYY-MM-DD')`),
    await grouped(sql`${referrals.language}`),
    await grouped(sql`unnest(${referrals.flags})`),
    await grouped(sql`${referrals.country}`),
    await grouped(sql`${referrals.channel}`),
    await grouped(sql`${referrals.status}`),
    await grouped(sql`${referrals.risk}`),
    await grouped(sql`${referrals.crime}`),
    await grouped(sql`${referrals.urgency}`),
  ];
  const perDay = new Map(days.map((d) => [d.key, d.count]));
  const byDay: Bucket[] = [];
  for (let t = Date.parse(isoDay(from)); t < to.getTime(); t += DAY_MS) {
    const key = isoDay(new Date(t));
    byDay.push({ key, count: perDay.get(key) ?? 0 });
  }
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    total: days.reduce((n, d) => n + d.count, 0),
    byDay,
    byWeek: weeks.sort((a, b) => a.key.localeCompare(b.key)),
    byLanguage,
    byFlag,
    byCountry,
    byChannel,
    byStatus,
    byRisk,
    byCrime,
    byUrgency,
  };
}

/** Open referrals by status and urgency, all countries: the queue-depth metric. */
export async function openQueueDepth(db: Db): Promise<{ status: string; urgency: string; count: number }[]> {
  return db
    .select({ status: referrals.status, urgency: referrals.urgency, count: sql<number>`count(*)::int` })
    .from(referrals)
    .where(inArray(referrals.status, [...OPEN]))
    .groupBy(referrals.status, referrals.urgency);
}

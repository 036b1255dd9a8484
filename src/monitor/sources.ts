import { sql } from "drizzle-orm";
import type { Caseworker } from "../caseworkers/types.ts";
import type { Db } from "../db/client.ts";
import { monitorDaily, monitorSources } from "../db/schema/index.ts";
import { scopeCondition } from "../referrals/access.ts";

export interface SourceWeek {
  /** Monday of the week (UTC), YYYY-MM-DD. */
  week: string;
  checked: number;
  risky: number;
}

export interface SourceRanking {
  id: number;
  kind: string;
  title: string;
  username: string | null;
  /** https://t.me/<username>, or null for a chat without a public username. */
  link: string | null;
  country: string | null;
  checked: number;
  risky: number;
  /** risky / checked (0 when nothing was checked). */
  share: number;
  /** One entry per week of the period, oldest first, weeks without posts included. */
  trend: SourceWeek[];
}

export interface SourcesPage {
  from: string;
  to: string;
  weeks: number;
  items: SourceRanking[];
}

/** Chats shown at most: the Sources page ranks, it does not page. */
const MAX_SOURCES = 100;
const DAY_MS = 86_400_000;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The Mondays (UTC) of the last `weeks` weeks, oldest first, this week last. */
export function weekStarts(weeks: number, now: Date): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY_MS;
  return Array.from({ length: weeks }, (_, i) => isoDay(new Date(monday - (weeks - 1 - i) * 7 * DAY_MS)));
}

/**
 * The watched channels and groups of the last `weeks` weeks, ranked by
 * risky posts, then their share of the posts checked: what a caseworker
 * sees of the chats of their countries (a chat's country is configured, or
 * that of its first risky post); admins see all.
 */
export async function rankSources(db: Db, actor: Caseworker, options: { weeks: number; now?: Date }): Promise<SourcesPage> {
  const starts = weekStarts(options.weeks, options.now ?? new Date());
  const from = starts[0]!;
  const scope = scopeCondition(actor, monitorSources.country);
  const result = (await db.execute(sql`
    select ${monitorSources.id} as id, ${monitorSources.kind} as kind, ${monitorSources.title} as title, ${monitorSources.username} as username,
      ${monitorSources.country} as country, to_char(date_trunc('week', ${monitorDaily.day}), 'YYYY-MM-DD') as week,
      sum(${monitorDaily.checked})::int as checked, sum(${monitorDaily.risky})::int as risky
    from ${monitorDaily} join ${monitorSources} on ${monitorSources.id} = ${monitorDaily.sourceId}
    where ${monitorDaily.day} >= ${from}::date ${scope ? sql`and ${scope}` : sql``}
    group by ${monitorSources.id}, week`)) as unknown as {
    rows: { id: number | string; kind: string; title: string; username: string | null; country: string | null; week: string; checked: number; risky: number }[];
  };
  const byId = new Map<number, SourceRanking>();
  for (const row of result.rows) {
    const id = Number(row.id);
    let source = byId.get(id);
    if (!source) {
      const link = row.username ? `https://t.me/${row.username}` : null;
      source = { id, kind: row.kind, title: row.title, username: row.username, link, country: row.country, checked: 0, risky: 0, share: 0, trend: starts.map((week) => ({ week, checked: 0, risky: 0 })) };
      byId.set(id, source);
    }
    const week = source.trend.find((w) => w.week === row.week);
    if (week) Object.assign(week, { checked: row.checked, risky: row.risky });
    source.checked += row.checked;
    source.risky += row.risky;
  }
  const items = [...byId.values()]
    .map((s) => ({ ...s, share: s.checked > 0 ? Math.min(1, s.risky / s.checked) : 0 }))
    .sort((a, b) => b.risky - a.risky || b.share - a.share || b.checked - a.checked || a.id - b.id)
    .slice(0, MAX_SOURCES);
  return { from, to: isoDay(options.now ?? new Date()), weeks: options.weeks, items };
}

import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { referrals, remoteSightings, sightings } from "../db/schema/index.ts";
import { MONITOR_CHANNEL } from "../monitor/repository.ts";
import type { ReportHistory, ReportsElsewhere } from "../engine/types.ts";

const key = (kind: string, value: string) => `${kind}\u0000${value}`;

/**
 * How many reports (by people, not the channel watcher) named each scammer-side identity, as an in-memory
 * snapshot the engine reads synchronously: this instance's own reports, and
 * those partner instances shared in their feeds, by country. Refreshed from
 * the database (so reports filed by other instances and merged feeds show
 * up) and bumped at once for reports filed here.
 */
/** A history's counts as plain maps, to copy to another thread (structured clone keeps Maps). */
export interface HistorySnapshot {
  revision: number;
  counts: ReadonlyMap<string, number>;
  remote: ReadonlyMap<string, ReportsElsewhere[]>;
}

export class SightingHistory implements ReportHistory {
  #counts = new Map<string, number>();
  #remote = new Map<string, ReportsElsewhere[]>();
  /** Bumped at each change: engines on worker threads are sent the counts again only when it moved. */
  #revision = 0;

  reports(kind: string, value: string): number {
    return this.#here(kind, value) + this.elsewhere(kind, value).reduce((n, e) => n + e.reports, 0);
  }

  elsewhere(kind: string, value: string): ReportsElsewhere[] {
    return this.#remote.get(key(kind, value)) ?? [];
  }

  #here(kind: string, value: string): number {
    return this.#counts.get(key(kind, value)) ?? 0;
  }

  /** A report was just filed with these sightings. */
  add(seen: readonly { kind: string; value: string }[]): void {
    for (const s of seen) this.#counts.set(key(s.kind, s.value), this.#here(s.kind, s.value) + 1);
    this.#revision++;
  }

  get revision(): number {
    return this.#revision;
  }

  /** The counts as they are now. A copy of the counts map: add() changes it in place. */
  snapshot(): HistorySnapshot {
    return { revision: this.#revision, counts: new Map(this.#counts), remote: this.#remote };
  }

  /** Takes another thread's counts as its own. */
  restore(snapshot: HistorySnapshot): void {
    this.#counts = new Map(snapshot.counts);
    this.#remote = new Map(snapshot.remote);
    this.#revision = snapshot.revision;
  }

  async refresh(db: Db): Promise<void> {
    // People's reports only: the watcher's referrals are the engine's own verdicts on public posts, and counting
    // them would let each verdict raise the next ("reported before") with no person behind it.
    const rows = await db
      .select({ kind: sightings.kind, value: sightings.value, n: sql<number>`count(distinct ${sightings.referralId})::int` })
      .from(sightings)
      .innerJoin(referrals, eq(referrals.id, sightings.referralId))
      .where(and(eq(sightings.source, "report"), ne(referrals.channel, MONITOR_CHANNEL)))
      .groupBy(sightings.kind, sightings.value);
    const remote = await db
      .select({ kind: remoteSightings.kind, value: remoteSightings.value, country: remoteSightings.country, n: sql<number>`sum(${remoteSightings.reports})::int` })
      .from(remoteSightings)
      .groupBy(remoteSightings.kind, remoteSightings.value, remoteSightings.country)
      .orderBy(sql`sum(${remoteSightings.reports}) desc`);
    this.#counts = new Map(rows.map((r) => [key(r.kind, r.value), r.n]));
    const byIdentity = new Map<string, ReportsElsewhere[]>();
    for (const r of remote) {
      const k = key(r.kind, r.value);
      byIdentity.set(k, [...(byIdentity.get(k) ?? []), { country: r.country, reports: r.n }]);
    }
    this.#remote = byIdentity;
    this.#revision++;
  }
}

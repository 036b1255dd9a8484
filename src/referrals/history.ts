import { sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { sightings } from "../db/schema/index.ts";
import type { ReportHistory } from "../engine/types.ts";

const key = (kind: string, value: string) => `${kind}\u0000${value}`;

/**
 * How many reports named each scammer-side identity, as an in-memory
 * snapshot the engine reads synchronously. Refreshed from the database (so
 * reports filed by other instances show up) and bumped at once for reports
 * filed here.
 */
export class SightingHistory implements ReportHistory {
  #counts = new Map<string, number>();

  reports(kind: string, value: string): number {
    return this.#counts.get(key(kind, value)) ?? 0;
  }

  /** A report was just filed with these sightings. */
  add(seen: readonly { kind: string; value: string }[]): void {
    for (const s of seen) this.#counts.set(key(s.kind, s.value), this.reports(s.kind, s.value) + 1);
  }

  async refresh(db: Db): Promise<void> {
    const rows = await db
      .select({ kind: sightings.kind, value: sightings.value, n: sql<number>`count(distinct ${sightings.referralId})::int` })
      .from(sightings)
      .where(sql`${sightings.source} = 'report'`)
      .groupBy(sightings.kind, sightings.value);
    this.#counts = new Map(rows.map((r) => [key(r.kind, r.value), r.n]));
  }
}

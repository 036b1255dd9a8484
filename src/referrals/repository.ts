import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { referralEvents, referrals, sightings } from "../db/schema/index.ts";
import { sightingsOf, type SightingFilter } from "./sightings.ts";
import type { NewReport } from "./types.ts";

export interface FiledReport {
  id: string;
  reference: string;
  /** False when the idempotency key was already filed (a redelivered update). */
  created: boolean;
}

/**
 * Files a report in one transaction: the referral, the scammer-side
 * sightings it carries and the first audit event. Filing the same
 * idempotency key again returns the first referral.
 */
export async function insertReport(db: Db, report: NewReport, filter: SightingFilter): Promise<FiledReport> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(referrals)
      .values({
        reference: report.reference,
        idempotencyKey: report.idempotencyKey,
        status: "new",
        urgency: report.urgent ? "urgent" : "normal",
        country: report.country,
        channel: report.channel,
        language: report.language,
        adText: report.adText,
        risk: report.verdict.risk,
        score: report.verdict.score,
        crime: report.verdict.crime,
        flags: report.verdict.flags.map((f) => f.id),
        verdict: report.verdict,
        entities: report.verdict.entities,
        reporterAnswers: report.reporterAnswers,
        reporterHash: report.reporterHash,
      })
      .onConflictDoNothing({ target: referrals.idempotencyKey })
      .returning({ id: referrals.id, reference: referrals.reference });
    if (!row) {
      const [existing] = await tx
        .select({ id: referrals.id, reference: referrals.reference })
        .from(referrals)
        .where(eq(referrals.idempotencyKey, report.idempotencyKey));
      return { ...existing!, created: false };
    }
    const seen = sightingsOf(report.verdict.entities, filter);
    if (seen.length) {
      await tx.insert(sightings).values(seen.map((s) => ({ ...s, referralId: row.id, source: "report", risk: report.verdict.risk })));
    }
    await tx.insert(referralEvents).values({ referralId: row.id, action: "filed", toStatus: "new", note: report.urgent ? "urgent" : null });
    return { ...row, created: true };
  });
}

/** How often each scammer-side identity was reported before ("this number was reported 3 times"). */
export async function reportCounts(db: Db, seen: { kind: string; value: string }[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (seen.length === 0) return counts;
  const keys = seen.map((s) => `${s.kind}:${s.value}`);
  const rows = await db
    .select({ key: sql<string>`${sightings.kind} || ':' || ${sightings.value}`, n: sql<number>`count(distinct ${sightings.referralId})::int` })
    .from(sightings)
    .where(sql`${sightings.source} = 'report' and ${sightings.kind} || ':' || ${sightings.value} in ${keys}`)
    .groupBy(sightings.kind, sightings.value);
  for (const r of rows) counts.set(r.key, r.n);
  return counts;
}

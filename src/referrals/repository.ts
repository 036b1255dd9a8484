import { eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { referralEvents, referrals, sightings } from "../db/schema/index.ts";
import { sightingsOf, type SightingFilter } from "../engine/sightings.ts";
import { referenceFor } from "./reference.ts";
import type { NewReport } from "./types.ts";

export interface FiledReport {
  id: string;
  reference: string;
  /** False when the idempotency key was already filed (a redelivered update). */
  created: boolean;
  /** The scammer-side identities recorded with it (empty when not created). */
  sightings: { kind: string; value: string }[];
}

/** Candidate references tried when a report's own is taken by another report. */
const MAX_REFERENCE_ATTEMPTS = 5;

/**
 * Files a report in one transaction: the referral, the scammer-side
 * sightings it carries and the first audit event. Filing the same
 * idempotency key again returns the first referral. Two reports can draw the
 * same six-character reference (a few in a hundred thousand): the later one
 * then takes the next reference derived from its key, and the audit event
 * names the one it was first given (what a reporter holds who was answered
 * from the outage journal).
 */
export async function insertReport(db: Db, report: NewReport, filter: SightingFilter): Promise<FiledReport> {
  return db.transaction(async (tx) => {
    for (let attempt = 0; attempt < MAX_REFERENCE_ATTEMPTS; attempt++) {
      const reference = attempt === 0 ? report.reference : referenceFor(`${report.idempotencyKey}#${attempt}`);
      const [row] = await tx
        .insert(referrals)
        .values({
          reference,
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
        // Either unique key: the idempotency key (filed before) or the reference (taken by another report).
        .onConflictDoNothing()
        .returning({ id: referrals.id, reference: referrals.reference });
      if (!row) {
        const [existing] = await tx
          .select({ id: referrals.id, reference: referrals.reference })
          .from(referrals)
          .where(eq(referrals.idempotencyKey, report.idempotencyKey));
        if (existing) return { ...existing, created: false, sightings: [] };
        continue;
      }
      const seen = sightingsOf(report.verdict.entities, filter);
      if (seen.length) {
        await tx.insert(sightings).values(seen.map((s) => ({ kind: s.kind, value: s.value, referralId: row.id, source: "report", risk: report.verdict.risk })));
      }
      const notes = [report.urgent ? "urgent" : null, attempt > 0 ? `reference ${report.reference} was taken; filed as ${reference}` : null].filter(Boolean);
      await tx.insert(referralEvents).values({ referralId: row.id, action: "filed", toStatus: "new", note: notes.length ? notes.join("; ") : null });
      return { ...row, created: true, sightings: seen.map(({ kind, value }) => ({ kind, value })) };
    }
    throw new Error(`no free reference for report ${report.idempotencyKey} after ${MAX_REFERENCE_ATTEMPTS} attempts`);
  });
}

/** A checked (not reported) ad's identities, so caseworkers see what circulates even unreported. */
export async function recordCheckSightings(db: Db, seen: readonly { kind: string; value: string; risk: string }[]): Promise<void> {
  if (seen.length === 0) return;
  await db.insert(sightings).values(seen.map((s) => ({ kind: s.kind, value: s.value, source: "check", risk: s.risk })));
}

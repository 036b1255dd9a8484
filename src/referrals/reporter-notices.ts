import { and, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { referrals, reporterNotices } from "../db/schema/index.ts";
import type { ReferralStatus } from "./status.ts";

/** News a reporter is given about their report: a caseworker took it up, or its outcome. */
export type NoticeEvent = "taken_up" | "referred" | "resolved" | "rejected";

export interface ReporterNotice {
  reference: string;
  event: NoticeEvent;
}

/** The news an outcome makes; steps inside the queue (review, release, reopening) make none. */
export function outcomeNotice(to: ReferralStatus): NoticeEvent | undefined {
  return to === "referred" || to === "resolved" || to === "rejected" ? to : undefined;
}

/**
 * The statement that queues news for the reporters of the referrals `ids`
 * selects, in the caller's transaction or statement so the news exists
 * exactly when the change does. Referrals without a reporter (imported,
 * seeded) get none; news already queued for a referral is not queued again.
 */
export function queueNotices(ids: SQL, event: NoticeEvent): SQL {
  return sql`
    insert into ${reporterNotices} (referral_id, reporter_hash, reference, event)
    select r.id, r.reporter_hash, r.reference, ${event} from ${referrals} r
    where r.id in (${ids}) and r.reporter_hash is not null
    on conflict (referral_id, event) do nothing`;
}

/** Delivered news is kept a month (a redelivered message must not bring it back); undelivered, half a year. */
export async function pruneReporterNotices(db: Db): Promise<void> {
  await db
    .delete(reporterNotices)
    .where(
      or(
        and(isNotNull(reporterNotices.deliveredAt), lt(reporterNotices.deliveredAt, sql`now() - interval '30 days'`)),
        and(isNull(reporterNotices.deliveredAt), lt(reporterNotices.createdAt, sql`now() - interval '180 days'`)),
      ),
    );
}

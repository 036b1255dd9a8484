import { asc, eq } from "drizzle-orm";
import type { Caseworker } from "../caseworkers/types.ts";
import type { Db } from "../db/client.ts";
import { caseworkers, monitorSightings, referralEvents, referralNotes, referrals } from "../db/schema/index.ts";
import { canSeeCountry } from "./access.ts";
import { clusterOf, type Cluster } from "./cluster.ts";
import { summaryColumns, toSummary, type ReferralSummary } from "./listing.ts";
import { WorkflowError } from "./workflow-error.ts";

export interface ReferralDetail extends Omit<ReferralSummary, "excerpt"> {
  adText: string;
  verdict: unknown;
  entities: unknown;
  /** What the reporter chose to add (where seen, amount, already paid, comment), already redacted. */
  reporterAnswers: unknown;
  notes: { id: number; body: string; createdAt: Date; author: { id: string; email: string } | null }[];
  /** The audit trail, oldest first. */
  events: {
    id: number;
    action: string;
    fromStatus: string | null;
    toStatus: string | null;
    note: string | null;
    createdAt: Date;
    actor: { id: string; email: string } | null;
  }[];
  cluster: Cluster;
  /** Where the watcher saw its advert and re-posts of it (monitor referrals), oldest first. */
  postings: { link: string | null; chatTitle: string; postedAt: Date }[];
}

const person = (id: string | null, email: string | null) => (id ? { id, email: email ?? "" } : null);

/** One referral with its notes, audit trail and linked cluster; throws not_found / forbidden. */
export async function referralDetail(db: Db, actor: Caseworker, id: string): Promise<ReferralDetail> {
  const [row] = await db
    .select({
      ...summaryColumns,
      adText: referrals.adText,
      verdict: referrals.verdict,
      entities: referrals.entities,
      reporterAnswers: referrals.reporterAnswers,
    })
    .from(referrals)
    .leftJoin(caseworkers, eq(caseworkers.id, referrals.assigneeId))
    .where(eq(referrals.id, id));
  if (!row) throw new WorkflowError("not_found", "No such referral.");
  if (!canSeeCountry(actor, row.country)) throw new WorkflowError("forbidden", "This referral belongs to a country you do not work.");

  const notes = await db
    .select({ id: referralNotes.id, body: referralNotes.body, createdAt: referralNotes.createdAt, authorId: referralNotes.authorId, email: caseworkers.email })
    .from(referralNotes)
    .leftJoin(caseworkers, eq(caseworkers.id, referralNotes.authorId))
    .where(eq(referralNotes.referralId, id))
    .orderBy(asc(referralNotes.createdAt), asc(referralNotes.id));
  const events = await db
    .select({
      id: referralEvents.id,
      action: referralEvents.action,
      fromStatus: referralEvents.fromStatus,
      toStatus: referralEvents.toStatus,
      note: referralEvents.note,
      createdAt: referralEvents.createdAt,
      actorId: referralEvents.actorId,
      email: caseworkers.email,
    })
    .from(referralEvents)
    .leftJoin(caseworkers, eq(caseworkers.id, referralEvents.actorId))
    .where(eq(referralEvents.referralId, id))
    .orderBy(asc(referralEvents.id));

  const { adText, verdict, entities, reporterAnswers, ...summaryRow } = row;
  const { excerpt: _excerpt, ...summary } = toSummary(summaryRow);
  return {
    ...summary,
    adText,
    verdict,
    entities,
    reporterAnswers,
    notes: notes.map(({ authorId, email, ...n }) => ({ ...n, author: person(authorId, email) })),
    events: events.map(({ actorId, email, ...e }) => ({ ...e, actor: person(actorId, email) })),
    cluster: await clusterOf(db, actor, id),
    postings: await db
      .select({ link: monitorSightings.link, chatTitle: monitorSightings.chatTitle, postedAt: monitorSightings.postedAt })
      .from(monitorSightings)
      .where(eq(monitorSightings.referralId, id))
      .orderBy(asc(monitorSightings.postedAt), asc(monitorSightings.id)),
  };
}

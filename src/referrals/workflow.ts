import { and, asc, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Caseworker } from "../caseworkers/types.ts";
import type { Db } from "../db/client.ts";
import { referralEvents, referralNotes, referrals } from "../db/schema/index.ts";
import { canSeeCountry, scopeCondition } from "./access.ts";
import { referralSummary, type ReferralSummary } from "./listing.ts";
import { CLOSED, HELD, OPEN, TRANSITIONS, needsReason, type ReferralStatus } from "./status.ts";
import { outcomeNotice, queueNotices } from "./reporter-notices.ts";
import { WorkflowError } from "./workflow-error.ts";

export interface ClaimSettings {
  /** A claim not worked on for this long can be taken by someone else (CLAIM_TTL_MINUTES). */
  claimTtlMinutes: number;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const claimExpiry = (s: ClaimSettings) => sql`now() + ${s.claimTtlMinutes} * interval '1 minute'`;
/** Held, but nobody touched it within the TTL. */
const claimExpired = and(inArray(referrals.status, [...HELD]), lt(referrals.claimExpiresAt, sql`now()`));

/** The audit row for a claim that lapsed, written by whoever notices it first (claim-next or the sweeper). */
function expiredEvent(referralId: string, from: string) {
  return { referralId, actorId: null, action: "claim_expired", fromStatus: from, toStatus: "new", note: "claim expired" };
}

async function summaryOf(tx: Tx, id: string): Promise<ReferralSummary> {
  // The row was locked and updated in this transaction: it exists.
  return (await referralSummary(tx, id))!;
}

/**
 * The next claimable referral for the actor, locked: urgent before normal,
 * oldest first, in their countries, either new or held by a claim that
 * expired. SKIP LOCKED makes concurrent callers pass over each other's rows
 * instead of waiting, and the row is re-checked once locked, so no referral
 * is handed out twice. The first condition repeats the predicate of
 * referrals_claimable_idx, so the planner reads that index in serving order
 * and stops at the first free row ('urgent' > 'normal': descending is urgent first).
 */
export function nextClaimable(db: Db | Tx, actor: Caseworker) {
  return db
    .select({ id: referrals.id, status: referrals.status })
    .from(referrals)
    .where(and(inArray(referrals.status, OPEN), or(eq(referrals.status, "new"), claimExpired), scopeCondition(actor)))
    .orderBy(desc(referrals.urgency), asc(referrals.createdAt), asc(referrals.id))
    .limit(1)
    .for("update", { skipLocked: true });
}

/**
 * Gives the caseworker the next referral to work (see nextClaimable); null
 * when none is left for them. Lock, claim and audit events are one statement,
 * hence one transaction and one round trip: the queue's throughput is bound
 * by statements per claim.
 */
export async function claimNext(db: Db, actor: Caseworker, settings: ClaimSettings): Promise<ReferralSummary | null> {
  const result = (await db.execute(sql`
    with next as (${nextClaimable(db, actor)}),
    claimed as (
      update ${referrals} r
      set status = 'claimed', assignee_id = ${actor.id}, claimed_at = now(), claim_expires_at = ${claimExpiry(settings)}, closed_at = null, updated_at = now()
      from next
      where r.id = next.id
      returning r.id, next.status as previous
    ),
    events as (
      -- In this order, so the audit trail reads "claim expired" before "claimed".
      insert into ${referralEvents} (referral_id, actor_id, action, from_status, to_status, note)
      select id, null, 'claim_expired', previous, 'new', 'claim expired' from claimed where previous <> 'new'
      union all
      select id, ${actor.id}::uuid, 'claimed', 'new', 'claimed', null from claimed
    ),
    notices as (${queueNotices(sql`select id from claimed`, "taken_up")})
    select id from claimed`)) as unknown as { rows: { id: string }[] };
  const id = result.rows[0]?.id;
  return id ? referralSummary(db, id) : null;
}

async function takeClaim(tx: Tx, actor: Caseworker, id: string, from: ReferralStatus, settings: ClaimSettings): Promise<void> {
  await tx
    .update(referrals)
    .set({ status: "claimed", assigneeId: actor.id, claimedAt: sql`now()`, claimExpiresAt: claimExpiry(settings), closedAt: null })
    .where(eq(referrals.id, id));
  const events = [];
  if (from !== "new") events.push(expiredEvent(id, from));
  events.push({ referralId: id, actorId: actor.id, action: "claimed", fromStatus: "new", toStatus: "claimed", note: null });
  await tx.insert(referralEvents).values(events);
  await tx.execute(queueNotices(sql`select ${id}::uuid`, "taken_up"));
}

/** Locks one referral for a change, after checking it exists and the actor may see it. */
async function lockReferral(tx: Tx, actor: Caseworker, id: string) {
  const [row] = await tx
    .select({
      id: referrals.id,
      status: referrals.status,
      country: referrals.country,
      assigneeId: referrals.assigneeId,
      expired: sql<boolean>`coalesce(${referrals.claimExpiresAt} < now(), false)`,
    })
    .from(referrals)
    .where(eq(referrals.id, id))
    .for("update");
  if (!row) throw new WorkflowError("not_found", "No such referral.");
  if (!canSeeCountry(actor, row.country)) throw new WorkflowError("forbidden", "This referral belongs to a country you do not work.");
  return { ...row, status: row.status as ReferralStatus };
}

export interface StatusChange {
  to: ReferralStatus;
  /** Required for outcomes (referred, resolved, rejected) and for reopening one. */
  reason?: string | undefined;
}

/**
 * Moves a referral through the workflow and writes the audit event in the
 * same transaction. Claiming a specific referral works like claim-next. Only
 * the assignee (or an admin) changes a held referral, and doing so refreshes
 * the claim; reopening a closed one is for admins.
 */
export async function changeStatus(db: Db, actor: Caseworker, id: string, change: StatusChange, settings: ClaimSettings): Promise<ReferralSummary> {
  return db.transaction(async (tx) => {
    const r = await lockReferral(tx, actor, id);
    const { to } = change;
    const reason = change.reason?.trim() || null;
    if (to === "claimed") {
      const free = r.status === "new" || (HELD.includes(r.status) && r.expired);
      if (!free) {
        if (HELD.includes(r.status) && r.assigneeId !== actor.id) throw new WorkflowError("already_claimed", "Someone else is working on this referral.");
        throw new WorkflowError("invalid_transition", `A referral that is ${r.status} cannot be claimed.`);
      }
      await takeClaim(tx, actor, id, r.status, settings);
      return summaryOf(tx, id);
    }
    if (!TRANSITIONS[r.status].includes(to)) throw new WorkflowError("invalid_transition", `A referral cannot go from ${r.status} to ${to}.`);
    if (needsReason(r.status, to) && !reason) throw new WorkflowError("reason_required", `Say why the referral goes from ${r.status} to ${to}.`);
    const admin = actor.role === "admin";
    if (HELD.includes(r.status) && !admin && r.assigneeId !== actor.id) {
      throw new WorkflowError("not_assignee", "Claim the referral before changing it: someone else holds it or held it last.");
    }
    if (CLOSED.includes(r.status) && to === "new" && !admin) throw new WorkflowError("forbidden", "Only an admin can reopen a closed referral.");
    if (CLOSED.includes(r.status) && to !== "new" && !admin && r.assigneeId !== actor.id) {
      throw new WorkflowError("not_assignee", "Only the caseworker who closed the referral (or an admin) can change its outcome.");
    }
    const set =
      to === "new"
        ? { status: to, assigneeId: null, claimedAt: null, claimExpiresAt: null, closedAt: null }
        : CLOSED.includes(to)
          ? { status: to, claimExpiresAt: null, closedAt: sql`now()` }
          : { status: to, claimExpiresAt: claimExpiry(settings) };
    // The change and its audit event in one statement: one round trip fewer on the queue's busiest path.
    await tx.execute(sql`
      with changed as (${tx.update(referrals).set(set).where(eq(referrals.id, id)).returning({ id: referrals.id }).getSQL()})
      insert into ${referralEvents} (referral_id, actor_id, action, from_status, to_status, note)
      select id, ${actor.id}::uuid, 'status_changed', ${r.status}, ${to}, ${reason} from changed`);
    const news = outcomeNotice(to);
    if (news) await tx.execute(queueNotices(sql`select ${id}::uuid`, news));
    return summaryOf(tx, id);
  });
}

/**
 * Adds a caseworker note (and its audit event). Anyone who may see the
 * referral can note on it, closed or not; the assignee's note counts as
 * working on it and refreshes the claim.
 */
export async function addNote(
  db: Db,
  actor: Caseworker,
  id: string,
  body: string,
  settings: ClaimSettings,
): Promise<{ id: number; body: string; createdAt: Date; author: { id: string; email: string } }> {
  return db.transaction(async (tx) => {
    const r = await lockReferral(tx, actor, id);
    const [note] = await tx.insert(referralNotes).values({ referralId: id, authorId: actor.id, body }).returning();
    await tx.insert(referralEvents).values({ referralId: id, actorId: actor.id, action: "note_added", fromStatus: r.status, toStatus: r.status, note: body });
    if (HELD.includes(r.status) && r.assigneeId === actor.id) {
      await tx.update(referrals).set({ claimExpiresAt: claimExpiry(settings) }).where(eq(referrals.id, id));
    }
    return { id: note!.id, body: note!.body, createdAt: note!.createdAt, author: { id: actor.id, email: actor.email } };
  });
}

/**
 * Returns referrals whose claim lapsed to the queue (status new, no
 * assignee), with an audit event each. claim-next already takes lapsed
 * claims; this keeps lists and stats honest between claims.
 */
export async function releaseExpiredClaims(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await tx
      .select({ id: referrals.id, status: referrals.status })
      .from(referrals)
      .where(claimExpired)
      .for("update", { skipLocked: true });
    if (expired.length === 0) return 0;
    await tx
      .update(referrals)
      .set({ status: "new", assigneeId: null, claimedAt: null, claimExpiresAt: null })
      .where(inArray(referrals.id, expired.map((e) => e.id)));
    await tx.insert(referralEvents).values(expired.map((e) => expiredEvent(e.id, e.status)));
    return expired.length;
  });
}

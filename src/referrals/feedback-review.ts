import { and, desc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { Caseworker } from "../caseworkers/types.ts";
import type { Db } from "../db/client.ts";
import { caseworkers, verdictFeedback } from "../db/schema/index.ts";
import type { Verdict } from "../engine/types.ts";
import { canSeeCountry, scopeCondition } from "./access.ts";
import type { Page } from "./listing.ts";
import { WorkflowError } from "./workflow-error.ts";

/** "This verdict is wrong" as a reviewer sees it: the ad, what the engine said, the comment; no reporter hash. */
export interface FeedbackItem {
  id: number;
  channel: string;
  language: string;
  country: string | null;
  adText: string;
  verdict: { risk: string; score: number; crime: string | null; flags: string[] };
  comment: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
  reviewer: { id: string; email: string } | null;
}

export interface FeedbackFilter {
  reviewed?: boolean;
  language?: string[];
}

const columns = {
  id: verdictFeedback.id,
  channel: verdictFeedback.channel,
  language: verdictFeedback.language,
  country: verdictFeedback.country,
  adText: verdictFeedback.adText,
  verdict: verdictFeedback.verdict,
  comment: verdictFeedback.comment,
  createdAt: verdictFeedback.createdAt,
  reviewedAt: verdictFeedback.reviewedAt,
  reviewerId: verdictFeedback.reviewerId,
  reviewerEmail: caseworkers.email,
};

function toItem(row: { verdict: unknown; reviewerId: string | null; reviewerEmail: string | null } & Omit<FeedbackItem, "verdict" | "reviewer">): FeedbackItem {
  const { reviewerId, reviewerEmail, verdict, ...rest } = row;
  const v = verdict as Verdict;
  return {
    ...rest,
    verdict: { risk: v.risk, score: v.score, crime: v.crime, flags: v.flags.map((f) => f.id) },
    reviewer: reviewerId ? { id: reviewerId, email: reviewerEmail ?? "" } : null,
  };
}

/** Disputed verdicts of the actor's countries (every one for admins), newest first. */
export async function listFeedback(db: Db, actor: Caseworker, filter: FeedbackFilter, page: { page: number; pageSize: number }): Promise<Page<FeedbackItem>> {
  const conditions: (SQL | undefined)[] = [scopeCondition(actor, verdictFeedback.country)];
  if (filter.reviewed === true) conditions.push(isNotNull(verdictFeedback.reviewedAt));
  if (filter.reviewed === false) conditions.push(isNull(verdictFeedback.reviewedAt));
  if (filter.language?.length) conditions.push(sql`${verdictFeedback.language} in ${filter.language}`);
  const where = and(...conditions);
  const rows = await db
    .select(columns)
    .from(verdictFeedback)
    .leftJoin(caseworkers, eq(caseworkers.id, verdictFeedback.reviewerId))
    .where(where)
    .orderBy(desc(verdictFeedback.createdAt), desc(verdictFeedback.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(verdictFeedback).where(where);
  return { items: rows.map(toItem), page: page.page, pageSize: page.pageSize, total: count?.n ?? 0 };
}

/** Marks a disputed verdict of the actor's countries as reviewed by the actor; reviewing twice is refused so the first reviewer is kept. */
export async function reviewFeedback(db: Db, actor: Caseworker, id: number): Promise<FeedbackItem> {
  const [updated] = await db
    .update(verdictFeedback)
    .set({ reviewedAt: sql`now()`, reviewerId: actor.id })
    .where(and(eq(verdictFeedback.id, id), isNull(verdictFeedback.reviewedAt), scopeCondition(actor, verdictFeedback.country)))
    .returning({ id: verdictFeedback.id });
  if (!updated) {
    const [exists] = await db.select({ country: verdictFeedback.country }).from(verdictFeedback).where(eq(verdictFeedback.id, id));
    if (!exists) throw new WorkflowError("not_found", "No such feedback.");
    if (!canSeeCountry(actor, exists.country)) throw new WorkflowError("forbidden", "This feedback concerns a country you do not work.");
    throw new WorkflowError("invalid_transition", "This feedback was already reviewed.");
  }
  const [row] = await db.select(columns).from(verdictFeedback).leftJoin(caseworkers, eq(caseworkers.id, verdictFeedback.reviewerId)).where(eq(verdictFeedback.id, id));
  return toItem(row!);
}

import { asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Caseworker } from "../caseworkers/types.ts";
import type { Db } from "../db/client.ts";
import { caseworkers, referrals } from "../db/schema/index.ts";
import { filterCondition, type ReferralFilter } from "./filters.ts";
import type { ReferralStatus } from "./status.ts";

/** How many characters of the ad a list row shows. */
const EXCERPT_LENGTH = 200;

/** A referral as the queue lists it. Never the reporter hash: the queue does not need to know who reported. */
export interface ReferralSummary {
  id: string;
  reference: string;
  status: ReferralStatus;
  urgency: "normal" | "urgent";
  country: string | null;
  channel: string;
  language: string;
  risk: string;
  score: number;
  crime: string | null;
  flags: string[];
  excerpt: string;
  assignee: { id: string; email: string } | null;
  claimedAt: Date | null;
  claimExpiresAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const summaryColumns = {
  id: referrals.id,
  reference: referrals.reference,
  status: referrals.status,
  urgency: referrals.urgency,
  country: referrals.country,
  channel: referrals.channel,
  language: referrals.language,
  risk: referrals.risk,
  score: referrals.score,
  crime: referrals.crime,
  flags: referrals.flags,
  excerpt: sql<string>`left(${referrals.adText}, ${sql.raw(String(EXCERPT_LENGTH))})`,
  assigneeId: referrals.assigneeId,
  assigneeEmail: caseworkers.email,
  claimedAt: referrals.claimedAt,
  claimExpiresAt: referrals.claimExpiresAt,
  closedAt: referrals.closedAt,
  createdAt: referrals.createdAt,
  updatedAt: referrals.updatedAt,
};

type SummaryRow = Omit<ReferralSummary, "assignee" | "status" | "urgency"> & {
  status: string;
  urgency: string;
  assigneeId: string | null;
  assigneeEmail: string | null;
};

export function toSummary(row: SummaryRow): ReferralSummary {
  const { assigneeId, assigneeEmail, ...rest } = row;
  return {
    ...rest,
    status: rest.status as ReferralStatus,
    urgency: rest.urgency as ReferralSummary["urgency"],
    assignee: assigneeId ? { id: assigneeId, email: assigneeEmail ?? "" } : null,
  };
}

export const SORTS = ["newest", "oldest", "urgent"] as const;
export type ReferralSort = (typeof SORTS)[number];

const ORDER: Record<ReferralSort, SQL[]> = {
  newest: [desc(referrals.createdAt), desc(referrals.id)],
  oldest: [asc(referrals.createdAt), asc(referrals.id)],
  // The order claim-next serves: urgent first ('urgent' > 'normal'), then oldest.
  urgent: [desc(referrals.urgency), asc(referrals.createdAt), asc(referrals.id)],
};

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export async function listReferrals(
  db: Db,
  actor: Caseworker,
  filter: ReferralFilter,
  options: { page: number; pageSize: number; sort: ReferralSort },
): Promise<Page<ReferralSummary>> {
  const where = filterCondition(actor, filter);
  const rows = await db
    .select(summaryColumns)
    .from(referrals)
    .leftJoin(caseworkers, eq(caseworkers.id, referrals.assigneeId))
    .where(where)
    .orderBy(...ORDER[options.sort])
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(referrals).where(where);
  return { items: rows.map(toSummary), page: options.page, pageSize: options.pageSize, total: count?.n ?? 0 };
}

/** One referral as a list row (after a change), regardless of scope: callers check access first. */
export async function referralSummary(db: Pick<Db, "select">, id: string): Promise<ReferralSummary | null> {
  const [row] = await db.select(summaryColumns).from(referrals).leftJoin(caseworkers, eq(caseworkers.id, referrals.assigneeId)).where(eq(referrals.id, id));
  return row ? toSummary(row) : null;
}

import { stringify } from "csv-stringify/sync";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Caseworker } from "../caseworkers/types.ts";
import type { Db } from "../db/client.ts";
import { caseworkers, referrals } from "../db/schema/index.ts";
import type { Entities } from "../engine/types.ts";
import { filterCondition, type ReferralFilter } from "./filters.ts";
import type { ReporterAnswers } from "./types.ts";

/**
 * The export's columns. No reporter hash and no reporter comment: an export
 * leaves the system (partners, spreadsheets), and the reporter's own words
 * about themselves are what could identify them.
 */
export const CSV_COLUMNS = [
  "reference",
  "created_at",
  "status",
  "urgency",
  "country",
  "channel",
  "language",
  "risk",
  "score",
  "crime",
  "flags",
  "phones",
  "emails",
  "urls",
  "handles",
  "licences",
  "where_seen",
  "amount",
  "already_paid",
  "assignee",
  "closed_at",
  "ad_text",
] as const;

const BATCH = 500;

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / carriage
 * return) as a formula, and ad texts are written by scammers: such cells get
 * a leading apostrophe (the OWASP advice for CSV injection). Phone numbers
 * ("+923000000111; +77010000000") cannot call anything and stay as they are.
 */
export function neutraliseFormula(value: string): string {
  if (/^\+[\d\s;+]*$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvRow(r: {
  reference: string;
  createdAt: Date;
  status: string;
  urgency: string;
  country: string | null;
  channel: string;
  language: string;
  risk: string;
  score: number;
  crime: string | null;
  flags: string[];
  entities: unknown;
  reporterAnswers: unknown;
  assignee: string | null;
  closedAt: Date | null;
  adText: string;
}): string[] {
  const e = r.entities as Partial<Entities>;
  const a = r.reporterAnswers as ReporterAnswers;
  const list = (items: string[] | undefined) => [...new Set(items ?? [])].join("; ");
  const cells = [
    r.reference,
    r.createdAt.toISOString(),
    r.status,
    r.urgency,
    r.country ?? "",
    r.channel,
    r.language,
    r.risk,
    r.score.toFixed(3),
    r.crime ?? "",
    r.flags.join("; "),
    list(e.phones?.map((p) => p.e164)),
    list(e.emails?.map((m) => m.address)),
    list(e.urls?.map((u) => u.url)),
    list(e.handles?.map((h) => h.handle)),
    list(e.licences?.map((l) => l.raw)),
    a.whereSeen ?? "",
    a.amount ?? "",
    a.alreadyPaid === undefined ? "" : a.alreadyPaid ? "yes" : "no",
    r.assignee ?? "",
    r.closedAt?.toISOString() ?? "",
    r.adText,
  ];
  return cells.map(neutraliseFormula);
}

type Cursor = { at: string; id: string };

/** One batch after the cursor, newest first. */
function batchAfter(db: Db, where: SQL | undefined, cursor: Cursor | null) {
  const after = cursor ? sql`(${referrals.createdAt}, ${referrals.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : undefined;
  return db
    .select({
      id: referrals.id,
      cursorAt: sql<string>`${referrals.createdAt}::text`,
      reference: referrals.reference,
      createdAt: referrals.createdAt,
      status: referrals.status,
      urgency: referrals.urgency,
      country: referrals.country,
      channel: referrals.channel,
      language: referrals.language,
      risk: referrals.risk,
      score: referrals.score,
      crime: referrals.crime,
      flags: referrals.flags,
      entities: referrals.entities,
      reporterAnswers: referrals.reporterAnswers,
      assignee: caseworkers.email,
      closedAt: referrals.closedAt,
      adText: referrals.adText,
    })
    .from(referrals)
    .leftJoin(caseworkers, eq(caseworkers.id, referrals.assigneeId))
    .where(and(where, after))
    .orderBy(desc(referrals.createdAt), desc(referrals.id))
    .limit(BATCH);
}

/** The most referrals one export holds: the whole file is read before it is sent (see referralsCsv). */
export const MAX_EXPORT_ROWS = 20_000;

export class ExportTooLargeError extends Error {}

/**
 * The filtered referrals as CSV (header first), newest first, read in
 * batches (continuing after the last row's created_at and id, read back as
 * text to keep microseconds) and whole before anything is sent: a database
 * failure is then an error answer, not a download cut short behind a 200.
 * More than MAX_EXPORT_ROWS asks for a narrower filter.
 */
export async function referralsCsv(db: Db, actor: Caseworker, filter: ReferralFilter): Promise<string> {
  const where = filterCondition(actor, filter);
  // The byte-order mark makes spreadsheets read the file as UTF-8 (Urdu, Cyrillic).
  const parts = [`\ufeff${stringify([[...CSV_COLUMNS]])}`];
  let count = 0;
  let cursor: Cursor | null = null;
  for (;;) {
    const rows = await batchAfter(db, where, cursor);
    count += rows.length;
    if (count > MAX_EXPORT_ROWS) throw new ExportTooLargeError(`an export holds at most ${MAX_EXPORT_ROWS} referrals: narrow the filter (from/to, status, country)`);
    if (rows.length) parts.push(stringify(rows.map(csvRow)));
    if (rows.length < BATCH) return parts.join("");
    const last = rows[rows.length - 1]!;
    cursor = { at: last.cursorAt, id: last.id };
  }
}

import type { Verdict } from "../engine/types.ts";

/** What the reporter chose to add; every field optional, free text already redacted. */
export interface ReporterAnswers {
  whereSeen?: string;
  amount?: string;
  alreadyPaid?: boolean;
  comment?: string;
}

/** A report ready to be filed: no raw sender id, no reporter contact details. */
export interface NewReport {
  /** From the channel's update id: the same update filed twice is one referral. */
  idempotencyKey: string;
  /** Given to the reporter before the database is reached, so it survives an outage. */
  reference: string;
  channel: string;
  language: string;
  adText: string;
  verdict: Verdict;
  reporterHash: string | null;
  reporterAnswers: ReporterAnswers;
  urgent: boolean;
  country: string | null;
}

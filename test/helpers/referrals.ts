import { randomUUID } from "node:crypto";
import type { Db } from "../../src/db/client.ts";
import type { Engine } from "../../src/engine/engine.ts";
import { referralCountry } from "../../src/referrals/country.ts";
import { referenceFor } from "../../src/referrals/reference.ts";
import { insertReport } from "../../src/referrals/repository.ts";
import { shippedPreparedEngine } from "./engine.ts";
import type { ReporterAnswers } from "../../src/referrals/types.ts";

const filter: Parameters<typeof insertReport>[2] = shippedPreparedEngine().data.common;

export interface TestReport {
  text: string;
  /** Default: what the helpline would pick (referralCountry of the verdict). */
  country?: string | null;
  urgent?: boolean;
  channel?: string;
  reporterHash?: string | null;
  answers?: ReporterAnswers;
}

/** Files a report exactly as the helpline does (insertReport), with the real engine's verdict. */
export async function fileReport(db: Db, engine: Engine, report: TestReport): Promise<{ id: string; reference: string }> {
  const verdict = engine.check(report.text);
  const idempotencyKey = `test:${randomUUID()}`;
  const filed = await insertReport(
    db,
    {
      idempotencyKey,
      reference: referenceFor(idempotencyKey),
      channel: report.channel ?? "telegram",
      language: verdict.language,
      adText: report.text,
      verdict,
      reporterHash: report.reporterHash === undefined ? "test-reporter-hash-0123456789abcd" : report.reporterHash,
      reporterAnswers: report.answers ?? {},
      urgent: report.urgent ?? false,
      country: report.country === undefined ? referralCountry(verdict) : report.country,
    },
    filter,
  );
  return { id: filed.id, reference: filed.reference };
}

import type { Logger } from "pino";
import type { Db } from "../db/client.ts";
import type { ReportJournal } from "./journal.ts";
import type { SightingHistory } from "./history.ts";
import { insertReport } from "./repository.ts";
import type { SightingFilter } from "../engine/sightings.ts";
import type { NewReport } from "./types.ts";

export interface ReferralService {
  /**
   * Files a report: into the durable journal, then the database. When the
   * database cannot be reached the report stays journaled (replayed later)
   * and the reporter still gets their reference.
   */
  file(report: NewReport): Promise<{ reference: string; queued: boolean }>;
  /** Files what the journal holds; returns how many reached the database. */
  replay(): Promise<number>;
  stop(): void;
}

export interface ReferralServiceDeps {
  db: Db;
  journal: ReportJournal;
  filter: SightingFilter;
  /** Told about every report filed here, so the next verdict already counts it. */
  history?: SightingHistory;
  /** Told about every referral created, so near-duplicates of its advert count it (and the dashboard links it). */
  adverts?: { markReported(text: string, referralId: string): Promise<void> };
  log: Pick<Logger, "warn" | "info" | "error">;
  /** How often the journal is replayed while it holds reports. */
  replayEveryMs?: number;
}

export function createReferralService(deps: ReferralServiceDeps): ReferralService {
  const { db, journal, filter, log } = deps;
  const insert = async (report: NewReport) => {
    const filed = await insertReport(db, report, filter);
    deps.history?.add(filed.sightings);
    // Once per referral (a replayed or redelivered report is not created again); the report is filed whatever this does.
    if (filed.created) await deps.adverts?.markReported(report.adText, filed.id).catch((error: unknown) => log.warn({ err: error }, "advert memory not told of the report"));
    return filed;
  };

  async function replay(): Promise<number> {
    const { filed, remaining } = await journal.replay(insert);
    if (filed || remaining) log.info({ filed, remaining }, "report journal replayed");
    return filed;
  }

  const timer = setInterval(() => {
    replay().catch((error: unknown) => log.error({ err: error }, "report journal replay failed"));
  }, deps.replayEveryMs ?? 10_000);
  timer.unref();

  return {
    async file(report) {
      // Journaled first: a process killed while the insert waits (a lock, a slow disk) still files
      // the report at the next start's replay; the idempotency key keeps it to one referral.
      await journal.append(report);
      let filed: Awaited<ReturnType<typeof insert>>;
      try {
        filed = await insert(report);
      } catch (error) {
        log.warn({ err: error, reference: report.reference }, "database unavailable; report journaled");
        return { reference: report.reference, queued: true };
      }
      await journal.settle(report.idempotencyKey).catch((error: unknown) => log.warn({ err: error }, "journal not settled; the next replay does it"));
      return { reference: filed.reference, queued: false };
    },
    replay,
    stop: () => clearInterval(timer),
  };
}

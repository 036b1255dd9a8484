import type { Logger } from "pino";
import type { CaseworkerApiConfig, FeedConfig, RegistrySyncConfig, ScanConfig } from "../config.ts";
import { pruneProcessedUpdates, pruneRateWindows, pruneSessions } from "../db/conversation-repository.ts";
import { pruneForwards } from "../db/forward-repository.ts";
import { purgeAdvertMemory } from "../db/advert-memory-repository.ts";
import { purgeStaleFailures } from "../caseworkers/login-throttle.ts";
import { purgeExpiredSessions } from "../caseworkers/sessions.ts";
import type { Db } from "../db/client.ts";
import { syncFeeds } from "../feeds/subscribe.ts";
import { pruneReporterNotices } from "../referrals/reporter-notices.ts";
import { releaseExpiredClaims } from "../referrals/workflow.ts";
import { pruneBatches } from "../scan/batch-repository.ts";
import { DEFAULT_SOURCE_LIMITS, syncRegistrySources } from "../registry/sources.ts";
import type { ScheduledJob } from "./job-runner.ts";

/**
 * The database-wide chores, each run by one instance at a time. What stays
 * on per-instance timers is per-instance by nature: replaying this
 * instance's own report journal (a local file, needed exactly when the
 * database — and so pg-boss — is down) and reloading its in-memory registry
 * and report history.
 */
export function backgroundJobs(
  db: Db,
  config: { caseworkerApi: CaseworkerApiConfig; registrySync: RegistrySyncConfig; feeds: FeedConfig; advertMemoryDays: number; scan: Pick<ScanConfig, "retentionDays"> },
  log: Pick<Logger, "info" | "warn">,
): ScheduledJob[] {
  const { caseworkerApi, registrySync, scan } = config;
  const jobs: ScheduledJob[] = [
    {
      // Lapsed claims go back to the queue within a minute.
      name: "release-expired-claims",
      cron: "* * * * *",
      async run() {
        const released = await releaseExpiredClaims(db);
        if (released) log.info({ released }, "expired claims released");
      },
    },
    {
      // Idle sessions hold the last ad checked; dedupe keys and rate windows are only needed briefly; news of reports a
      // while; a forward no instance could answer (its channel is gone) holds advert text.
      name: "prune-conversations",
      cron: "17 * * * *",
      async run() {
        await Promise.all([pruneSessions(db), pruneProcessedUpdates(db), pruneRateWindows(db), pruneReporterNotices(db), pruneForwards(db)]);
      },
    },
    {
      // A password spray from many addresses must not grow the login tables for ever.
      name: "prune-caseworker-auth",
      cron: "*/10 * * * *",
      async run() {
        await Promise.all([purgeExpiredSessions(db), purgeStaleFailures(db, caseworkerApi.login)]);
      },
    },
    {
      // Partners' batches: results are fetched within days, and a batch that never finished still holds advert text.
      name: "prune-scan-batches",
      cron: "23 * * * *",
      async run() {
        const pruned = await pruneBatches(db, scan.retentionDays);
        if (pruned) log.info({ pruned }, "old scan batches deleted");
      },
    },
    {
      // Adverts not seen again within the retention are forgotten, with the keys that counted them.
      name: ADVERT_MEMORY_PURGE_JOB,
      cron: "23 3 * * *",
      async run() {
        const forgotten = await purgeAdvertMemory(db, config.advertMemoryDays);
        if (forgotten) log.info({ forgotten }, "advert memory purged");
      },
    },
  ];
  if (registrySync.sources.length > 0) jobs.push(registrySyncJob(db, registrySync, log));
  if (config.feeds.subscriptions.length > 0) jobs.push(feedSyncJob(db, config.feeds, log));
  return jobs;
}

export const ADVERT_MEMORY_PURGE_JOB = "purge-advert-memory";

/** The job that re-imports the configured registry lists; run at start-up too, so a new list is not a day late. */
export const REGISTRY_SYNC_JOB = "sync-registry-sources";

/** Importing one downloaded list, at most (25,000 rows take seconds; this is the generous bound). */
const IMPORT_SECONDS = 10 * 60;

function registrySyncJob(db: Db, registrySync: RegistrySyncConfig, log: Pick<Logger, "info">): ScheduledJob {
  return {
    name: REGISTRY_SYNC_JOB,
    cron: registrySync.cron,
    // Every list downloading to its time limit and then importing: a retry must not start while this run goes on.
    expireInSeconds: registrySync.sources.length * (DEFAULT_SOURCE_LIMITS.timeoutMs / 1000 + IMPORT_SECONDS),
    async run() {
      const outcomes = await syncRegistrySources(db, registrySync.sources);
      for (const outcome of outcomes) if (outcome.status !== "failed") log.info(outcome, "registry source synced");
      const failed = outcomes.filter((o) => o.status === "failed");
      // Thrown, so pg-boss retries (unchanged lists are skipped cheaply) and finally dead-letters it.
      if (failed.length) throw new Error(failed.map((f) => f.error).join("; "));
    },
  };
}

/** The job that merges partner instances' indicator feeds. */
export const FEED_SYNC_JOB = "sync-partner-feeds";

function feedSyncJob(db: Db, feeds: FeedConfig, log: Pick<Logger, "info" | "warn">): ScheduledJob {
  return {
    name: FEED_SYNC_JOB,
    cron: feeds.cron,
    async run() {
      // A partner that fails or sends garbage is logged and skipped until the next run; it is not retried at once,
      // as a broken feed stays broken for a while and the others are merged already.
      for (const outcome of await syncFeeds(db, feeds.subscriptions)) {
        if (outcome.status === "failed") log.warn({ feed: outcome.name, error: outcome.error }, "partner feed skipped");
        else log.info(outcome, "partner feed synced");
      }
    },
  };
}

import type { Logger } from "pino";
import type { CaseworkerApiConfig } from "../config.ts";
import { pruneProcessedUpdates, pruneRateWindows, pruneSessions } from "../conversation/conversation-store.ts";
import { purgeStaleFailures } from "../caseworkers/login-throttle.ts";
import { purgeExpiredSessions } from "../caseworkers/sessions.ts";
import type { Db } from "../db/client.ts";
import { releaseExpiredClaims } from "../referrals/workflow.ts";
import type { ScheduledJob } from "./job-runner.ts";

/**
 * The database-wide chores, each run by one instance at a time. What stays
 * on per-instance timers is per-instance by nature: replaying this
 * instance's own report journal (a local file, needed exactly when the
 * database — and so pg-boss — is down) and reloading its in-memory registry
 * and report history.
 */
export function backgroundJobs(db: Db, caseworkerApi: CaseworkerApiConfig, log: Pick<Logger, "info">): ScheduledJob[] {
  return [
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
      // Idle sessions hold the last ad checked; dedupe keys and rate windows are only needed briefly.
      name: "prune-conversations",
      cron: "17 * * * *",
      async run() {
        await Promise.all([pruneSessions(db), pruneProcessedUpdates(db), pruneRateWindows(db)]);
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
  ];
}

import PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { Database } from "../db/client.ts";
import { inFlight, type InFlight } from "./in-flight.ts";

/** A piece of background work that runs on one instance at a time, on a schedule. */
export interface ScheduledJob {
  /** Queue name: letters, digits, dots and dashes. */
  name: string;
  /** Five-field cron, in UTC. */
  cron: string;
  /**
   * How long a run may take before pg-boss counts it failed and retries it
   * (its default is 15 minutes). The run itself is not stopped, so a job
   * that can take longer must say so, or a retry runs beside it.
   */
  expireInSeconds?: number;
  run(): Promise<void>;
}

/** Work sent on demand (a batch's chunks), taken by whichever instance fetches it first. */
export interface QueueWorker {
  /** Queue name: letters, digits, dots and dashes. */
  name: string;
  /** Jobs of the queue one instance runs at once. */
  concurrency: number;
  /** How long a job may run before it counts as failed (its instance died) and is retried elsewhere. */
  expireInSeconds: number;
  retry: { retryLimit: number; retryDelay: number; retryBackoff: boolean };
  /** Seconds between fetches while the queue is empty. */
  pollingIntervalSeconds: number;
  /** `lastAttempt`: no retry follows if this run fails. */
  run(data: object, lastAttempt: boolean): Promise<void>;
}

export interface JobRunner {
  /** Queues jobs for a worker queue, and wakes this instance's workers of it. */
  send(name: string, data: readonly object[]): Promise<void>;
  /**
   * Runs a job now (on whichever instance fetches it first) instead of
   * waiting for its schedule; asked by several instances starting together,
   * it runs once.
   */
  runNow(name: string): Promise<void>;
  /** Whether jobs can be taken: the runner is running and the queue's tables answer. */
  ready(): Promise<boolean>;
  stop(): Promise<void>;
}

/** Work was sent before this instance's job queue started (it starts just after the server listens). */
export class JobQueueNotStarted extends Error {
  constructor() {
    super("the job queue is not started yet");
  }
}

/** Where jobs go once their retries are used up; an instance logs each as an error. */
const DEAD_LETTER_QUEUE = "dead-letter";
const RETRY = { retryLimit: 3, retryDelay: 30, retryBackoff: true } as const;
/** How long a stopping instance waits for running jobs before it lets them fail (and be retried elsewhere). */
const STOP_TIMEOUT_MS = 10_000;
/** runNow asks within one such window (instances starting together) make one run. */
const RUN_NOW_WINDOW_SECONDS = 300;

export interface JobRunnerOptions {
  /** Seconds between fetches; pg-boss's default (2 s) suits production. */
  pollingIntervalSeconds?: number;
  /** Retry settings, shortened by tests. */
  retry?: { retryLimit: number; retryDelay: number; retryBackoff: boolean };
  /** Queues of work sent on demand. */
  workers?: readonly QueueWorker[];
  /**
   * How often (seconds) pg-boss looks for jobs whose instance died, on one
   * instance at a time (its default: 120).
   */
  maintenanceIntervalSeconds?: number;
}

/**
 * Background work on pg-boss, in the app's own database: schedules survive
 * restarts, a job runs once however many instances are up (pg-boss takes
 * jobs with SKIP LOCKED), failures are retried with backoff and then
 * dead-lettered instead of vanishing in a timer callback.
 */
export async function startJobRunner(database: Database, jobs: readonly ScheduledJob[], log: Pick<Logger, "warn" | "error">, options: JobRunnerOptions = {}): Promise<JobRunner> {
  const pending = inFlight();
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pending.track(() => database.executeSql(text, values)) },
    ...(options.maintenanceIntervalSeconds ? { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds } : {}),
  });
  boss.on("error", (error: unknown) => log.warn({ err: error }, "job queue error"));
  const retry = options.retry ?? RETRY;
  const workers = options.workers ?? [];
  const polling = options.pollingIntervalSeconds !== undefined ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {};
  // pg-boss's own migration is locked, but creating the same queues from instances starting together deadlocks.
  await database.exclusive("job-queues", async () => {
    await boss.start();
    await boss.createQueue(DEAD_LETTER_QUEUE);
    for (const job of jobs) {
      const queue = { name: job.name, ...retry, deadLetter: DEAD_LETTER_QUEUE, ...(job.expireInSeconds ? { expireInSeconds: job.expireInSeconds } : {}) };
      // Creating leaves an existing queue as it was; the update brings it to this release's settings.
      await boss.createQueue(job.name, queue);
      await boss.updateQueue(job.name, queue);
      await boss.schedule(job.name, job.cron, { name: job.name });
    }
    for (const worker of workers) {
      const queue = { name: worker.name, ...worker.retry, deadLetter: DEAD_LETTER_QUEUE, expireInSeconds: worker.expireInSeconds };
      await boss.createQueue(worker.name, queue);
      await boss.updateQueue(worker.name, queue);
    }
  });
  await boss.work<{ name?: string }>(DEAD_LETTER_QUEUE, polling, ([job]) =>
    pending.handle(async () => log.error({ job: job?.data }, "background job failed after all retries")),
  );
  for (const job of jobs) {
    await boss.work(job.name, polling, () =>
      pending.handle(async () => {
        try {
          await job.run();
        } catch (error) {
          log.warn({ err: error, job: job.name }, "background job failed; it will be retried");
          throw error;
        }
      }),
    );
  }
  const workerIds = new Map<string, string[]>();
  for (const worker of workers) workerIds.set(worker.name, await startWorkers(boss, worker, pending, log));
  let stopped = false;
  return {
    async send(name, data) {
      if (data.length === 0) return;
      await boss.insert(data.map((d) => ({ name, data: d })));
      for (const id of workerIds.get(name) ?? []) boss.notifyWorker(id);
    },
    async runNow(name) {
      await boss.sendThrottled(name, { name }, {}, RUN_NOW_WINDOW_SECONDS, name);
    },
    async ready() {
      if (stopped) return false;
      try {
        return (await boss.isInstalled()) === true;
      } catch {
        return false;
      }
    },
    // Stops fetching and waits for what pg-boss left running; it does not own the database connection and leaves it open.
    async stop() {
      stopped = true;
      pending.close();
      await boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS, wait: true });
      await pending.settled(STOP_TIMEOUT_MS);
    },
  };
}

/**
 * `concurrency` loops fetching one job each. A loop that finished a job
 * fetches the next at once rather than after the polling interval: a
 * queue of chunks is worked through without pauses.
 */
async function startWorkers(boss: PgBoss, worker: QueueWorker, pending: InFlight, log: Pick<Logger, "warn">): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < worker.concurrency; i++) {
    let id = "";
    id = await boss.work<object>(worker.name, { pollingIntervalSeconds: worker.pollingIntervalSeconds, includeMetadata: true }, ([job]) =>
      pending.handle(async () => {
        if (!job) return;
        try {
          await worker.run(job.data, job.retryCount >= job.retryLimit);
        } catch (error) {
          log.warn({ err: error, job: worker.name }, "queued job failed; it will be retried");
          throw error;
        }
        // The id is known once work() returns, before any job can have been fetched.
        if (id) boss.notifyWorker(id);
      }),
    );
    ids.push(id);
  }
  return ids;
}

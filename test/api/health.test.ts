import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import { startJobRunner, type JobRunner } from "../../src/jobs/job-runner.ts";
import type { PressureConfig } from "../../src/config.ts";
import { testServices, type TestServices } from "../helpers/app.ts";
import { migratedMemoryDatabase } from "../helpers/memory-database.ts";

/** These probes are about the job queue and the database: a loaded CI machine's event-loop lag must not answer for them. */
const NO_SHEDDING: PressureConfig = { maxEventLoopDelayMs: 0, maxHeapUsedBytes: 0, maxRssBytes: 0, retryAfterSeconds: 10, sampleIntervalMs: 1000 };

let services: TestServices;
beforeAll(async () => {
  services = await testServices("pglite");
});
afterAll(() => services.close());

const app = (deps: Partial<Parameters<typeof buildApp>[0]> = {}) =>
  buildApp({ db: services.database.db, engine: () => services.engine, i18n: services.i18n, logLevel: "silent", pressure: NO_SHEDDING, ...deps });

describe("probes", () => {
  it("say ready only once the job queue runs, and not after it stopped; /healthz answers throughout", async () => {
    let jobs: JobRunner | undefined;
    const server = await app({ jobQueueReady: async () => (jobs ? jobs.ready() : false) });
    expect((await server.inject({ method: "GET", url: "/readyz" })).json()).toEqual({ status: "unavailable", reason: "jobs" });
    jobs = await startJobRunner(services.database, [], { warn: () => {}, error: () => {} });
    expect((await server.inject({ method: "GET", url: "/readyz" })).json()).toEqual({ status: "ready" });
    await jobs.stop();
    const stopped = await server.inject({ method: "GET", url: "/readyz" });
    expect(stopped.statusCode).toBe(503);
    expect(stopped.json()).toEqual({ status: "unavailable", reason: "jobs" });
    expect((await server.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    await server.close();
  }, 60_000);

  it("say unavailable while the database cannot be reached", async () => {
    const gone = await migratedMemoryDatabase();
    await gone.close();
    const server = await app({ db: gone.db });
    const response = await server.inject({ method: "GET", url: "/readyz" });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: "unavailable", reason: "database" });
    await server.close();
  });
});

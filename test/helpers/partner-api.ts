import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import pino from "pino";
import { buildApp } from "../../src/api/app.ts";
import type { FeedSettings } from "../../src/feeds/publish.ts";
import { startJobRunner, type JobRunner } from "../../src/jobs/job-runner.ts";
import { createApiKey } from "../../src/partners/api-keys.ts";
import { batchWorkers } from "../../src/scan/batch-jobs.ts";
import { checkInThread } from "../../src/scan/chunk-checker.ts";
import { testServices, type TestServices } from "./app.ts";

const silent = pino({ level: "silent" });

export interface PartnerTestApp {
  app: FastifyInstance;
  services: TestServices;
  /** Makes a key; returns it with the Authorization header it is sent in. */
  key(name: string, countries?: string[], ratePerMinute?: number): Promise<{ id: string; key: string; auth: { authorization: string } }>;
  close(): Promise<void>;
}

/** The real app with the partner API and its batch workers on pg-boss, on a fresh Postgres database. */
export async function partnerTestApp(feeds: FeedSettings = { publisher: "offercheck test", country: "KZ", shareAdvertText: false }): Promise<PartnerTestApp> {
  const services = await testServices("postgres");
  const db = services.database.db;
  let jobs: JobRunner | undefined;
  const send = (queue: string, data: readonly object[]) => jobs!.send(queue, data);
  const app = await buildApp({
    db,
    engine: () => services.engine,
    i18n: services.i18n,
    logLevel: "silent",
    partner: { memory: services.adverts, send, allowPrivateCallbacks: true, feeds },
  });
  await app.ready();
  const workers = batchWorkers({ db, check: checkInThread(() => services.engine), memory: services.adverts, send, log: silent }, { chunkTimeoutSeconds: 60, concurrency: 2 });
  jobs = await startJobRunner(services.database, [], silent, { workers, pollingIntervalSeconds: 0.5 });
  return {
    app,
    services,
    async key(name, countries = ["KZ"], ratePerMinute = 1000) {
      const { key, apiKey } = await createApiKey(db, { name, countries, ratePerMinute });
      return { id: apiKey.id, key, auth: { authorization: `Bearer ${key}` } };
    },
    async close() {
      await app.close();
      await jobs?.stop();
      await services.close();
    },
  };
}

/** Every hand-written advert of the corpus (test/fixtures/ads), all languages. */
export function corpusTexts(): string[] {
  const dir = join(import.meta.dirname, "..", "fixtures", "ads");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { text: string }[]).map((a) => a.text));
}

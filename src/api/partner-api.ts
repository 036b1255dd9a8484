import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../db/client.ts";
import type { Engine } from "../engine/engine.ts";
import type { FeedSettings } from "../feeds/publish.ts";
import type { AdvertMemory } from "../memory/types.ts";
import { authenticatePartner } from "./auth/api-key.ts";
import { partnerBatchRoutes } from "./routes/partner-batches.ts";
import { partnerFeedRoutes } from "./routes/partner-feed.ts";
import { partnerScanRoutes } from "./routes/partner-scan.ts";

export interface PartnerApiDeps {
  db: Db;
  engine: () => Engine;
  memory: AdvertMemory;
  /** Queues batch chunks and callbacks (JobRunner.send). */
  send: (queue: string, data: readonly object[]) => Promise<void>;
  /** What this instance publishes in its indicator feed. */
  feeds: FeedSettings;
  /** Batch callbacks to http and private addresses (tests, closed networks); off in production. */
  allowPrivateCallbacks?: boolean;
}

/**
 * /api/v1/scan for platforms and /api/v1/feed.* for partner instances, behind their API keys. Encapsulated: its key
 * check covers only these routes, and it registers nothing that reads
 * referrals or reporters, so a partner key opens nothing else.
 */
export const partnerApi: FastifyPluginAsync<PartnerApiDeps> = async (app, deps) => {
  app.decorateRequest("partner", null);
  // zod validates in the handlers; the JSON Schemas on the routes only feed the OpenAPI document.
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.addHook("onRequest", authenticatePartner(deps.db));
  // Verdicts on a platform's adverts are for that platform only.
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("cache-control", "no-store");
    return payload;
  });
  await app.register(partnerScanRoutes, { engine: deps.engine, memory: deps.memory });
  await app.register(partnerFeedRoutes, { db: deps.db, settings: deps.feeds });
  await app.register(partnerBatchRoutes, { db: deps.db, send: deps.send, allowPrivateCallbacks: deps.allowPrivateCallbacks ?? false });
};

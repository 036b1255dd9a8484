import Fastify, { type FastifyInstance, type FastifyPluginAsync } from "fastify";
import type { i18n } from "i18next";
import type { Db } from "../db/client.ts";
import type { Engine } from "../engine/engine.ts";
import { checkRoutes } from "./routes/check.ts";
import { healthRoutes } from "./routes/health.ts";

export interface AppDeps {
  db: Db;
  /** The current engine; it is rebuilt when the registry changes. */
  engine: () => Engine;
  i18n: i18n;
  logLevel: string;
  /** Channel plugins (web simulator, Telegram webhook), registered after the core routes. */
  channels?: FastifyPluginAsync[];
}

/** The HTTP app: external plugins first, then app routes. Errors are JSON, never stack traces. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: deps.logLevel,
      // Method and path only: no bodies, headers or client addresses, which could identify a reporter.
      serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split("?")[0] }) },
    },
  });
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, "request failed");
    return reply.code(status).send({ error: status === 500 ? "internal_error" : (error.code ?? "bad_request"), message: status === 500 ? "Something went wrong." : error.message });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: "not_found" }));
  await app.register(healthRoutes, { db: deps.db });
  await app.register(checkRoutes, { engine: deps.engine, i18n: deps.i18n });
  for (const channel of deps.channels ?? []) await app.register(channel);
  return app;
}

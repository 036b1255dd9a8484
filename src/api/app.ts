import { LOG_SERIALIZERS } from "../logging/logger.ts";
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from "fastify";
import type { i18n } from "i18next";
import type { DestinationStream } from "pino";
import { defaultCaseworkerApiConfig, defaultPressureConfig, type CaseworkerApiConfig, type PressureConfig } from "../config.ts";
import type { Db } from "../db/client.ts";
import type { Engine } from "../engine/engine.ts";
import type { Metrics } from "../metrics/metrics.ts";
import { registerBackpressure } from "./backpressure.ts";
import { caseworkerApi } from "./caseworker-api.ts";
import { ApiError } from "./errors.ts";
import { partnerApi, type PartnerApiDeps } from "./partner-api.ts";
import { registerDocs } from "./docs.ts";
import { checkRoutes } from "./routes/check.ts";
import type { WhatsappLink } from "./routes/caseworker-whatsapp.ts";
import { registerMetrics } from "./metrics.ts";
import { healthRoutes } from "./routes/health.ts";
import { registerSecurityHeaders } from "./security-headers.ts";

export interface AppDeps {
  db: Db;
  /** The current engine; it is rebuilt when the registry changes. */
  engine: () => Engine;
  i18n: i18n;
  logLevel: string;
  /** Channel plugins (web simulator, Telegram webhook), registered after the core routes. */
  channels?: FastifyPluginAsync[];
  /** Claim TTL, sessions, login lockout, cookie flags of the caseworker API (defaults: the configuration's). */
  caseworkerApi?: CaseworkerApiConfig;
  /** Fastify's trustProxy: which X-Forwarded-For to believe for the client address. */
  trustProxy?: boolean | string;
  /** When to answer 503 instead of queueing more work (defaults: the configuration's). */
  pressure?: PressureConfig;
  /** Where the request log goes (default: stdout); tests read it. */
  logStream?: DestinationStream;
  /** The WhatsApp Web session's status and login QR code, for the admins' dashboard page. */
  whatsapp?: WhatsappLink;
  /** Prometheus metrics at /metrics (behind `metricsToken` when set). */
  metrics?: Metrics;
  metricsToken?: string | undefined;
  /** POST /api/check requests per minute and client address. */
  checkPerMinute?: number;
  /** Whether background jobs can run, for /readyz (an app without a job queue leaves it out). */
  jobQueueReady?: () => Promise<boolean>;
  /** The platforms' scanning API at /api/v1/scan (left out when not given). */
  partner?: Omit<PartnerApiDeps, "db" | "engine">;
}

/** The HTTP app: external plugins first, then app routes. Errors are JSON, never stack traces. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    trustProxy: deps.trustProxy ?? false,
    logger: {
      level: deps.logLevel,
      // Method and path only: no bodies, headers or client addresses, which could identify a reporter.
      serializers: { ...LOG_SERIALIZERS, req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split("?")[0] }) },
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    },
  });
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string; issues?: unknown }, request, reply) => {
    // A 503 is the app's own "not now" (it says when to ask again); any other error of the server is a 500.
    const retryAfter = error instanceof ApiError && error.statusCode === 503 ? error.retryAfterSeconds : undefined;
    if (retryAfter !== undefined) reply.header("retry-after", String(retryAfter));
    const status = (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) || retryAfter !== undefined ? error.statusCode! : 500;
    if (status === 500) request.log.error({ err: error }, "request failed");
    if (status === 500) return reply.code(500).send({ error: "internal_error", message: "Something went wrong." });
    return reply.code(status).send({ error: error.code ?? "bad_request", message: error.message, ...(Array.isArray(error.issues) ? { issues: error.issues } : {}) });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: "not_found" }));
  // First: an overloaded instance refuses work before any other hook or body parser runs.
  await registerBackpressure(app, deps.pressure ?? defaultPressureConfig());
  // Before the routes, so each is timed; after backpressure, so shed requests are counted too.
  if (deps.metrics) await registerMetrics(app, deps.metrics, deps.metricsToken);
  await registerSecurityHeaders(app);
  // Before the routes: the OpenAPI document collects them as they are added.
  await registerDocs(app);
  await app.register(healthRoutes, { db: deps.db, underPressure: () => app.isUnderPressure(), jobQueueReady: deps.jobQueueReady });
  await app.register(checkRoutes, { engine: deps.engine, i18n: deps.i18n, ...(deps.checkPerMinute ? { perMinute: deps.checkPerMinute } : {}) });
  const metrics = deps.metrics;
  await app.register(caseworkerApi, {
    db: deps.db,
    settings: deps.caseworkerApi ?? defaultCaseworkerApiConfig(),
    ...(deps.whatsapp ? { whatsapp: deps.whatsapp } : {}),
    ...(metrics ? { onClaimed: (filedAt: Date) => metrics.claimLatency.observe((Date.now() - filedAt.getTime()) / 1000) } : {}),
  });
  if (deps.partner) await app.register(partnerApi, { ...deps.partner, db: deps.db, engine: deps.engine, prefix: "/api/v1" });
  for (const channel of deps.channels ?? []) await app.register(channel);
  return app;
}

import underPressure from "@fastify/under-pressure";
import type { FastifyInstance } from "fastify";
import type { PressureConfig } from "../config.ts";

/**
 * Probes and the metrics scrape answer whatever the load: an orchestrator
 * must not restart an instance that is only busy, and the scrape is how the
 * overload is seen.
 */
const PROBES: ReadonlySet<string> = new Set(["/healthz", "/readyz", "/metrics"]);

/**
 * Sheds load before it turns into timeouts: while the event loop lags or
 * memory runs high, every request but the probes and /metrics gets 503 with Retry-After at
 * once, before its body is read. Telegram and Meta redeliver a refused
 * update later, so nothing is lost; /readyz reports the pressure so a load
 * balancer can route around the instance.
 */
export async function registerBackpressure(app: FastifyInstance, config: PressureConfig): Promise<void> {
  await app.register(underPressure, {
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    maxHeapUsedBytes: config.maxHeapUsedBytes,
    maxRssBytes: config.maxRssBytes,
    sampleInterval: config.sampleIntervalMs,
    // Resolves once the 503 is out, so the request stops here even if an onSend hook makes sending asynchronous.
    pressureHandler: async (request, reply, type) => {
      if (PROBES.has(request.routeOptions.url ?? "")) return;
      request.log.debug({ pressure: type }, "shedding load");
      await reply.code(503).header("retry-after", String(config.retryAfterSeconds)).send({ error: "overloaded", message: "Busy, try again later." });
    },
  });
}

import type { FastifyInstance } from "fastify";
import type { Metrics } from "../metrics/metrics.ts";
import { sameSecret } from "../security/same-secret.ts";

/**
 * Times every request by its route pattern (never the raw URL, which carries
 * ids) and serves the registry at /metrics — behind a bearer token when one
 * is configured, as it should be wherever the port is reachable from outside.
 */
export async function registerMetrics(app: FastifyInstance, metrics: Metrics, token: string | undefined): Promise<void> {
  app.addHook("onResponse", async (request, reply) => {
    const status = reply.statusCode;
    metrics.httpSeconds.observe({ method: request.method, route: request.routeOptions.url ?? "unmatched", status }, reply.elapsedTime / 1000);
    if (status >= 500 && status !== 503) metrics.errors.inc({ where: "http" });
  });
  app.get("/metrics", { schema: { hide: true } }, async (request, reply) => {
    if (token && !sameSecret(request.headers.authorization, `Bearer ${token}`)) return reply.code(401).send({ error: "unauthorized" });
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

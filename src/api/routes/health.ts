import { sql } from "drizzle-orm";
import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../../db/client.ts";

/**
 * /healthz: the process answers. /readyz: it can also reach its database,
 * its background-job queue is running (when it has one) and it is not
 * shedding load.
 */
export const healthRoutes: FastifyPluginAsync<{ db: Db; underPressure: () => boolean; jobQueueReady?: (() => Promise<boolean>) | undefined }> = async (
  app,
  { db, underPressure, jobQueueReady },
) => {
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    if (underPressure()) return reply.code(503).send({ status: "unavailable", reason: "pressure" });
    try {
      await db.execute(sql`select 1`);
    } catch {
      return reply.code(503).send({ status: "unavailable", reason: "database" });
    }
    if (jobQueueReady && !(await jobQueueReady())) return reply.code(503).send({ status: "unavailable", reason: "jobs" });
    return { status: "ready" };
  });
};

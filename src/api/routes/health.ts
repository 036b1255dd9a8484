import { sql } from "drizzle-orm";
import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../../db/client.ts";

/** /healthz: the process answers. /readyz: it can also reach its database and is not shedding load. */
export const healthRoutes: FastifyPluginAsync<{ db: Db; underPressure: () => boolean }> = async (app, { db, underPressure }) => {
  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    if (underPressure()) return reply.code(503).send({ status: "unavailable", reason: "pressure" });
    try {
      await db.execute(sql`select 1`);
      return { status: "ready" };
    } catch {
      return reply.code(503).send({ status: "unavailable", reason: "database" });
    }
  });
};

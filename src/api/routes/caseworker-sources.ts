import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../../db/client.ts";
import { rankSources } from "../../monitor/sources.ts";
import { actorOf } from "../auth/session.ts";
import { routeSchema } from "../docs.ts";
import { parseInput } from "../errors.ts";
import { sourcesQuery } from "../schemas/caseworker.ts";
import { sourcesResponse } from "../schemas/caseworker-responses.ts";

/** The watched Telegram channels and groups, ranked. Mounted under /api/caseworker. */
export const sourceRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/sources",
    {
      schema: routeSchema({
        summary: "Watched channels and groups, ranked by risky posts",
        description:
          "The public Telegram channels and groups the watcher reads (TELEGRAM_WATCH=on), over the last `weeks` weeks: posts checked, risky posts " +
          "(at or above TELEGRAM_WATCH_MIN_RISK, each filed as a monitor referral or a sighting of one) and their share, with one entry per week. " +
          "Ranked by risky posts, then share; at most 100. A chat's country is the one configured for it, else that of its first risky post: " +
          "caseworkers see the chats of their countries; admins see all, including chats of no known country.",
        tags: ["reports"],
        querystring: sourcesQuery,
        response: sourcesResponse,
        errors: [400, 401, 403],
        authenticated: true,
      }),
    },
    async (request) => {
      const { weeks } = parseInput(sourcesQuery, request.query);
      return rankSources(db, actorOf(request), { weeks });
    },
  );
};

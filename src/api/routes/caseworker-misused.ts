import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../../db/client.ts";
import { scopeCondition } from "../../referrals/access.ts";
import { misusedIdentities } from "../../referrals/misused.ts";
import { actorOf } from "../auth/session.ts";
import { routeSchema } from "../docs.ts";
import { misusedIdentitiesResponse } from "../schemas/caseworker-responses.ts";

/** Which real companies and operators adverts impersonate. Mounted under /api/caseworker. */
export const misusedRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/misused-identities",
    {
      schema: routeSchema({
        summary: "Misused identities",
        description:
          "Famous employers named in reported scams with someone else's contact, and real licence numbers cited under another company's name (with the registry's holder): " +
          "in which countries, how many referrals, first and last time. Not rejected referrals; caseworkers see their countries' referrals, admins all. At most 500, most misused first.",
        tags: ["reports"],
        response: misusedIdentitiesResponse,
        errors: [401, 403],
        authenticated: true,
      }),
    },
    async (request) => ({ items: await misusedIdentities(db, scopeCondition(actorOf(request))) }),
  );
};

import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../../db/client.ts";
import { listAdvertClusters } from "../../referrals/advert-clusters.ts";
import { actorOf } from "../auth/session.ts";
import { routeSchema } from "../docs.ts";
import { parseInput } from "../errors.ts";
import { advertClustersQuery } from "../schemas/caseworker.ts";
import { advertClustersPage } from "../schemas/caseworker-responses.ts";

/** Clusters of near-identical adverts from the advert memory. Mounted under /api/caseworker. */
export const advertRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/advert-clusters",
    {
      schema: routeSchema({
        summary: "Clusters of near-identical adverts",
        description:
          "Adverts almost the same as each other (estimated Jaccard similarity of their words ≥ 0.75, contacts and numbers masked), checked twice or more or reported, " +
          "most seen first: counts, first and last seen, countries and channels, and the referrals about them. No advert text is kept. " +
          "Caseworkers see the clusters seen in their countries; admins see all.",
        tags: ["reports"],
        querystring: advertClustersQuery,
        response: advertClustersPage,
        errors: [400, 401, 403],
        authenticated: true,
      }),
    },
    async (request) => {
      const { page, pageSize } = parseInput(advertClustersQuery, request.query);
      return listAdvertClusters(db, actorOf(request), { page, pageSize });
    },
  );
};

import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../../db/client.ts";
import { listFeedback, reviewFeedback } from "../../referrals/feedback-review.ts";
import { actorOf } from "../auth/session.ts";
import { routeSchema } from "../docs.ts";
import { asApiErrors, parseInput } from "../errors.ts";
import { feedbackIdParams, feedbackQuery } from "../schemas/caseworker.ts";
import { feedbackItemResponse, feedbackPage } from "../schemas/caseworker-responses.ts";

/**
 * "This verdict is wrong" reports, for the caseworkers of the country a
 * referral of the advert would go to (admins see all). Mounted under /api/caseworker.
 */
export const feedbackRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/feedback",
    {
      schema: routeSchema({
        summary: "Disputed verdicts",
        tags: ["feedback"],
        querystring: feedbackQuery,
        response: feedbackPage,
        errors: [400, 401, 403],
        authenticated: true,
      }),
    },
    async (request) => {
      const { page, pageSize, ...filter } = parseInput(feedbackQuery, request.query);
      return listFeedback(db, actorOf(request), filter, { page, pageSize });
    },
  );

  app.post(
    "/feedback/:id/review",
    {
      schema: routeSchema({
        summary: "Mark a disputed verdict as reviewed",
        tags: ["feedback"],
        params: feedbackIdParams,
        response: feedbackItemResponse,
        errors: [400, 401, 403, 404, 409],
        authenticated: true,
      }),
    },
    async (request) => {
      const { id } = parseInput(feedbackIdParams, request.params);
      return asApiErrors(() => reviewFeedback(db, actorOf(request), id));
    },
  );
};

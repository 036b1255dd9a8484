import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../../db/client.ts";
import { ExportTooLargeError, referralsCsv } from "../../referrals/export-csv.ts";
import { mispEvent } from "../../referrals/export-misp.ts";
import { referralStats, StatsRangeError } from "../../referrals/stats.ts";
import { actorOf } from "../auth/session.ts";
import { routeSchema } from "../docs.ts";
import { ApiError, parseInput } from "../errors.ts";
import { referralFilterQuery } from "../schemas/caseworker.ts";
import { mispResponse, statsResponse } from "../schemas/caseworker-responses.ts";
import { checkCountryFilter } from "./caseworker-referrals.ts";

const today = () => new Date().toISOString().slice(0, 10);

/** Charts and exports over the same filters as the list. Mounted under /api/caseworker. */
export const reportRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/stats",
    {
      schema: routeSchema({
        summary: "Counts for charts",
        description: "By day, ISO week, language, flag, country, channel, status, risk, crime and urgency. Without `from`, the last 90 days; at most 400 days (400 range_too_long).",
        tags: ["reports"],
        querystring: referralFilterQuery,
        response: statsResponse,
        errors: [400, 401, 403],
        authenticated: true,
      }),
    },
    async (request) => {
      const actor = actorOf(request);
      const filter = parseInput(referralFilterQuery, request.query);
      checkCountryFilter(actor, filter);
      try {
        return await referralStats(db, actor, filter);
      } catch (error) {
        if (error instanceof StatsRangeError) throw new ApiError(400, "range_too_long", error.message);
        throw error;
      }
    },
  );

  app.get(
    "/export.csv",
    {
      schema: routeSchema({
        summary: "Export referrals as CSV",
        description:
          "UTF-8 with a byte-order mark (for spreadsheets), newest first. Carries the scammer-side contacts, never the reporter hash or the reporter's own comment. " +
          "Cells that a spreadsheet would run as formulas start with an apostrophe. At most 20,000 referrals (400 export_too_large: narrow the filter).",
        tags: ["reports"],
        querystring: referralFilterQuery,
        response: { mediaType: "text/csv", description: "CSV with a header row" },
        errors: [400, 401, 403],
        authenticated: true,
      }),
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const filter = parseInput(referralFilterQuery, request.query);
      checkCountryFilter(actor, filter);
      let csv: string;
      try {
        csv = await referralsCsv(db, actor, filter);
      } catch (error) {
        if (error instanceof ExportTooLargeError) throw new ApiError(400, "export_too_large", error.message);
        throw error;
      }
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="offercheck-referrals-${today()}.csv"`)
        .send(csv);
    },
  );

  app.get(
    "/export.misp.json",
    {
      schema: routeSchema({
        summary: "Export indicators as a MISP event",
        description:
          "One MISP event (distribution: your organisation) with each scammer-side phone, e-mail, domain, URL, handle and licence number of the filtered referrals as an attribute, " +
          "tagged tlp:amber and by crime type. Rejected referrals are left out unless `status` is given.",
        tags: ["reports"],
        querystring: referralFilterQuery,
        response: mispResponse,
        errors: [400, 401, 403],
        authenticated: true,
      }),
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const filter = parseInput(referralFilterQuery, request.query);
      checkCountryFilter(actor, filter);
      const event = await mispEvent(db, actor, filter);
      return reply.header("content-disposition", `attachment; filename="offercheck-misp-${today()}.json"`).send(event);
    },
  );
};

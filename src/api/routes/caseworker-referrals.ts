import type { FastifyPluginAsync } from "fastify";
import type { Caseworker } from "../../caseworkers/types.ts";
import type { Db } from "../../db/client.ts";
import { canSeeCountry } from "../../referrals/access.ts";
import { referralDetail } from "../../referrals/detail.ts";
import type { ReferralFilter } from "../../referrals/filters.ts";
import { listReferrals } from "../../referrals/listing.ts";
import { addNote, changeStatus, claimNext, type ClaimSettings } from "../../referrals/workflow.ts";
import { actorOf } from "../auth/session.ts";
import { routeSchema } from "../docs.ts";
import { ApiError, asApiErrors, parseInput } from "../errors.ts";
import { listReferralsQuery, noteBody, referralIdParams, statusBody } from "../schemas/caseworker.ts";
import { claimNextResponse, noteResponse, referralDetailResponse, referralPage, referralSummaryResponse } from "../schemas/caseworker-responses.ts";

export interface ReferralRouteDeps {
  db: Db;
  claims: ClaimSettings;
  /** Told the filing time of each referral a caseworker claims (queue-wait metric). */
  onClaimed?: (filedAt: Date) => void;
}

/** Asking for a country outside your own is refused (403), not answered with an empty list. */
export function checkCountryFilter(actor: Caseworker, filter: ReferralFilter): void {
  const outside = filter.country?.filter((c) => !canSeeCountry(actor, c)) ?? [];
  if (outside.length) throw new ApiError(403, "forbidden_country", `You do not work referrals of ${outside.join(", ")}.`);
}

const tags = ["referrals"];

/** The queue: list, claim-next, one referral, status changes, notes. Mounted under /api/caseworker. */
export const referralRoutes: FastifyPluginAsync<ReferralRouteDeps> = async (app, { db, claims, onClaimed }) => {
  const claimed = <T extends { createdAt: Date; status: string } | null>(summary: T): T => {
    if (summary?.status === "claimed") onClaimed?.(summary.createdAt);
    return summary;
  };
  app.get(
    "/referrals",
    {
      schema: routeSchema({
        summary: "List referrals",
        description: "Referrals of your countries (admins: all), filtered and paginated.",
        tags,
        querystring: listReferralsQuery,
        response: referralPage,
        errors: [400, 401, 403],
        authenticated: true,
      }),
    },
    async (request) => {
      const actor = actorOf(request);
      const { page, pageSize, sort, ...filter } = parseInput(listReferralsQuery, request.query);
      checkCountryFilter(actor, filter);
      return listReferrals(db, actor, filter, { page, pageSize, sort });
    },
  );

  app.post(
    "/referrals/claim-next",
    {
      schema: routeSchema({
        summary: "Claim the next referral",
        description: `Urgent first, then oldest, among new referrals of your countries and claims that lapsed. The claim lapses after ${claims.claimTtlMinutes} minutes without a change or note.`,
        tags,
        response: claimNextResponse,
        errors: [401, 403],
        authenticated: true,
      }),
    },
    async (request) => ({ referral: claimed(await claimNext(db, actorOf(request), claims)) }),
  );

  app.get(
    "/referrals/:id",
    {
      schema: routeSchema({
        summary: "One referral",
        description: "With notes, audit trail and the cluster of referrals linked to it by shared phones, handles, e-mails, domains, licences or brands.",
        tags,
        params: referralIdParams,
        response: referralDetailResponse,
        errors: [400, 401, 403, 404],
        authenticated: true,
      }),
    },
    async (request) => {
      const { id } = parseInput(referralIdParams, request.params);
      return asApiErrors(() => referralDetail(db, actorOf(request), id));
    },
  );

  app.post(
    "/referrals/:id/status",
    {
      schema: routeSchema({
        summary: "Change the status",
        description:
          "new → claimed → in_review → referred | resolved | rejected; claimed/in_review → new releases the claim; admins reopen closed referrals. " +
          "referred, resolved, rejected and reopening need a reason. Every change is written to the audit trail.",
        tags,
        params: referralIdParams,
        body: statusBody,
        response: referralSummaryResponse,
        errors: [400, 401, 403, 404, 409],
        authenticated: true,
      }),
    },
    async (request) => {
      const { id } = parseInput(referralIdParams, request.params);
      const { status, reason } = parseInput(statusBody, request.body);
      const summary = await asApiErrors(() => changeStatus(db, actorOf(request), id, { to: status, reason }, claims));
      return status === "claimed" ? claimed(summary) : summary;
    },
  );

  app.post(
    "/referrals/:id/notes",
    {
      schema: routeSchema({
        summary: "Add a note",
        description: "Also written to the audit trail; the assignee's note refreshes their claim.",
        tags,
        params: referralIdParams,
        body: noteBody,
        response: noteResponse,
        status: 201,
        errors: [400, 401, 403, 404],
        authenticated: true,
      }),
    },
    async (request, reply) => {
      const { id } = parseInput(referralIdParams, request.params);
      const { body } = parseInput(noteBody, request.body);
      const note = await asApiErrors(() => addNote(db, actorOf(request), id, body, claims));
      return reply.code(201).send(note);
    },
  );
};

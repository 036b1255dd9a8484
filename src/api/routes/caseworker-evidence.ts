import { eq } from "drizzle-orm";
import type { FastifyPluginAsync } from "fastify";
import { dashboardLanguage } from "../../caseworkers/types.ts";
import type { Db } from "../../db/client.ts";
import { caseworkers } from "../../db/schema/index.ts";
import { createDashboardI18n } from "../../dashboard/translator.ts";
import { gatherEvidence } from "../../referrals/evidence/gather.ts";
import { evidenceZip } from "../../referrals/evidence/package.ts";
import { actorOf } from "../auth/session.ts";
import { routeSchema } from "../docs.ts";
import { asApiErrors, parseInput } from "../errors.ts";
import { referralIdParams } from "../schemas/caseworker.ts";

/** The evidence package for investigators. Mounted under /api/caseworker. */
export const evidenceRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  const words = await createDashboardI18n();
  app.get(
    "/referrals/:id/evidence.zip",
    {
      schema: routeSchema({
        summary: "Evidence package for investigators",
        description:
          "A ZIP with the referral's advert and those of the linked referrals you may see (adverts/*.txt), the referral with its notes (referral.json), " +
          "the linked referrals (linked-referrals.json), every sighting with its time and source (sightings.csv), the audit trail (audit-trail.json), " +
          "the MISP event of these referrals (misp-event.json), a summary in your dashboard language (summary.html) and manifest.json with the SHA-256 of every other file. " +
          "The download is written to the referral's audit trail (evidence_downloaded) before the package is made, so the package shows it.",
        tags: ["referrals"],
        params: referralIdParams,
        response: { mediaType: "application/zip", description: "The package" },
        errors: [400, 401, 403, 404],
        authenticated: true,
      }),
    },
    async (request, reply) => {
      const { id } = parseInput(referralIdParams, request.params);
      const actor = actorOf(request);
      const evidence = await asApiErrors(() => gatherEvidence(db, actor, id));
      const [account] = await db.select({ language: caseworkers.language }).from(caseworkers).where(eq(caseworkers.id, actor.id));
      const language = dashboardLanguage(account?.language);
      const { zip } = evidenceZip(evidence, words.getFixedT(language), language);
      return reply
        .header("content-type", "application/zip")
        .header("content-disposition", `attachment; filename="offercheck-evidence-${evidence.referral.reference}.zip"`)
        .send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
    },
  );
};

import type { FastifyPluginAsync } from "fastify";
import type { Engine } from "../../engine/engine.ts";
import type { AdvertMemory } from "../../memory/types.ts";
import { checkInThread } from "../../scan/chunk-checker.ts";
import { parseAd, scanMany, type AdInput } from "../../scan/scan-ad.ts";
import type { ScanOutcome } from "../../scan/scan-result.ts";
import { partnerOf } from "../auth/api-key.ts";
import { routeSchema } from "../docs.ts";
import { parseInput } from "../errors.ts";
import { MAX_SYNC_BODY_BYTES, syncScanDoc, syncScanRequest, syncScanResponse } from "../schemas/partner.ts";
import { PARTNER_ERRORS } from "./partner-errors.ts";

export interface PartnerScanDeps {
  engine: () => Engine;
  memory: AdvertMemory;
}

/** POST /api/v1/scan: up to 100 adverts answered at once, in the order sent. */
export const partnerScanRoutes: FastifyPluginAsync<PartnerScanDeps> = async (app, deps) => {
  app.post(
    "/scan",
    {
      bodyLimit: MAX_SYNC_BODY_BYTES,
      schema: routeSchema({
        summary: "Scan up to 100 adverts",
        description:
          "Each advert gets the engine's verdict and what the helpline remembers of near-identical adverts. An invalid advert gets " +
          '{"id","error"} in its place; the others are answered. Sending the same advert again (same key, id and text) does not count it twice.',
        tags: ["partner"],
        body: syncScanDoc,
        response: syncScanResponse,
        errors: [400, 401, 429],
        errorText: PARTNER_ERRORS,
        partner: true,
      }),
    },
    async (request) => {
      const partner = partnerOf(request);
      const { ads } = parseInput(syncScanRequest, request.body);
      const sender = { keyId: partner.id, countries: partner.countries };
      const parsed = ads.map((raw) => parseAd(raw, sender));
      const valid = parsed.filter((ad): ad is AdInput => !("error" in ad));
      const scanned = (await scanMany(checkInThread(deps.engine), deps.memory, valid, sender)).values();
      // Errors keep their places; the scanned adverts fill the others in order.
      const results: ScanOutcome[] = parsed.map((ad) => ("error" in ad ? ad : scanned.next().value!));
      return { results };
    },
  );
};

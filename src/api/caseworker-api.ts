import cookie from "@fastify/cookie";
import type { FastifyPluginAsync } from "fastify";
import type { CaseworkerApiConfig } from "../config.ts";
import type { Db } from "../db/client.ts";
import { registrySnapshot, type RegistrySnapshot } from "../registry/snapshot.ts";
import { authRoutes } from "./auth/routes.ts";
import { refuseNul } from "./no-nul.ts";
import { authenticate, requireCountries } from "./auth/session.ts";
import { advertRoutes } from "./routes/caseworker-adverts.ts";
import { evidenceRoutes } from "./routes/caseworker-evidence.ts";
import { feedbackRoutes } from "./routes/caseworker-feedback.ts";
import { misusedRoutes } from "./routes/caseworker-misused.ts";
import { referralRoutes } from "./routes/caseworker-referrals.ts";
import { registryRoutes } from "./routes/caseworker-registry.ts";
import { reportRoutes } from "./routes/caseworker-reports.ts";
import { sourceRoutes } from "./routes/caseworker-sources.ts";
import { userRoutes } from "./routes/caseworker-users.ts";
import { whatsappRoutes, type WhatsappLink } from "./routes/caseworker-whatsapp.ts";

export interface CaseworkerApiDeps {
  db: Db;
  settings: CaseworkerApiConfig;
  /** The registry index for searches; by default a snapshot of the database's, refreshed every minute. */
  registry?: RegistrySnapshot;
  /** The WhatsApp Web session, when this instance links one (admins see its status and QR code). */
  whatsapp?: WhatsappLink;
  /** Told the filing time of each referral a caseworker claims. */
  onClaimed?: (filedAt: Date) => void;
}

/**
 * The caseworker side of the referral queue: /api/auth/* and, behind a
 * session, /api/caseworker/*. Encapsulated: its cookie parsing, no-op
 * schema compilers and no-store header do not touch the helpline's routes.
 */
export const caseworkerApi: FastifyPluginAsync<CaseworkerApiDeps> = async (app, deps) => {
  const { db, settings } = deps;
  await app.register(cookie);
  app.decorateRequest("caseworker", null);
  app.decorateRequest("session", null);
  // zod validates in the handlers; the JSON Schemas on the routes only feed the OpenAPI document.
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.addHook("preValidation", refuseNul);
  // Case data and tokens must not sit in browser or proxy caches.
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("cache-control", "no-store");
    return payload;
  });

  await app.register(authRoutes, { db, settings });

  const claims = { claimTtlMinutes: settings.claimTtlMinutes };
  const registry = deps.registry ?? registrySnapshot(db);
  await app.register(
    async (queue) => {
      queue.addHook("onRequest", authenticate(db, settings.sessionTtlMinutes, settings.sessionMaxDays));
      queue.addHook("onRequest", requireCountries);
      await queue.register(referralRoutes, { db, claims, ...(deps.onClaimed ? { onClaimed: deps.onClaimed } : {}) });
      await queue.register(evidenceRoutes, { db });
      await queue.register(reportRoutes, { db });
      await queue.register(registryRoutes, { db, registry });
      await queue.register(feedbackRoutes, { db });
      await queue.register(advertRoutes, { db });
      await queue.register(misusedRoutes, { db });
      await queue.register(sourceRoutes, { db });
      await queue.register(userRoutes, { db });
      await queue.register(whatsappRoutes, { link: deps.whatsapp });
    },
    { prefix: "/api/caseworker" },
  );
};

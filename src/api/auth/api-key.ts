import type { FastifyRequest, onRequestAsyncHookHandler } from "fastify";
import type { Db } from "../../db/client.ts";
import { resolveApiKey, type ApiKey } from "../../partners/api-keys.ts";
import { hitRateWindow } from "../../partners/rate-window.ts";
import { ApiError } from "../errors.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The partner's live key, and the bearer token it was sent as (callbacks are signed with a secret derived from it). */
    partner: (ApiKey & { token: string }) | null;
  }
}

/**
 * onRequest hook of the partner API: a live key (401 for a missing,
 * unknown or revoked one) within its rate limit (429 with Retry-After).
 * Runs before the body is read, so nobody uploads without a key.
 */
export function authenticatePartner(db: Db): onRequestAsyncHookHandler {
  return async (request, reply) => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "");
    if (!match) throw new ApiError(401, "unauthenticated", "Send your API key as Authorization: Bearer <key>.");
    const key = await resolveApiKey(db, match[1]!);
    if (!key) throw new ApiError(401, "invalid_key", "The API key is unknown or was revoked.");
    const retryAfter = await hitRateWindow(db, key.id, key.ratePerMinute);
    if (retryAfter !== null) {
      reply.header("retry-after", String(retryAfter));
      throw new ApiError(429, "rate_limited", `This key may make ${key.ratePerMinute} requests a minute.`);
    }
    request.partner = { ...key, token: match[1]! };
  };
}

/** The authenticated partner; only called in routes behind `authenticatePartner`. */
export function partnerOf(request: FastifyRequest): ApiKey & { token: string } {
  if (!request.partner) throw new ApiError(401, "unauthenticated", "Send your API key as Authorization: Bearer <key>.");
  return request.partner;
}

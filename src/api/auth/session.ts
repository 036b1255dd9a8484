import type {} from "@fastify/cookie";
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler, preHandlerAsyncHookHandler } from "fastify";
import { resolveSession } from "../../caseworkers/sessions.ts";
import { csrfTokenFor } from "../../caseworkers/tokens.ts";
import type { Caseworker, DashboardLanguage } from "../../caseworkers/types.ts";
import type { Db } from "../../db/client.ts";
import { sameSecret } from "../../security/same-secret.ts";
import { ApiError } from "../errors.ts";

export const SESSION_COOKIE = "oc_session";
export const CSRF_COOKIE = "oc_csrf";
export const CSRF_HEADER = "x-csrf-token";

export interface AuthenticatedSession {
  token: string;
  /** A cookie session needs the CSRF header on changes; a bearer token cannot be sent by another site. */
  via: "bearer" | "cookie";
  expiresAt: Date;
}

declare module "fastify" {
  interface FastifyRequest {
    /** With the dashboard language the account keeps (GET /api/auth/me). */
    caseworker: (Caseworker & { language: DashboardLanguage }) | null;
    session: AuthenticatedSession | null;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function credentials(request: FastifyRequest): { token: string; via: "bearer" | "cookie" } | null {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? { token: match[1]!, via: "bearer" } : null;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? { token: cookie, via: "cookie" } : null;
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/api" });
  reply.clearCookie(CSRF_COOKIE, { path: "/" });
}

/**
 * onRequest hook: every request of the scope needs a live session (401
 * otherwise), and a cookie-authenticated change needs the session's CSRF
 * token in the x-csrf-token header (403 otherwise). Runs before the body is
 * read, so nobody can upload without logging in.
 */
export function authenticate(db: Db, sessionTtlMinutes: number, sessionMaxDays?: number): onRequestAsyncHookHandler {
  return async (request, reply) => {
    const found = credentials(request);
    if (!found) throw new ApiError(401, "unauthenticated", "Log in first (POST /api/auth/login), then send the session cookie or an Authorization: Bearer token.");
    const session = await resolveSession(db, found.token, sessionTtlMinutes, sessionMaxDays);
    if (!session) {
      if (found.via === "cookie") clearSessionCookies(reply);
      throw new ApiError(401, "session_expired", "The session expired or was ended; log in again.");
    }
    if (found.via === "cookie" && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (!sameSecret(sent, csrfTokenFor(found.token))) {
        throw new ApiError(403, "csrf_token_invalid", "Cookie sessions must send the csrfToken from the login response in the x-csrf-token header.");
      }
    }
    request.caseworker = session.caseworker;
    request.session = { token: found.token, via: found.via, expiresAt: session.expiresAt };
  };
}

/** The authenticated caseworker; only called in routes behind `authenticate`. */
export function actorOf(request: FastifyRequest): Caseworker & { language: DashboardLanguage } {
  if (!request.caseworker) throw new ApiError(401, "unauthenticated", "Log in first.");
  return request.caseworker;
}

/** preHandler: admins only (403 for caseworkers). */
export const requireAdmin: preHandlerAsyncHookHandler = async (request) => {
  if (actorOf(request).role !== "admin") throw new ApiError(403, "forbidden", "Only admins can do this.");
};

/** onRequest (after authenticate): a caseworker with no country sees nothing, and is told so rather than shown empty lists. */
export const requireCountries: onRequestAsyncHookHandler = async (request) => {
  const actor = actorOf(request);
  if (actor.role !== "admin" && actor.countries.length === 0) {
    throw new ApiError(403, "no_countries", "Your account has no countries yet; ask an admin to assign them.");
  }
};

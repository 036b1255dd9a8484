import rateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { createPasswordChecker } from "../../caseworkers/passwords.ts";
import { findForLogin, setLanguage } from "../../caseworkers/repository.ts";
import { createSession, deleteSession } from "../../caseworkers/sessions.ts";
import { clearFailures, countAttempt, throttleKey } from "../../caseworkers/login-throttle.ts";
import { csrfTokenFor } from "../../caseworkers/tokens.ts";
import type { CaseworkerApiConfig } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { routeSchema } from "../docs.ts";
import { ApiError, parseInput } from "../errors.ts";
import { loginBody, mePatchBody } from "../schemas/caseworker.ts";
import { loginResponse, meResponse } from "../schemas/caseworker-responses.ts";
import { CSRF_COOKIE, SESSION_COOKIE, actorOf, authenticate, clearSessionCookies } from "./session.ts";

export interface AuthRouteDeps {
  db: Db;
  settings: CaseworkerApiConfig;
}

const publicCaseworker = (c: { id: string; email: string; role: string; countries: string[]; language: string }) => ({
  id: c.id,
  email: c.email,
  role: c.role,
  countries: c.countries,
  language: c.language,
});

/** POST /api/auth/login, POST /api/auth/logout, GET and PATCH /api/auth/me. */
export const authRoutes: FastifyPluginAsync<AuthRouteDeps> = async (app, { db, settings }) => {
  const passwords = createPasswordChecker();
  const sessionTtl = settings.sessionTtlMinutes;
  const cookie = { sameSite: "strict" as const, secure: settings.cookieSecure };

  // Per address, whatever the e-mail: slows one client spraying passwords over many accounts.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: "rate_limited",
      message: `Too many login attempts from this address; try again in ${context.after}.`,
    }),
  });

  const lockedOut = (reply: FastifyReply, until: Date) => {
    const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
    reply.header("retry-after", String(seconds));
    return reply.code(429).send({ error: "locked_out", message: `Too many failed logins; try again in ${Math.ceil(seconds / 60)} minute(s).`, retryAfterSeconds: seconds });
  };

  app.post(
    "/api/auth/login",
    {
      config: { rateLimit: { max: settings.login.attemptsPerMinutePerAddress, timeWindow: 60_000 } },
      schema: routeSchema({
        summary: "Log in",
        description:
          "Sets an httpOnly SameSite=Strict session cookie and returns the same session as a bearer token, with the CSRF token cookie sessions must send. " +
          `After ${settings.login.maxFailures} failed attempts for one e-mail from one address, that pair is locked out for ${settings.login.lockoutMinutes} minutes (429 locked_out).`,
        tags: ["auth"],
        body: loginBody,
        response: loginResponse,
        errors: [400, 401, 429],
      }),
    },
    async (request, reply) => {
      const { email, password } = parseInput(loginBody, request.body);
      const key = throttleKey(email, request.ip);
      // Counted before the password is checked: concurrent guesses cannot all slip in before the lock.
      const attempt = await countAttempt(db, key, settings.login);
      if (attempt.refused && attempt.lockedUntil) return lockedOut(reply, attempt.lockedUntil);
      const found = await findForLogin(db, email);
      const usable = found && !found.account.disabled ? found : null;
      // Always one Argon2 verification, so unknown and disabled accounts answer as slowly as real ones.
      const ok = await passwords.check(usable?.passwordHash ?? null, password);
      if (!ok || !usable) {
        if (attempt.lockedUntil) return lockedOut(reply, attempt.lockedUntil);
        throw new ApiError(401, "invalid_credentials", "Wrong e-mail or password.");
      }
      await clearFailures(db, key);
      const { token, expiresAt } = await createSession(db, usable.account.id, sessionTtl, settings.sessionMaxDays);
      const csrfToken = csrfTokenFor(token);
      reply.setCookie(SESSION_COOKIE, token, { ...cookie, httpOnly: true, path: "/api" });
      // Readable by the dashboard's script, which echoes it in x-csrf-token (double submit).
      reply.setCookie(CSRF_COOKIE, csrfToken, { ...cookie, httpOnly: false, path: "/" });
      return { token, csrfToken, expiresAt, caseworker: publicCaseworker(usable.account) };
    },
  );

  await app.register(async (authed) => {
    authed.addHook("onRequest", authenticate(db, sessionTtl, settings.sessionMaxDays));

    authed.post(
      "/api/auth/logout",
      { schema: routeSchema({ summary: "Log out (ends the session)", tags: ["auth"], authenticated: true, errors: [401, 403] }) },
      async (request, reply) => {
        await deleteSession(db, request.session!.token);
        clearSessionCookies(reply);
        return reply.code(204).send();
      },
    );

    authed.get(
      "/api/auth/me",
      { schema: routeSchema({ summary: "Who is logged in", tags: ["auth"], authenticated: true, response: meResponse, errors: [401] }) },
      async (request) => {
        const session = request.session!;
        return {
          caseworker: publicCaseworker(actorOf(request)),
          expiresAt: session.expiresAt,
          csrfToken: session.via === "cookie" ? csrfTokenFor(session.token) : null,
        };
      },
    );

    // Only the caller's own account, and only what is theirs to choose: role and countries stay with admins.
    authed.patch(
      "/api/auth/me",
      {
        schema: routeSchema({
          summary: "Change your own settings (the dashboard language)",
          tags: ["auth"],
          authenticated: true,
          body: mePatchBody,
          response: meResponse,
          errors: [400, 401, 403],
        }),
      },
      async (request) => {
        const { language } = parseInput(mePatchBody, request.body);
        const session = request.session!;
        const account = await setLanguage(db, actorOf(request).id, language);
        return {
          caseworker: publicCaseworker(account),
          expiresAt: session.expiresAt,
          csrfToken: session.via === "cookie" ? csrfTokenFor(session.token) : null,
        };
      },
    );
  });
};

import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/api/app.ts";
import { createCaseworker } from "../../src/caseworkers/repository.ts";
import type { Caseworker, Role } from "../../src/caseworkers/types.ts";
import { defaultCaseworkerApiConfig, type CaseworkerApiConfig } from "../../src/config.ts";
import { testServices, type TestServices } from "./app.ts";

export const PASSWORD = "correct horse battery staple";

export interface CaseworkerTestApp {
  app: FastifyInstance;
  services: TestServices;
  /** Creates an account with PASSWORD. */
  account(email: string, role: Role, countries: string[]): Promise<Caseworker>;
  /** Logs in over HTTP; returns the bearer token, CSRF token and the cookie header a browser would send. */
  login(email: string, password?: string): Promise<{ token: string; csrfToken: string; cookie: string; bearer: Record<string, string> }>;
  close(): Promise<void>;
}

/** The real app (all routes, real services) on a fresh Postgres database or an in-memory PGlite. */
export async function caseworkerTestApp(
  kind: "postgres" | "pglite",
  settings: Partial<CaseworkerApiConfig> = {},
  options: { metricsToken?: string } = {},
): Promise<CaseworkerTestApp> {
  const services = await testServices(kind);
  const app = await buildApp({
    db: services.database.db,
    engine: () => services.engine,
    i18n: services.i18n,
    logLevel: "silent",
    caseworkerApi: { ...defaultCaseworkerApiConfig(), ...settings },
    metrics: services.metrics,
    metricsToken: options.metricsToken,
  });
  await app.ready();
  let logins = 0;
  return {
    app,
    services,
    async account(email, role, countries) {
      const { id, email: stored, countries: c } = await createCaseworker(services.database.db, { email, password: PASSWORD, role, countries });
      return { id, email: stored, role, countries: c };
    },
    async login(email, password = PASSWORD) {
      // Each from its own address, so the per-address login rate limit never trips a test's setup.
      logins++;
      const remoteAddress = `127.1.${Math.floor(logins / 250)}.${(logins % 250) + 1}`;
      const response = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password }, remoteAddress });
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
      const body = response.json() as { token: string; csrfToken: string };
      const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      return { token: body.token, csrfToken: body.csrfToken, cookie, bearer: { authorization: `Bearer ${body.token}` } };
    },
    async close() {
      await app.close();
      await services.close();
    },
  };
}

import { randomBytes } from "node:crypto";
import pg from "pg";

/** The real Postgres the suites run against (CI sets it; this is the local default). */
export const ADMIN_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * A fresh, empty database on the real server for one suite, so suites never
 * see each other's rows and migrations always start from scratch.
 */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `offercheck_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  // A suite that also starts PGlite blocks its event loop for seconds while the WASM database boots, and a
  // Postgres connection opened meanwhile outlives the app's 5 s connect timeout on a loaded machine (a CI
  // run failed so). The server is local and up; only the clock is wrong.
  url.searchParams.set("connect_timeout", "60");
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { connectTimeoutMs } from "./connect-timeout.ts";
import { GuardedPool } from "./guarded-pool.ts";
import { takePgliteLock, type PgliteLock } from "./pglite-lock.ts";
import * as relations from "./relations.ts";
import * as tables from "./schema/index.ts";

export const schema = { ...tables, ...relations };
export type Schema = typeof schema;
/** A drizzle database over either driver: the code above this layer never knows which. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../migrations/", import.meta.url));

export interface Database {
  db: Db;
  kind: "postgres" | "pglite";
  /**
   * Plain SQL for libraries that bring their own (pg-boss): parameters with
   * one statement, or several statements without parameters.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /**
   * Runs `work` while no other instance runs work of the same name (a
   * session advisory lock on Postgres; PGlite has only this process).
   */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Applies the committed migrations (drizzle-kit output) that are not applied yet. */
  migrate(): Promise<void>;
  /** PGlite only: its files as one archive, which an in-memory database can start from (DatabaseTarget). */
  snapshot?(): Promise<Blob>;
  close(): Promise<void>;
}

/**
 * `snapshot`: an in-memory database starts as a copy of one that PGlite dumped (dumpDataDir), in about a third
 * of the time a new one takes to initialise.
 */
export type DatabaseTarget = { url: string } | { pgliteDir: string } | { memory: true; snapshot?: Blob };

/**
 * Postgres when a URL is configured; otherwise the embedded PGlite, on disk
 * (`npm start` with no setup) or in memory (tests). Both run the same schema
 * and the same migration files.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ("url" in target) {
    // A network cut (not a refusal) would otherwise leave callers waiting for ever: reports must
    // reach the journal within seconds, not hang behind a dead connection. Every query of the app takes
    // milliseconds (exports go batch by batch), so 20 s is only ever reached by a query on a dead
    // connection, which holds one of the pool's clients until then.
    const pool = new GuardedPool({ connectionString: target.url, max: 20, connectionTimeoutMillis: connectTimeoutMs(target.url), query_timeout: 20_000, keepAlive: true });
    // An idle client's network error must not crash the process; the next query reports it.
    pool.on("error", () => {});
    // Nor may a checked-out one's (a transaction between two statements when the server goes away):
    // the pool listens only to idle clients. The transaction's next statement fails instead, and the
    // pool discards the broken client when it is released.
    pool.on("connect", (client) => client.on("error", () => {}));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    const exclusive = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const lock = await pool.connect();
      try {
        await lock.query("select pg_advisory_lock(hashtext($1))", [`offercheck:${name}`]);
        return await work();
      } finally {
        await lock.query("select pg_advisory_unlock(hashtext($1))", [`offercheck:${name}`]).catch(() => {});
        lock.release();
      }
    };
    return {
      db,
      kind: "postgres",
      executeSql: (text, values) => pool.query(text, values),
      exclusive,
      // Instances starting together would race to create the same tables: one migrates, the others wait.
      migrate: () => exclusive("migrations", () => migratePg(db as never, { migrationsFolder: MIGRATIONS_DIR })),
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  let lock: PgliteLock | undefined;
  if ("pgliteDir" in target) {
    mkdirSync(dirname(target.pgliteDir), { recursive: true });
    // First, before PGlite reads a byte: a second process on the same files can corrupt them.
    lock = takePgliteLock(target.pgliteDir);
    try {
      mkdirSync(target.pgliteDir, { recursive: true });
      client = await PGlite.create(target.pgliteDir);
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    client = await PGlite.create(target.snapshot ? { loadDataDir: target.snapshot } : {});
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    exclusive: (_name, work) => work(),
    async executeSql(text, values) {
      if (values?.length) return client.query(text, values);
      // The extended protocol takes one statement; pg-boss sends whole scripts without parameters.
      const results = await client.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    snapshot: () => client.dumpDataDir("none"),
    async close() {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

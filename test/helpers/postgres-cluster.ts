import { execFile, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);
const CONFIG_DIR = "/etc/postgresql";

/**
 * A Postgres cluster of the test's own (Debian's postgresql-common tools), so
 * a test can stop and start the server without touching the shared one on
 * 5432 that other suites use.
 */
export interface PostgresCluster {
  readonly name: string;
  readonly port: number;
  /** Connection URL of `database` on this cluster. */
  url(database?: string): string;
  start(): Promise<void>;
  /** fast: running transactions are rolled back; immediate: the server dies without a checkpoint. */
  stop(mode: "fast" | "immediate"): Promise<void>;
  /** Stops and deletes the cluster and its data. */
  drop(): Promise<void>;
}

/** Why no cluster of our own can be made here, or undefined when one can. */
export function clusterUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return "creating a Postgres cluster needs root";
  for (const tool of ["pg_createcluster", "pg_ctlcluster", "pg_dropcluster"]) {
    if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) return `${tool} (postgresql-common) is not installed`;
  }
  if (!postgresVersion()) return `no Postgres version under ${CONFIG_DIR}`;
  return undefined;
}

function postgresVersion(): string | undefined {
  if (!existsSync(CONFIG_DIR)) return undefined;
  return readdirSync(CONFIG_DIR)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))[0];
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

/** Creates and starts a cluster on a free port (trust auth on loopback), with an empty `offercheck` database. */
export async function createPostgresCluster(): Promise<PostgresCluster> {
  const version = postgresVersion()!;
  const name = `offercheck_${process.pid}_${randomBytes(3).toString("hex")}`;
  const port = await freePort();
  const ctl = (...args: string[]) => run("pg_ctlcluster", ["--skip-systemctl-redirect", ...args, version, name], { timeout: 60_000 });
  await run("pg_createcluster", [version, name, "-p", String(port), "--", "--auth=trust"], { timeout: 120_000 });
  const cluster: PostgresCluster = {
    name,
    port,
    url: (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start: async () => {
      await ctl("start");
    },
    stop: async (mode) => {
      await ctl("-m", mode, "stop");
    },
    drop: async () => {
      await run("pg_dropcluster", ["--stop", version, name], { timeout: 60_000 });
    },
  };
  try {
    await cluster.start();
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query("create database offercheck");
    await admin.end();
  } catch (error) {
    await cluster.drop().catch(() => {});
    throw error;
  }
  return cluster;
}

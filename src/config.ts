import { resolve } from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded PGlite database lives when DATABASE_URL is not set. */
  PGLITE_DIR: z.string().default(".data/pglite"),
  /** Lexicons, signal weights, registries: replaceable by an operator without touching code. */
  DATA_DIR: z.string().optional(),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = Readonly<{
  databaseUrl: string | undefined;
  pgliteDir: string;
  dataDir: string | undefined;
  host: string;
  port: number;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
}>;

/** Reads and validates the environment once; everything else receives the result. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n  ");
    throw new Error(`Invalid configuration:\n  ${problems}`);
  }
  const e = result.data;
  return {
    databaseUrl: e.DATABASE_URL,
    pgliteDir: resolve(e.PGLITE_DIR),
    dataDir: e.DATA_DIR ? resolve(e.DATA_DIR) : undefined,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
  };
}

import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * The reporter HMAC key: from the environment, or created once and kept next
 * to the embedded database so hashes stay stable across restarts. Several
 * instances must share one key: set REPORTER_HMAC_KEY for them.
 */
export function reporterKey(configured: string | undefined, file: string): string {
  if (configured) return configured;
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    const key = randomBytes(32).toString("base64url");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, key, { mode: 0o600, flag: "wx" });
    return key;
  }
}

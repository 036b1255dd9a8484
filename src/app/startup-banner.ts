import type { AddressInfo } from "node:net";
import { hasActiveAdmin } from "../caseworkers/repository.ts";
import type { Db } from "../db/client.ts";

/** The command that makes the first admin; the password is asked for, never put on the command line. */
export const FIRST_ADMIN_COMMAND = "npm run -s cli -- user add --email you@example.org --role admin";

/** The address a browser on this machine opens: a wildcard listener is reached as localhost. */
export function browserOrigin(address: AddressInfo | string | null): string {
  if (!address || typeof address === "string") return "http://localhost";
  const host = address.address === "0.0.0.0" || address.address === "::" ? "localhost" : address.address;
  return `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
}

export interface BannerFacts {
  origin: string;
  simulator: boolean;
  /** No admin can log in yet: say how to make one. */
  needsAdmin: boolean;
  /** The embedded database, which the CLI cannot open while the app runs. */
  embedded: boolean;
}

/** What a person starting offercheck needs to read: where to go, and how the first admin gets in. */
export function startupBanner(f: BannerFacts): string {
  const lines = ["", "offercheck is running."];
  if (f.simulator) lines.push(`  Chat simulator:        ${f.origin}/`);
  lines.push(`  Caseworker dashboard:  ${f.origin}/dashboard/`, "");
  if (f.needsAdmin) {
    lines.push(
      "No admin account yet. Create the first one (it asks for a password):",
      `  ${FIRST_ADMIN_COMMAND}`,
      f.embedded
        ? "The embedded database takes one process at a time: stop offercheck (Ctrl-C) first, run that, then npm start again."
        : "Run it in another terminal with the same DATABASE_URL; the running app takes the new account at once.",
      "",
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Printed on stderr, as plain lines: stdout is the log, which stays one JSON
 * object per line when it is collected.
 */
export async function printStartupBanner(db: Db, facts: Omit<BannerFacts, "needsAdmin">): Promise<void> {
  process.stderr.write(startupBanner({ ...facts, needsAdmin: !(await hasActiveAdmin(db)) }));
}

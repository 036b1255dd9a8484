import { parseArgs } from "node:util";
import { parseCountries } from "../caseworkers/types.ts";
import type { Config } from "../config.ts";
import { openConfiguredDatabase } from "../db/open.ts";
import { ApiKeyError, createApiKey, DEFAULT_RATE_PER_MINUTE, listApiKeys, revokeApiKey, type ApiKey } from "../partners/api-keys.ts";

export const APIKEY_USAGE = `  apikey add --name <partner> --countries KZ,KG [--rate <per minute>]   make a partner key for /api/v1/scan (printed once, last line)
  apikey list                                                          list keys (never the keys themselves)
  apikey revoke <id | name>                                            revoke a key: it is refused from then on`;

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

function describe(k: ApiKey): string {
  return `${k.id}\t${k.name}\t${k.countries.join(",") || "(none)"}\t${k.ratePerMinute}/min\t${k.createdAt.toISOString().slice(0, 10)}\t${k.revokedAt ? `revoked ${k.revokedAt.toISOString().slice(0, 10)}` : "active"}`;
}

type Parsed = { sub: string | undefined; name?: string | undefined; countries: string[]; rate?: number | undefined; target?: string | undefined };

function parse(args: string[]): Parsed | string {
  const [sub, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { name: { type: "string" }, countries: { type: "string" }, rate: { type: "string" } } });
  } catch (error) {
    return (error as Error).message;
  }
  const { values, positionals } = parsed;
  if (sub === "add") {
    if (!values.name?.trim()) return "--name is required.";
    const rate = values.rate === undefined ? DEFAULT_RATE_PER_MINUTE : Number(values.rate);
    if (!Number.isInteger(rate) || rate < 1 || rate > 1_000_000) return "--rate must be a whole number of requests per minute, 1 to 1000000.";
    let countries: string[];
    try {
      countries = parseCountries(values.countries ?? "");
    } catch (error) {
      return `--countries: ${(error as Error).message}`;
    }
    if (countries.length === 0) return "--countries is required (the countries this partner's adverts come from, e.g. KZ,KG).";
    return { sub, name: values.name, countries, rate };
  }
  if (sub === "revoke") {
    if (positionals.length !== 1) return "apikey revoke takes one key id or name.";
    return { sub, countries: [], target: positionals[0] };
  }
  if (sub === "list") return { sub, countries: [] };
  return `Usage:\n${APIKEY_USAGE}`;
}

export async function runApiKey(args: string[], config: Config): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === "string") return fail(parsed);
  const database = await openConfiguredDatabase(config);
  try {
    if (parsed.sub === "add") {
      const { key, apiKey } = await createApiKey(database.db, { name: parsed.name!, countries: parsed.countries, ratePerMinute: parsed.rate! });
      process.stdout.write(`Created key ${apiKey.id} for ${apiKey.name} (${apiKey.countries.join(", ")}, ${apiKey.ratePerMinute} requests/min).\n`);
      process.stdout.write("It is shown only now; only its hash is stored. Send it as Authorization: Bearer <key>.\n");
      process.stdout.write(`${key}\n`);
    } else if (parsed.sub === "revoke") {
      const revoked = await revokeApiKey(database.db, parsed.target!);
      process.stdout.write(`Revoked key ${revoked.id} of ${revoked.name}.\n`);
    } else {
      const keys = await listApiKeys(database.db);
      if (keys.length === 0) process.stdout.write("No keys yet: apikey add --name … --countries …\n");
      for (const k of keys) process.stdout.write(`${describe(k)}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ApiKeyError) return fail(error.message);
    throw error;
  } finally {
    await database.close();
  }
}

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { resolveApiKey } from "../../src/partners/api-keys.ts";
import { runCli } from "../helpers/cli.ts";
import { createTestDatabase } from "../helpers/postgres.ts";
import { dumpAllTables } from "../helpers/scan-tables.ts";

let url: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ url, drop } = await createTestDatabase());
});
afterAll(() => drop());

const apikey = (args: string[]) => runCli(["apikey", ...args], { env: { DATABASE_URL: url, PGLITE_DIR: join(mkdtempSync(join(tmpdir(), "offercheck-")), "unused") } });

it("adds a key (printed last, stored hashed), lists keys without them, and revokes by name or id", async () => {
  expect((await apikey(["add", "--countries", "KZ"])).stderr).toMatch(/--name is required/);
  expect((await apikey(["add", "--name", "olx"])).stderr).toMatch(/--countries is required/);
  expect((await apikey(["add", "--name", "olx", "--countries", "KZ,XYZ"])).stderr).toMatch(/not ISO 3166/);
  expect((await apikey(["add", "--name", "olx", "--countries", "KZ", "--rate", "0"])).stderr).toMatch(/--rate/);

  const added = await apikey(["add", "--name", "olx", "--countries", "kz,KG", "--rate", "120"]);
  expect(added.code).toBe(0);
  const key = added.stdout.trimEnd().split("\n").at(-1)!;
  expect(key).toMatch(/^oc_live_[\w-]{43}$/);
  expect(added.stdout).toMatch(/for olx \(KG, KZ, 120 requests\/min\)/);
  expect((await apikey(["add", "--name", "OLX", "--countries", "KZ"])).stderr).toMatch(/already has a key/);

  const database = await openDatabase({ url });
  try {
    expect(await dumpAllTables(database.db)).not.toContain(key);
    const live = await resolveApiKey(database.db, key);
    expect(live).toMatchObject({ name: "olx", countries: ["KG", "KZ"], ratePerMinute: 120 });

    const listed = await apikey(["list"]);
    expect(listed.stdout).not.toContain(key);
    expect(listed.stdout).toMatch(new RegExp(`^${live!.id}\\tolx\\tKG,KZ\\t120/min\\t\\d{4}-\\d\\d-\\d\\d\\tactive\\n$`));

    expect((await apikey(["revoke", "OLX"])).stdout).toMatch(`Revoked key ${live!.id} of olx.`);
    expect(await resolveApiKey(database.db, key)).toBeNull();
    expect((await apikey(["revoke", live!.id])).code).toBe(1);
    expect((await apikey(["list"])).stdout).toMatch(/\trevoked \d{4}-/);
    // A revoked partner can be given a new key under its name.
    const again = await apikey(["add", "--name", "olx", "--countries", "KZ"]);
    expect(again.code).toBe(0);
    expect(await resolveApiKey(database.db, again.stdout.trimEnd().split("\n").at(-1)!)).toMatchObject({ name: "olx" });
  } finally {
    await database.close();
  }
}, 120_000);

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { runCli } from "../helpers/cli.ts";
import { createTestDatabase } from "../helpers/postgres.ts";
import { dumpAllTables } from "../helpers/scan-tables.ts";


let url: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ url, drop } = await createTestDatabase());
});
afterAll(() => drop());

function user(args: string[], env: Record<string, string> = {}) {
  return runCli(["user", ...args], {
    env: { DATABASE_URL: url, PGLITE_DIR: join(mkdtempSync(join(tmpdir(), "offercheck-")), "unused"), OFFERCHECK_PASSWORD: "", ...env },
  });
}

it("adds, lists and disables accounts; refuses weak or missing passwords and bad options", async () => {
  const password = "monsoon-ledger-42-kite";
  const weak = await user(["add", "--email", "a@ngo.example", "--role", "caseworker", "--countries", "PK"], { OFFERCHECK_PASSWORD: "short pass" });
  expect(weak.code).toBe(1);
  expect(weak.stderr).toMatch(/at least 12 characters/);
  const noPassword = await user(["add", "--email", "a@ngo.example", "--role", "caseworker", "--countries", "PK"]);
  expect(noPassword.code).toBe(1);
  expect(noPassword.stderr).toMatch(/OFFERCHECK_PASSWORD/);
  const badRole = await user(["add", "--email", "a@ngo.example", "--role", "boss"], { OFFERCHECK_PASSWORD: password });
  expect(badRole.stderr).toMatch(/--role must be one of/);

  const added = await user(["add", "--email", "A@ngo.example", "--role", "caseworker", "--countries", "pk,KZ"], { OFFERCHECK_PASSWORD: password });
  expect(added.stderr).toBe("");
  expect(added).toMatchObject({ code: 0, stdout: "Created caseworker a@ngo.example (KZ, PK).\n" });
  expect((await user(["add", "--email", "a@ngo.example", "--role", "admin"], { OFFERCHECK_PASSWORD: password })).stderr).toMatch(/already has an account/);

  expect((await user(["disable", "--email", "a@ngo.example"])).stdout).toMatch(/disabled/);
  expect((await user(["list"])).stdout).toBe("a@ngo.example\tcaseworker\tKZ,PK\tdisabled\n");
  expect((await user(["disable", "--email", "nobody@ngo.example"])).code).toBe(1);

  const database = await openDatabase({ url });
  try {
    expect(await dumpAllTables(database.db)).not.toContain(password);
  } finally {
    await database.close();
  }
}, 90_000);

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase } from "../../src/db/client.ts";
import { caseworkers } from "../../src/db/schema/index.ts";
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
  expect((await user(["list"])).stdout).toBe("a@ngo.example\tcaseworker\tKZ,PK\ten\tdisabled\n");
  expect((await user(["disable", "--email", "nobody@ngo.example"])).code).toBe(1);

  const database = await openDatabase({ url });
  try {
    expect(await dumpAllTables(database.db)).not.toContain(password);
  } finally {
    await database.close();
  }
}, 90_000);

it("gives a new caseworker the dashboard's language with --language, refusing any other", async () => {
  const env = { OFFERCHECK_PASSWORD: "monsoon-ledger-42-kite" };
  for (const bad of ["UR", "ur-Latn"]) {
    const refused = await user(["add", "--email", "bad@ngo.example", "--role", "caseworker", "--countries", "PK", "--language", bad], env);
    expect(refused.code, bad).toBe(1);
    expect(refused.stderr, bad).toBe("--language must be one of: en, ru, ur (the dashboard's languages)\n");
  }
  const urdu = await user(["add", "--email", "sana@ngo.example", "--role", "caseworker", "--countries", "PK", "--language", "ur"], env);
  expect(urdu).toMatchObject({ code: 0, stderr: "", stdout: "Created caseworker sana@ngo.example (PK), dashboard in Urdu.\n" });
  const russian = await user(["add", "--email", "aigerim@ngo.example", "--role", "caseworker", "--countries", "KZ", "--language", "ru"], env);
  expect(russian.stdout).toBe("Created caseworker aigerim@ngo.example (KZ), dashboard in Russian.\n");
  expect((await user(["add", "--email", "lead@ngo.example", "--role", "admin"], env)).stdout).toBe("Created admin lead@ngo.example.\n");
  // Only `add` takes it: the caseworker switches their own in the dashboard.
  const onDisable = await user(["disable", "--email", "sana@ngo.example", "--language", "en"]);
  expect(onDisable.code).toBe(1);
  expect(onDisable.stderr).toMatch(/--language is for user add/);

  const listed = (await user(["list"])).stdout.split("\n").filter((line) => !line.startsWith("a@"));
  expect(listed).toEqual(["aigerim@ngo.example\tcaseworker\tKZ\tru\tactive", "lead@ngo.example\tadmin\t(all)\ten\tactive", "sana@ngo.example\tcaseworker\tPK\tur\tactive", ""]);
  const database = await openDatabase({ url });
  try {
    const stored = await database.db.select({ email: caseworkers.email, language: caseworkers.language, disabled: caseworkers.disabled }).from(caseworkers).where(eq(caseworkers.email, "sana@ngo.example"));
    expect(stored).toEqual([{ email: "sana@ngo.example", language: "ur", disabled: false }]);
    expect(await database.db.select().from(caseworkers).where(eq(caseworkers.email, "bad@ngo.example"))).toEqual([]);
  } finally {
    await database.close();
  }
}, 90_000);

import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { createTestDatabase } from "../helpers/postgres.ts";
import { dumpAllTables } from "../helpers/scan-tables.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

let url: string;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ url, drop } = await createTestDatabase());
});
afterAll(() => drop());

function user(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(TSX, [join(ROOT, "src", "cli", "index.ts"), "user", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, PGLITE_DIR: join(mkdtempSync(join(tmpdir(), "offercheck-")), "unused"), OFFERCHECK_PASSWORD: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
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

import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registryOperators } from "../../src/db/schema/index.ts";
import { coreName } from "../../src/engine/names.ts";
import { DEFAULT_DATA_DIR } from "../../src/data/load-engine-data.ts";
import { importRegistryCsv } from "../../src/registry/import.ts";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { countOperators, loadOperators } from "../../src/registry/repository.ts";
import { migratedDatabase } from "../helpers/database.ts";

const SAMPLE = join(DEFAULT_DATA_DIR, "registries", "pk-beoe-sample.csv");
const BAD = join(import.meta.dirname, "..", "fixtures", "registries", "bad-rows.csv");

describe.each(["postgres", "pglite"] as const)("registry import into %s", (kind) => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;

  beforeAll(async () => {
    database = await migratedDatabase(kind);
  });

  afterAll(async () => {
    await database.dispose();
  });

  it("inserts every row, then changes nothing on a second import", async () => {
    const first = await importRegistryCsv(database.db, SAMPLE);
    expect(first).toMatchObject({ rows: 60, inserted: 60, updated: 0, skipped: 0 });
    const second = await importRegistryCsv(database.db, SAMPLE);
    expect(second).toMatchObject({ rows: 60, inserted: 0, updated: 0, unchanged: 60 });
    expect(await countOperators(database.db)).toBe(60);
  });

  it("updates a licence whose status changed and skips bad rows with line numbers", async () => {
    const summary = await importRegistryCsv(database.db, BAD);
    expect(summary).toMatchObject({ rows: 6, inserted: 2, skipped: 4 });
    expect(summary.errors.map((e) => e.line)).toEqual([3, 4, 5, 6]);
    const registry = new MemoryRegistry(await loadOperators(database.db));
    expect(registry.byLicence("9006/LHR")[0]).toMatchObject({ name: "Quoted, Comma Manpower Services", status: "expired" });
    expect(registry.byLicence("9001/RWP")[0]).toMatchObject({ phones: ["+92510000111"], validUntil: "2027-01-31" });
    expect(registry.byPhone("+92510000111").map((o) => o.licenceNo)).toEqual(["9001/RWP"]);
  });

  it("rewrites a row whose name was read by an older version (its derived columns are stale)", async () => {
    await importRegistryCsv(database.db, SAMPLE);
    const row = eq(registryOperators.licenceCanonical, "0417/RWP");
    await database.db.update(registryOperators).set({ nameNormalized: "stale" }).where(row);
    expect(await importRegistryCsv(database.db, SAMPLE)).toMatchObject({ updated: 1, unchanged: 59 });
    const [fresh] = await database.db.select().from(registryOperators).where(row);
    expect(fresh!.nameNormalized).toBe(coreName("Sabz Pahar Overseas Employment Promoters"));
  });

  it("reports progress while streaming", async () => {
    const seen: number[] = [];
    await importRegistryCsv(database.db, SAMPLE, (n) => seen.push(n));
    expect(seen.at(-1)).toBe(60);
  });
});

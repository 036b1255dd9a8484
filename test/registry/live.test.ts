import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../../src/data/load-engine-data.ts";
import { importRegistryCsv } from "../../src/registry/import.ts";
import { LiveRegistry } from "../../src/registry/live.ts";
import { migratedDatabase } from "../helpers/database.ts";
import { shippedEngineWith } from "../helpers/engine.ts";

let database: Awaited<ReturnType<typeof migratedDatabase>>;
beforeAll(async () => {
  database = await migratedDatabase("pglite");
});
afterAll(() => database.dispose());

describe("LiveRegistry", () => {
  it("lets the running engine see rows imported after it started, once refreshed", async () => {
    const registry = await LiveRegistry.load(database.db);
    const engine = shippedEngineWith(registry);
    const ad = "Sabz Pahar Overseas Employment Promoters, OEP Licence No. 0417/RWP, drivers for Saudi Arabia, contract 2 years";
    expect(engine.check(ad).registry).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "licence_unknown" })]));
    await importRegistryCsv(database.db, join(DEFAULT_DATA_DIR, "registries", "pk-beoe-sample.csv"));
    await registry.refresh(database.db);
    expect(engine.check(ad).registry).toEqual([expect.objectContaining({ kind: "licence_active", nameMatches: true })]);
  });
});

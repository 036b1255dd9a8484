import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../../src/data/load-engine-data.ts";
import { loadRegistryDir } from "../../src/registry/files.ts";
import { MemoryRegistry } from "../../src/registry/memory.ts";

let registry: MemoryRegistry;
beforeAll(async () => {
  const { operators, errors } = await loadRegistryDir(join(DEFAULT_DATA_DIR, "registries"));
  expect(errors).toEqual([]);
  registry = new MemoryRegistry(operators);
});

describe("the shipped registries", () => {
  it("load completely", () => {
    expect(registry.size).toBeGreaterThanOrEqual(100);
  });

  it("find a licence in the forms ads write it", () => {
    for (const form of ["0417/RWP", "417/RWP"]) {
      expect(registry.byLicence(form === "417/RWP" ? "0417/RWP" : form).map((o) => o.name)).toEqual(["Sabz Pahar Overseas Employment Promoters"]);
    }
    expect(registry.byLicence("2291/RWP")[0]).toMatchObject({ status: "cancelled" });
    expect(registry.byLicence("0417/LHR")).toEqual([]);
  });

  it("find a recruiter by name across scripts and spellings", () => {
    for (const spelling of ["Sabz Pahar Overseas", "سبز پہاڑ اوورسیز", "SABZ PAHAR OVERSEAS EMPLOYMENT PROMOTERS", "Sabz Pahaar"]) {
      expect(registry.byName(spelling)[0]?.operator.name, spelling).toBe("Sabz Pahar Overseas Employment Promoters");
    }
    expect(registry.byName("Бухоро Меҳнат Кўприги")[0]?.operator.status).toBe("expired");
  });

  it("do not invent a match for an unknown name", () => {
    expect(registry.byName("Golden Future Manpower").filter((m) => m.similarity >= 0.8)).toEqual([]);
  });
});

import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../../src/data/load-engine-data.ts";
import { loadRegistryDir } from "../../src/registry/files.ts";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { operator } from "../helpers/operator.ts";

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

describe("a name found without a licence number", () => {
  const row = (name: string, city = "Bishkek", status: "active" | "expired" = "active") => operator({ country: "KG", registry: "KG-MLSSM", licenceNo: null, name, city, status });
  // A registry where "Euro", "Bridge" and "Job" open many names, as full registries do.
  const places = ["Alga", "Bulak", "Chynar", "Dostuk", "Emgek", "Jyldyz", "Kench", "Manas", "Nurlan", "Orgo", "Sanjyra", "Tulpar"];
  const filler = places.flatMap((p) => [row(`Euro Bridge ${p} LLC`), row(`${p} Job Service LLC`)]);
  const registry = new MemoryRegistry([
    ...filler,
    row("Ravi Bridge Manpower Services (Pvt) Ltd", "Lahore"),
    row("Kokzhiek Employment LLP", "Almaty", "expired"),
    row("Altyn Kopir Recruitment LLP", "Shymkent"),
    row("Davri Istiqlol (company denied a licence to send seasonal workers to the UK)", ""),
    row("Pro-Force Limited", "Hereford"),
    row("Concordia (UK) Ltd", "London"),
    row("Bishkek Euro Job LLC"),
  ]);
  const agreeing = (name: string) => registry.byName(name).filter((m) => m.agrees).map((m) => m.operator.name);

  it.each([
    ["Алтын Көпір Еуропа", "Altyn Kopir Recruitment LLP"],
    ["Даври Истиқлол", "Davri Istiqlol (company denied a licence to send seasonal workers to the UK)"],
    ["پرو فورس لمیٹڈ", "Pro-Force Limited"],
    ["Concordia UK Ltd", "Concordia (UK) Ltd"],
  ])("%s is %s", (name, registered) => {
    expect(agreeing(name)).toEqual([registered]);
  });

  it.each([
    ["Euro Bridge Kadr", "a row whose other word (Ravi) it lacks"],
    ["Akzhaiyk Camp Catering LLP", "a row of one sound but another spelling (Kokzhiek)"],
    ["Euro Job Consulting", "a row whose words, its city aside, are all common ones (Euro Job)"],
  ])("%s is not %s", (name) => {
    expect(agreeing(name)).toEqual([]);
  });
});

import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../../src/data/load-engine-data.ts";
import { loadRegistryDir } from "../../src/registry/files.ts";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { searchRegistry } from "../../src/registry/search.ts";

let registry: MemoryRegistry;
beforeAll(async () => {
  registry = new MemoryRegistry((await loadRegistryDir(join(DEFAULT_DATA_DIR, "registries"))).operators);
});

const names = (query: string) => searchRegistry(registry, query).map((h) => h.operator.name);

describe("searchRegistry", () => {
  it("finds a licence in the forms people type", () => {
    expect(names("OEP 2291/RWP")).toEqual(["Margalla Crest Recruiting Agency"]);
    expect(names("Licence No. MPD/2291/RWP/92")).toEqual(["Margalla Crest Recruiting Agency"]);
  });

  it("finds an agency from part of its name", () => {
    expect(names("Margalla")).toEqual(["Margalla Crest Recruiting Agency"]);
    expect(names("sabz pah")).toEqual(["Sabz Pahar Overseas Employment Promoters"]);
  });

  it("finds a name in another script or spelling", () => {
    expect(names("سبز پہاڑ")).toContain("Sabz Pahar Overseas Employment Promoters");
  });

  it("finds a phone however it is typed", () => {
    const one = new MemoryRegistry([
      { country: "PK", registry: "BEOE", licenceNo: "7001/LHR", name: "Zarghoon Test Overseas", status: "active", city: "Lahore", website: null, phones: ["+924235761234"], validUntil: null, sourceUrl: null },
    ]);
    for (const typed of ["924235761234", "+92 42 3576 1234", "0092 42 35761234", "042-3576-1234", "tel. 042 3576 1234"]) {
      expect(searchRegistry(one, typed).map((h) => h.match), typed).toEqual(["phone"]);
    }
    // A Kazakh caseworker looking up a Pakistani number written with its country code but no plus.
    expect(searchRegistry(one, "924235761234", ["KZ"]).map((h) => h.match)).toEqual(["phone"]);
    expect(searchRegistry(one, "0092 42 35761234", ["KZ"]).map((h) => h.match)).toEqual(["phone"]);
  });

  it("says how a name matched, so an exact word is not shown as a percentage", () => {
    const how = (query: string) => searchRegistry(registry, query).map((h) => [h.match, h.nameMatch]);
    // "Margalla" alone scores 0.9 against the whole name, yet it is the name's own word.
    expect(how("Margalla")).toEqual([["name", "words"]]);
    expect(how("margalla crest")).toEqual([["name", "words"]]);
    expect(how("sabz pah")).toEqual([["name", "prefix"]]);
    expect(how("Margala Crest")).toEqual([["name", "similar"]]);
    // Licence and phone hits carry no name match.
    expect(searchRegistry(registry, "OEP 2291/RWP")[0]).not.toHaveProperty("nameMatch");
  });

  it("finds nothing for a name that is not there", () => {
    expect(names("Golden Future Manpower")).toEqual([]);
  });
});

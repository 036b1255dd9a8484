import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";

describe("registry sync settings", () => {
  it("reads comma-separated paths and URLs, resolving paths from the working directory", () => {
    const config = loadConfig({ REGISTRY_SOURCES: " data/beoe.csv , https://example.org/sws.csv,", REGISTRY_SYNC_CRON: "0 4 * * 1" });
    expect(config.registrySync).toEqual({ sources: [resolve("data/beoe.csv"), "https://example.org/sws.csv"], cron: "0 4 * * 1" });
  });

  it("has no sources by default and syncs nightly", () => {
    expect(loadConfig({}).registrySync).toEqual({ sources: [], cron: "40 2 * * *" });
  });

  it("refuses other URL schemes and a cron line without five fields, naming the variable", () => {
    expect(() => loadConfig({ REGISTRY_SOURCES: "ftp://example.org/list.csv" })).toThrow(/REGISTRY_SOURCES/);
    expect(() => loadConfig({ REGISTRY_SYNC_CRON: "daily" })).toThrow(/REGISTRY_SYNC_CRON/);
  });
});

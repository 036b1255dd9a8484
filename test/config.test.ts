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

describe("the window of a forward", () => {
  it("is three seconds unless set, in milliseconds", () => {
    expect(loadConfig({}).forwardWindowMs).toBe(3_000);
    expect(loadConfig({ FORWARD_WINDOW_MS: "1500" }).forwardWindowMs).toBe(1_500);
  });

  it("refuses no wait at all, one of more than half a minute, and what is not a whole number, naming the variable", () => {
    for (const value of ["0", "30001", "2.5", "soon"]) expect(() => loadConfig({ FORWARD_WINDOW_MS: value }), value).toThrow(/FORWARD_WINDOW_MS/);
  });
});

describe("the advert memory's retention", () => {
  it("is a year unless set, in days", () => {
    expect(loadConfig({}).advertMemoryDays).toBe(365);
    expect(loadConfig({ ADVERT_MEMORY_DAYS: "90" }).advertMemoryDays).toBe(90);
  });

  it("refuses no days, more than ten years and what is not a whole number, naming the variable", () => {
    for (const value of ["0", "3651", "1.5", "forever"]) expect(() => loadConfig({ ADVERT_MEMORY_DAYS: value }), value).toThrow(/ADVERT_MEMORY_DAYS/);
  });
});

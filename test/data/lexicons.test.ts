import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR, loadEngineData } from "../../src/data/load-engine-data.ts";
import { LEXICON_CATEGORIES, lexiconFileSchema } from "../../src/engine/data.ts";
import { LANGUAGES } from "../../src/engine/types.ts";

const dir = join(DEFAULT_DATA_DIR, "lexicons");

describe("lexicon data files", () => {
  it("exist for every language and load through the validating loader", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "common.json");
    expect(files.sort()).toEqual(LANGUAGES.map((l) => `${l}.json`).sort());
    expect(() => loadEngineData()).not.toThrow();
  });

  it.each(LANGUAGES)("%s.json names its language and fills every category", (language) => {
    const file = lexiconFileSchema.parse(JSON.parse(readFileSync(join(dir, `${language}.json`), "utf8")));
    expect(file.language).toBe(language);
    for (const category of LEXICON_CATEGORIES) expect(file[category].length).toBeGreaterThan(0);
  });

  it("rejects a category typo and a broken regular expression", () => {
    const base = JSON.parse(readFileSync(join(dir, "en.json"), "utf8"));
    expect(lexiconFileSchema.safeParse({ ...base, urgncy: ["x"] }).success).toBe(false);
    expect(lexiconFileSchema.safeParse({ ...base, urgency: ["re:(unclosed"] }).success).toBe(false);
  });

  it("phrases in fraud categories are specific: no lone 'visa' or 'job'", () => {
    const generic = new Set(["visa", "viza", "виза", "ویزا", "job", "jobs", "work", "kaam", "ish", "иш", "работа", "кор", "жумуш", "жұмыс"]);
    const fraud = ["urgency", "guaranteedVisa", "upfrontFee", "noRequirements", "documentForgery", "smugglingRoute"] as const;
    for (const language of LANGUAGES) {
      const file = JSON.parse(readFileSync(join(dir, `${language}.json`), "utf8"));
      for (const category of fraud) for (const entry of file[category]) expect(generic.has(entry.toLowerCase()), `${language}.${category}: ${entry}`).toBe(false);
    }
  });
});

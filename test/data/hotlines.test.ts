import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../../src/data/load-engine-data.ts";
import { loadHotlines } from "../../src/data/hotlines.ts";

const rows = parse(readFileSync(join(DEFAULT_DATA_DIR, "hotlines.csv"), "utf8"), { columns: true }) as Record<string, string>[];

describe("data/hotlines.csv", () => {
  it("cites a public source page and the date it was checked on every row", () => {
    for (const r of rows) {
      expect(r.source_url, r.name).toMatch(/^https?:\/\//);
      expect(r.checked, r.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("gives every home country and every place migrants work a number that can be called from there", () => {
    const lines = loadHotlines();
    for (const country of ["PK", "KZ", "KG", "TJ", "UZ", "RU", "AE", "SA", "QA", "GB"]) {
      expect(lines.some((h) => h.country === country && h.phone), country).toBe(true);
    }
  });

  it("never shows a number its row says is still to be verified", () => {
    const shown = new Set(loadHotlines().flatMap((h) => (h.phone ? [h.phone] : [])));
    for (const r of rows) if (/^verify/i.test(r.notes ?? "") && r.phone) expect(shown.has(r.phone), r.name).toBe(false);
  });

  it("names every row in the languages of the people who call it, with the numbers of its English name", () => {
    // Home countries in their own languages (and Russian); where people from all of them work, in all of them.
    const everyone = ["ru", "kk", "ky", "tg", "uz-Latn", "uz-Cyrl", "ur", "ur-Latn"];
    const spoken: Record<string, string[]> = {
      PK: ["ur", "ur-Latn"],
      KZ: ["ru", "kk"],
      KG: ["ru", "ky"],
      TJ: ["ru", "tg"],
      UZ: ["ru", "uz-Latn", "uz-Cyrl"],
      RU: everyone,
      GB: everyone,
      AE: everyone,
      SA: everyone,
      QA: everyone,
    };
    // Every row, also those shown only by website or not shown yet: a number added later must find its names there.
    const { names } = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, "hotline-names.json"), "utf8")) as { names: Record<string, Record<string, string>> };
    const missing: string[] = [];
    for (const r of rows) {
      expect(spoken[r.country!], `which languages call ${r.country}?`).toBeDefined();
      const local = names[`${r.country}:${r.name}`] ?? {};
      const numbers = r.name!.match(/\d{2,}/g) ?? [];
      for (const lng of spoken[r.country!]!) {
        if (!local[lng]) missing.push(`${r.country} ${r.name} in ${lng}`);
        else for (const n of numbers) expect(local[lng], `${r.country} ${r.name} in ${lng}: ${n}`).toContain(n);
      }
    }
    expect(missing).toEqual([]);
  });
});

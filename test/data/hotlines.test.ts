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

  it("names every number of a Central Asian country (and Russia's) in the languages of the people who call it", () => {
    const spoken: Record<string, string[]> = { KZ: ["ru", "kk"], KG: ["ru", "ky"], TJ: ["ru", "tg"], UZ: ["ru", "uz-Latn", "uz-Cyrl"], RU: ["ru", "kk", "ky", "tg", "uz-Latn", "uz-Cyrl"] };
    for (const h of loadHotlines()) {
      if (!h.phone || !spoken[h.country]) continue;
      for (const lng of spoken[h.country]!) expect(h.names[lng], `${h.country} ${h.name} in ${lng}`).toBeTruthy();
    }
  });
});

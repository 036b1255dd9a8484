import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { LANGUAGES } from "../engine/types.ts";
import { DEFAULT_DATA_DIR } from "./load-engine-data.ts";

const row = z.object({
  country: z.string().regex(/^[A-Z]{2}$/),
  name: z.string().min(1),
  phone: z.string(),
  whatsapp: z.string(),
  website: z.string(),
  notes: z.string(),
  /** Every row cites where its facts were seen, and when that page was last checked. */
  source_url: z.string().url(),
  checked: z.iso.date(),
});

export interface Hotline {
  /** ISO code of the country the line answers in (home countries, and where migrants work: RU, AE, SA, QA, GB). */
  country: string;
  name: string;
  /** The name in the languages of the people who call it (data/hotline-names.json), by language code. */
  names: Record<string, string>;
  /** Only numbers confirmed by a source; rows marked "verify" show the website instead. */
  phone: string | null;
  website: string | null;
}

const localNames = z.object({ about: z.string(), names: z.record(z.string(), z.partialRecord(z.enum(LANGUAGES), z.string().min(1))) });

/** data/hotlines.csv: helplines and referral contacts per country, with their sources; their local names beside. */
export function loadHotlines(dataDir: string = DEFAULT_DATA_DIR): Hotline[] {
  const records = parse(readFileSync(join(dataDir, "hotlines.csv"), "utf8"), { columns: true, skip_empty_lines: true, trim: true });
  const { names } = localNames.parse(JSON.parse(readFileSync(join(dataDir, "hotline-names.json"), "utf8")));
  const rows = z.array(row).parse(records);
  const keys = new Set(rows.map((r) => `${r.country}:${r.name}`));
  // A local name whose row was renamed or removed would silently never be shown.
  for (const key of Object.keys(names)) if (!keys.has(key)) throw new Error(`data/hotline-names.json: no row ${key} in data/hotlines.csv`);
  return rows
    .map((r) => ({
      country: r.country,
      name: r.name,
      names: names[`${r.country}:${r.name}`] ?? {},
      phone: r.phone && !/^verify/i.test(r.notes) ? r.phone : null,
      website: r.website || null,
    }))
    .filter((h) => h.phone || h.website);
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
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
  /** Only numbers confirmed by a source; rows marked "verify" show the website instead. */
  phone: string | null;
  website: string | null;
}

/** data/hotlines.csv: helplines and referral contacts per country, with their sources. */
export function loadHotlines(dataDir: string = DEFAULT_DATA_DIR): Hotline[] {
  const records = parse(readFileSync(join(dataDir, "hotlines.csv"), "utf8"), { columns: true, skip_empty_lines: true, trim: true });
  return z
    .array(row)
    .parse(records)
    .map((r) => ({
      country: r.country,
      name: r.name,
      phone: r.phone && !/^verify/i.test(r.notes) ? r.phone : null,
      website: r.website || null,
    }))
    .filter((h) => h.phone || h.website);
}

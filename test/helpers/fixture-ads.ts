import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface FixtureAd {
  id: string;
  kind: "scam" | "suspicious" | "legit" | "not_ad";
  text: string;
  expect: { language: string; risk?: string | string[]; crime?: string | null };
}

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "ads");

/** A hand-written ad of the corpus (test/fixtures/ads/<lng>.json) by its id. */
export function fixtureAd(id: string): FixtureAd {
  const lng = id.replace(/-[a-z_]+-\d+$/, "");
  const ads = JSON.parse(readFileSync(join(FIXTURES, `${lng}.json`), "utf8")) as FixtureAd[];
  const ad = ads.find((a) => a.id === id);
  if (!ad) throw new Error(`no fixture ad ${id}`);
  return ad;
}

export const locale = (lng: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "locales", lng, "translation.json"), "utf8"));

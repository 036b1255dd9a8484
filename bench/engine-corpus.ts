import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const FIXTURES = join(import.meta.dirname, "..", "test", "fixtures", "ads");

/** The engine benchmarks' adverts: every hand-written ad in test/fixtures/ads, and each padded to ~2 KB (long ads are the slow case). */
export function engineCorpus(): { ads: string[]; long: string[] } {
  const ads = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => (JSON.parse(readFileSync(join(FIXTURES, f), "utf8")) as { text: string }[]).map((c) => c.text));
  const long = ads.map((text) => {
    let out = text;
    while (out.length < 2048) out += `\n${text}`;
    return out.slice(0, 2048);
  });
  return { ads, long };
}

/**
 * npm run bench:scan — the advert memory's near-duplicate lookup with
 * BENCH_ADVERTS (1,000,000) adverts stored, on the local Postgres (a fresh
 * database, dropped afterwards; DATABASE_URL picks the server, as for the tests).
 *
 * The bulk is made in SQL (generate_series: random signatures and band keys,
 * which is what a million unrelated adverts look like to the band index);
 * then BENCH_REAL (2,000) generated adverts are remembered through the
 * repository, and the figures are taken over BENCH_LOOKUPS (2,000) lookups
 * each, through the repository's recall (signature + one query): copies of
 * stored adverts edited as copiers edit them (found), and new adverts (not
 * found). Prints p50, p99 and max latency, and how many copies were found.
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import pg from "pg";
import { fixtureAdverts } from "../test/memory/adverts.ts";
import { shinglesOf } from "../src/memory/shingles.ts";
import { dbAdvertMemory } from "../src/db/advert-memory-repository.ts";
import { openDatabase } from "../src/db/client.ts";
import { createTestDatabase } from "../test/helpers/postgres.ts";
import { percentile } from "./percentile.ts";

const ADVERTS = Number(process.env.BENCH_ADVERTS ?? 1_000_000);
const REAL = Number(process.env.BENCH_REAL ?? 2_000);
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 2_000);
const CHUNK = 100_000;

// A deterministic generator, so runs compare: the same adverts every time.
let seed = 42;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

// Words of the hand-written corpus, in all nine languages: adverts made of them look like the genre.
const WORDS = [...new Set(fixtureAdverts().flatMap((ad) => ad.text.toLowerCase().match(/\p{L}{2,}/gu) ?? []))];

function advert(): string {
  const lines = Array.from({ length: 4 + Math.floor(random() * 4) }, () => Array.from({ length: 5 + Math.floor(random() * 6) }, () => pick(WORDS)).join(" "));
  return [...lines, `WhatsApp +7 7${Math.floor(random() * 1e9)}`].join("\n");
}

/** A copy as copiers make it: another number, the lines in another order, emoji, a word changed in one line. */
function copyOf(text: string): string {
  const lines = text.split("\n");
  const words = lines[0]!.split(" ");
  words[words.length - 1] = pick(WORDS);
  return ["🔥🔥", ...lines.slice(1, -1).reverse(), `${words.join(" ")} ✅`, `WhatsApp 8 (700) ${Math.floor(random() * 1e7)}`].join("\n");
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const common = [...a].filter((x) => b.has(x)).length;
  return common / (a.size + b.size - common);
}

const created = await createTestDatabase();
const database = await openDatabase({ url: created.url });
try {
  await database.migrate();
  const db = database.db;
  // The bulk goes through a connection of its own: the app's pool stops any query after 20 s.
  const bulk = new pg.Client({ connectionString: created.url });
  await bulk.connect();
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  for (let done = 0; done < ADVERTS - REAL; done += CHUNK) {
    const n = Math.min(CHUNK, ADVERTS - REAL - done);
    // The correlated "g > 0" makes Postgres draw new numbers for every row.
    await bulk.query(
      `insert into advert_clusters (signature, bands, sightings, countries, sources, first_seen, last_seen)
       select array(select (random() * 4294967295 - 2147483648)::int from generate_series(1, 128) where g > 0),
              array(select (random() * 4294967295 - 2147483648)::int from generate_series(1, 16) where g > 0),
              1 + (random() * 4)::int, '{KZ}', '{telegram}', now() - random() * interval '300 days', now()
       from generate_series(1, $1::int) as g`,
      [n],
    );
    process.stderr.write(`\rstored ${done + n} adverts (${elapsed()})`);
  }
  // Sixteen million band rows: the index is built once after them, which is many times faster than row by row.
  await bulk.query("alter table advert_bands drop constraint advert_bands_pkey");
  await bulk.query("insert into advert_bands (key, cluster_id) select distinct unnest(bands), id from advert_clusters");
  await bulk.query("alter table advert_bands add constraint advert_bands_pkey primary key (key, cluster_id)");
  await bulk.query("analyze advert_clusters, advert_bands");
  await bulk.end();
  process.stderr.write(`\nbands indexed (${elapsed()})\n`);

  const memory = dbAdvertMemory(db, "bench-secret".padEnd(40, "x"));
  const real = Array.from({ length: REAL }, advert);
  const remembered: number[] = [];
  for (const [i, text] of real.entries()) {
    const t0 = performance.now();
    await memory.remember({ text, key: `bench ${i}`, source: "telegram", country: "KZ" });
    remembered.push(performance.now() - t0);
  }
  const counted = (await db.execute(sql`select (select count(*) from advert_clusters)::int as clusters, (select count(*) from advert_bands)::int as bands`)) as unknown as {
    rows: { clusters: number; bands: number }[];
  };
  const { clusters, bands } = counted.rows[0]!;

  const measure = async (texts: string[]) => {
    const times: number[] = [];
    let found = 0;
    for (const text of texts) {
      const t0 = performance.now();
      const similar = await memory.recall(text);
      times.push(performance.now() - t0);
      if (similar.count > 0) found++;
    }
    return { times: times.sort((a, b) => a - b), found };
  };
  const pairs = Array.from({ length: LOOKUPS }, () => {
    const original = pick(real);
    const copy = copyOf(original);
    return { copy, close: jaccard(shinglesOf(original), shinglesOf(copy)) >= 0.8 };
  });
  const copies = await measure(pairs.map((p) => p.copy));
  const close = pairs.filter((p) => p.close).length;
  const fresh = await measure(Array.from({ length: LOOKUPS }, advert));

  const ms = (v: number) => `${v.toFixed(2)} ms`;
  const row = (name: string, times: number[], extra = "") => `${name.padEnd(30)} p50 ${ms(percentile(times, 50))}  p99 ${ms(percentile(times, 99))}  max ${ms(times.at(-1)!)}${extra}`;
  console.log(`near-duplicate lookup, ${clusters.toLocaleString("en")} adverts stored (${bands.toLocaleString("en")} band rows), Postgres, one connection at a time`);
  console.log(row(`lookup: edited copies (${LOOKUPS})`, copies.times, `  found ${copies.found}/${LOOKUPS} (${close} of them at Jaccard ≥ 0.8)`));
  console.log(row(`lookup: new adverts (${LOOKUPS})`, fresh.times, `  found ${fresh.found}/${LOOKUPS}`));
  console.log(row(`remember: new adverts (${REAL})`, remembered.sort((a, b) => a - b)));
  const all = [...copies.times, ...fresh.times].sort((a, b) => a - b);
  console.log(`lookup p99 over both: ${ms(percentile(all, 99))} (target < 5 ms)`);
} finally {
  await database.close();
  await created.drop();
}

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbAdvertMemory, type AdvertMemoryStore } from "../../src/db/advert-memory-repository.ts";
import { openDatabase } from "../../src/db/client.ts";
import type { Db } from "../../src/db/client.ts";
import { equalPositions, MIN_EQUAL, signatureOf } from "../../src/memory/signature.ts";
import type { Sighting, SimilarAdverts } from "../../src/memory/types.ts";
import { migratedDatabase } from "../helpers/database.ts";
import { EDITS, fixtureAdverts, ORIGINAL } from "./adverts.ts";

/**
 * rememberMany against `remember` called on each sighting in turn: two
 * databases start alike, one is given the chunk sighting by sighting, the
 * other all at once, and the answers and everything stored must be the same.
 */

const SECRET = "remember-many-secret-".padEnd(40, "x");
const sighting = (text: string, key: string, country: string | null = "KZ", source = "partner"): Sighting => ({ text, key, country, source });

/** Words without digits (digits are masked), so generated lines are told apart. */
const word = (n: number) => [...n.toString(8)].map((d) => ["ka", "lo", "mi", "su", "te", "ra", "vo", "ni"][Number(d)]).join("");
const line = (n: number) => Array.from({ length: 6 }, (_, i) => word(n * 6 + i + 1)).join(" ");

/**
 * An advert drifting line by line: each copy close to the one before, but
 * after a few steps no longer close to the first, so the chunk opens a
 * second cluster, and some copies are near both.
 */
const drift = Array.from({ length: 9 }, (_, step) => Array.from({ length: 12 }, (_, i) => line(i < step ? 100 + step * 12 + i : i)).join("\n"));

/** The whole of the memory as stored, in a form two databases can be compared by. */
async function stored(db: Db) {
  const clusters = (await db.execute(sql`
    select id::int, signature, bands, sightings, reported, countries, sources, to_char(first_seen at time zone 'UTC', 'YYYY-MM-DD') as first_seen
    from advert_clusters order by id`)) as unknown as { rows: unknown[] };
  const bands = (await db.execute(sql`select key, cluster_id::int from advert_bands order by key, cluster_id`)) as unknown as { rows: unknown[] };
  const keys = (await db.execute(sql`select key_hash from advert_sighting_keys order by key_hash`)) as unknown as { rows: unknown[] };
  return { clusters: clusters.rows, bands: bands.rows, keys: keys.rows };
}

describe.each(["postgres", "pglite"] as const)("rememberMany on %s", (kind) => {
  let one: Awaited<ReturnType<typeof migratedDatabase>>;
  let many: Awaited<ReturnType<typeof migratedDatabase>>;
  let sequential: AdvertMemoryStore;
  let chunked: AdvertMemoryStore;

  beforeAll(async () => {
    [one, many] = await Promise.all([migratedDatabase(kind), migratedDatabase(kind)]);
    sequential = dbAdvertMemory(one.db, SECRET);
    chunked = dbAdvertMemory(many.db, SECRET);
  });
  afterAll(async () => {
    await one?.dispose();
    await many?.dispose();
  });

  /** The chunk remembered one by one on one database and at once on the other: same answers, same rows. */
  async function expectSameAsSequential(chunk: readonly Sighting[]): Promise<SimilarAdverts[]> {
    const expected: SimilarAdverts[] = [];
    for (const s of chunk) expected.push(await sequential.remember(s));
    const answers = await chunked.rememberMany(chunk);
    expect(answers).toEqual(expected);
    expect(await stored(many.db)).toEqual(await stored(one.db));
    return answers;
  }

  it("answers an empty chunk, and adverts without words, with nothing, counting nothing", async () => {
    expect(await chunked.rememberMany([])).toEqual([]);
    expect(await expectSameAsSequential([sighting("🔥🔥 ✅", "emoji"), sighting("+7 701 000 12 34", "phone")])).toEqual([
      { count: 0, firstSeen: null, reported: 0 },
      { count: 0, firstSeen: null, reported: 0 },
    ]);
  });

  it("counts near-duplicates inside one chunk in the cluster the first of them opened, and repeated keys once", async () => {
    const chunk = [
      sighting(ORIGINAL, "original"),
      ...Object.entries(EDITS).map(([edit, text], i) => sighting(text, `edit ${edit}`, i % 2 ? "KG" : "KZ", i % 3 ? "partner" : "monitor")),
      // The same key again in the chunk (a partner's repeat), and an advert without a country.
      sighting(ORIGINAL, "original"),
      sighting(EDITS["other emoji"]!, "no country", null),
    ];
    const answers = await expectSameAsSequential(chunk);
    expect(answers.map((a) => a.count)).toEqual([1, 2, 3, 4, 5, 6, 7, 7, 8]);
    expect((await stored(many.db)).clusters).toHaveLength(1);
  });

  it("counts a chunk redone (after a kill -9) not at all, and the rest of a half-done chunk once", async () => {
    const ads = fixtureAdverts().filter((ad) => ad.kind !== "not_ad");
    const chunk = ads.map((ad, i) => sighting(`${ad.text}\nref ${i}`, `fixture ${ad.id}`));
    await expectSameAsSequential(chunk.slice(0, 40));
    // The instance died after the first forty were remembered: the chunk is redone from the start.
    await expectSameAsSequential(chunk);
    const again = await expectSameAsSequential(chunk);
    expect(again.every((a) => a.count >= 1)).toBe(true);
  });

  it("replays an advert drifting within a chunk past the reach of its first copy: a second cluster opens", async () => {
    const before = (await stored(many.db)).clusters.length;
    await expectSameAsSequential(drift.map((text, i) => sighting(text, `drift ${i}`)));
    expect((await stored(many.db)).clusters.length - before).toBeGreaterThanOrEqual(2);
    // The same adverts again under new keys, now against the stored clusters, in another order.
    await expectSameAsSequential(drift.map((text, i) => sighting(text, `drift again ${i}`, "UZ", "web")).reverse());
  });

  it("lets an advert near two clusters of the chunk join the more similar one, though it is the newer", async () => {
    const lines = (from: number, n: number) => Array.from({ length: n }, (_, i) => line(from + i));
    const first = lines(300, 12).join("\n");
    const longer = [...lines(300, 12), ...lines(400, 5)].join("\n");
    const between = [...lines(300, 12), ...lines(400, 3)].join("\n");
    const [a, b, x] = [first, longer, between].map((t) => signatureOf(t)!);
    // The case as meant: the longer copy too far from the first to join it, the one between near both, nearer the longer.
    expect(equalPositions(a!, b!)).toBeLessThan(MIN_EQUAL);
    expect(equalPositions(x!, a!)).toBeGreaterThanOrEqual(MIN_EQUAL);
    expect(equalPositions(x!, b!)).toBeGreaterThan(equalPositions(x!, a!));
    const answers = await expectSameAsSequential([sighting(first, "first"), sighting(longer, "longer"), sighting(between, "between"), sighting(first, "first again")]);
    // The first advert again: 2, so the one between joined the longer copy's cluster, not the first's.
    expect(answers.map((s) => s.count)).toEqual([1, 1, 3, 2]);
  });

  it("answers like remember where a copy began two clusters (two instances saw it at once), and counts reports", async () => {
    // What two instances may leave behind: a second cluster with the same signature.
    for (const db of [one.db, many.db]) {
      await db.execute(sql`
        with copy as (
          insert into advert_clusters (signature, bands, sightings, reported, countries, sources)
          select signature, bands, 3, 2, '{KG}', '{web}' from advert_clusters order by id limit 1
          returning id, bands
        )
        insert into advert_bands (key, cluster_id) select distinct k, id from copy, unnest(bands) as k`);
    }
    await sequential.markReported(ORIGINAL);
    await chunked.markReported(ORIGINAL);
    const answers = await expectSameAsSequential([sighting(EDITS["a few words changed"]!, "after copy"), sighting(ORIGINAL, "original"), sighting(ORIGINAL, "after copy 2", "TJ")]);
    expect(answers[0]).toMatchObject({ reported: 3 });
  });
});

describe("rememberMany on two instances at once (Postgres)", () => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  let other: Awaited<ReturnType<typeof openDatabase>>;

  beforeAll(async () => {
    database = await migratedDatabase("postgres");
    other = await openDatabase({ url: database.url! });
  });
  afterAll(async () => {
    await other?.close();
    await database?.dispose();
  });

  it("counts every key once and opens each cluster once, when two chunks of the same adverts run together", async () => {
    const ads = fixtureAdverts().filter((ad) => ad.kind !== "not_ad");
    const chunk = (prefix: string) => ads.map((ad) => sighting(ad.text, `${prefix} ${ad.id}`));
    const first = dbAdvertMemory(database.db, SECRET);
    const second = dbAdvertMemory(other.db, SECRET);
    // Different keys for the same adverts (two partners), and a chunk redone while it still runs (same keys).
    const [a, b, c] = await Promise.all([first.rememberMany(chunk("a")), second.rememberMany(chunk("b")), second.rememberMany(chunk("a"))]);
    const counts = (await database.db.execute(sql`select count(*)::int as clusters, sum(sightings)::int as sightings from advert_clusters`)) as unknown as {
      rows: { clusters: number; sightings: number }[];
    };
    expect(counts.rows[0]).toEqual({ clusters: ads.length, sightings: 2 * ads.length });
    // One chunk after the other: each saw all its adverts at the same count, the first to run 1, a later one 2.
    const seen = [a, b, c].map((answers) => [...new Set(answers.map((x) => x.count))]);
    for (const s of seen) expect(s.length === 1 && (s[0] === 1 || s[0] === 2)).toBe(true);
    expect(seen.flat()).toContain(1);
    expect(seen.flat()).toContain(2);
  });
});

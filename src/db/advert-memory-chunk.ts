import { sql } from "drizzle-orm";
import { replayChunk, type ChunkSighting, type ClusterGrowth, type OpenedCluster, type StoredCluster } from "../memory/chunk-replay.ts";
import { fingerprintOf } from "../memory/signature.ts";
import { NOTHING } from "../memory/similar.ts";
import type { Sighting, SimilarAdverts } from "../memory/types.ts";
import type { Db } from "./client.ts";
import { advertBands, advertClusters, advertSightingKeys } from "./schema/index.ts";

/**
 * rememberMany in Postgres (or PGlite): a chunk of sightings in one
 * transaction of five statements, whatever its size, instead of one
 * transaction and three or four statements per advert.
 *
 * 1. An advisory lock (see chunkLock) and the day of the transaction.
 * 2. Every key hash of the chunk inserted at once; those returned are new.
 * 3. Every stored cluster sharing a band key with an advert of the chunk.
 * 4. The chunk replayed in order in memory (src/memory/chunk-replay.ts).
 * 5. The stored clusters' sightings added, and the clusters the chunk
 *    opened inserted with their bands.
 */

type Tx = Pick<Db, "execute">;

/** Postgres integers as one array literal parameter, the same on both drivers. */
const intArray = (values: Iterable<number>) => `{${[...values].join(",")}}`;

/**
 * Serialises chunks, on every instance, from their first statement to their
 * commit. Counts would stay right without it (keys are unique, sightings
 * are added, never written as read), but two chunks reading the clusters
 * at once would each open a cluster for the same new advert, and each
 * answer from counts the other is changing: with it, every chunk sees the
 * clusters as the previous one left them, as sequential `remember` calls
 * would. It also means two chunks never wait on each other's keys or rows
 * in opposite orders (no deadlock). A chunk holds it for its five
 * statements, a few milliseconds. `remember` from the channels does not
 * take it: one advert at a time, it may at worst open a second cluster for
 * an advert a chunk is opening, as two `remember` calls may, and its
 * sighting is added to whatever the chunk adds.
 */
async function chunkLock(tx: Tx): Promise<string> {
  const result = (await tx.execute(sql`
    select pg_advisory_xact_lock(hashtext('offercheck:advert-memory-chunk')),
           to_char(now() at time zone 'UTC', 'YYYY-MM-DD') as today`)) as unknown as { rows: { today: string }[] };
  return result.rows[0]!.today;
}

/** Inserts the key hashes not yet counted; answers those that were new. Sorted, so overlapping chunks lock keys in one order. */
async function insertKeys(tx: Tx, hashes: readonly string[]): Promise<Set<string>> {
  const result = (await tx.execute(sql`
    insert into ${advertSightingKeys} (key_hash)
    select k from jsonb_array_elements_text(${JSON.stringify([...new Set(hashes)].sort())}::jsonb) as k order by k
    on conflict do nothing
    returning key_hash`)) as unknown as { rows: { key_hash: string }[] };
  return new Set(result.rows.map((r) => r.key_hash));
}

/** The stored clusters sharing a band key with any of the adverts: every candidate any of them could match. */
async function storedCandidates(tx: Tx, bands: Iterable<number>): Promise<StoredCluster[]> {
  const result = (await tx.execute(sql`
    select id, signature, bands, sightings, reported, to_char(first_seen at time zone 'UTC', 'YYYY-MM-DD') as "firstSeen"
    from ${advertClusters}
    where id = any(array(select cluster_id from ${advertBands} where key = any(${intArray(bands)}::int4[])))`)) as unknown as {
    rows: (Omit<StoredCluster, "id"> & { id: string | number })[];
  };
  return result.rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/**
 * Adds the chunk's sightings to stored clusters, and the countries and
 * sources they lack in the order the chunk brought them. Added, not
 * written as read: a sighting counted meanwhile elsewhere is kept.
 */
async function growClusters(tx: Tx, grown: readonly ClusterGrowth[]): Promise<void> {
  if (grown.length === 0) return;
  const appended = (column: "countries" | "sources") =>
    sql.raw(`c.${column} || array(select x from unnest(v.${column}) with ordinality as t(x, o) where x <> all(c.${column}) order by o)`);
  await tx.execute(sql`
    update ${advertClusters} c set
      sightings = c.sightings + v.sightings,
      last_seen = now(),
      countries = ${appended("countries")},
      sources = ${appended("sources")}
    from jsonb_to_recordset(${JSON.stringify(grown)}::jsonb) as v(id bigint, sightings int, countries text[], sources text[])
    where c.id = v.id`);
}

/** Inserts the clusters the chunk opened, in the order opened (their ids follow it), with their bands. */
async function openClusters(tx: Tx, opened: readonly OpenedCluster[]): Promise<void> {
  if (opened.length === 0) return;
  const rows = JSON.stringify(opened.map((c, ord) => ({ ord, signature: c.print.signature, bands: c.print.bands, sightings: c.sightings, countries: c.countries, sources: c.sources })));
  await tx.execute(sql`
    with v as (
      select * from jsonb_to_recordset(${rows}::jsonb) as v(ord int, signature int4[], bands int4[], sightings int, countries text[], sources text[])
    ), inserted as (
      insert into ${advertClusters} (signature, bands, sightings, countries, sources)
      select signature, bands, sightings, countries, sources from v order by ord
      returning id, bands
    )
    insert into ${advertBands} (key, cluster_id)
    select distinct k, i.id from inserted i, unnest(i.bands) as k
    on conflict do nothing`);
}

/** Remembers a chunk of sightings as `remember` would one by one; `keyHash` is the memory's keyed hash of idempotency keys. */
export async function rememberChunk(db: Db, keyHash: (key: string) => string, sightings: readonly Sighting[]): Promise<SimilarAdverts[]> {
  const chunk: ChunkSighting[] = sightings.map((s) => {
    const print = fingerprintOf(s.text);
    return { print, keyHash: print ? keyHash(s.key) : "", source: s.source, country: s.country };
  });
  const printed = chunk.filter((s) => s.print !== null);
  if (printed.length === 0) return chunk.map(() => NOTHING);
  return db.transaction(async (tx) => {
    const today = await chunkLock(tx);
    const fresh = await insertKeys(tx, printed.map((s) => s.keyHash));
    const stored = await storedCandidates(tx, new Set(printed.flatMap((s) => s.print!.bands)));
    const replay = replayChunk(stored, chunk, fresh, today);
    await growClusters(tx, replay.grown);
    await openClusters(tx, replay.opened);
    return replay.answers;
  });
}

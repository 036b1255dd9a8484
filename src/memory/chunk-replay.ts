import { equalPositions, MIN_EQUAL, type Fingerprint } from "./signature.ts";
import { clusterCountry, NOTHING, summed, type ClusterCounts } from "./similar.ts";
import type { SimilarAdverts } from "./types.ts";

/**
 * A chunk of sightings replayed in order, in memory, against the clusters
 * the database already holds: what `remember` called on each in turn would
 * have answered and written, worked out without a round trip per advert.
 *
 * The replay follows `remember` step by step. A sighting is counted when
 * its key is new to the database and to the chunk so far; its
 * near-duplicates are the clusters (stored, or opened earlier in the
 * chunk) sharing a band key with it whose signatures agree in at least
 * MIN_EQUAL positions, the most similar first and, among equals, the
 * oldest; it joins the first of them, or opens a cluster of its own.
 */

/** A cluster the database holds whose bands an advert of the chunk shares. */
export interface StoredCluster extends ClusterCounts {
  id: number;
  signature: readonly number[];
  bands: readonly number[];
}

export interface ChunkSighting {
  /** Null: the advert has no words; it is neither counted nor compared. */
  print: Fingerprint | null;
  /** The keyed hash of its idempotency key. */
  keyHash: string;
  source: string;
  country: string | null;
}

/** What a stored cluster gains: sightings to add, countries and sources to add when it lacks them, in order. */
export interface ClusterGrowth {
  id: number;
  sightings: number;
  countries: string[];
  sources: string[];
}

/** A cluster opened by the chunk, in the order opened. */
export interface OpenedCluster {
  print: Fingerprint;
  sightings: number;
  countries: string[];
  sources: string[];
}

export interface ChunkReplay {
  answers: SimilarAdverts[];
  /** Stored clusters that gained sightings, by id (the order rows are updated in). */
  grown: ClusterGrowth[];
  opened: OpenedCluster[];
}

interface Tracked extends ClusterCounts {
  /** Stored clusters sort by id; the chunk's own come after all of them (their ids are drawn later), in the order opened. */
  rank: [opened: 0 | 1, order: number];
  signature: readonly number[];
  /** A stored cluster's: those the chunk brought (the update adds the ones it lacks); an opened cluster's: all. */
  countries: string[];
  sources: string[];
  /** Sightings the chunk added. */
  added: number;
}

const addOnce = (list: string[], value: string | null) => {
  if (value !== null && !list.includes(value)) list.push(value);
};

const byRank = (a: Tracked["rank"], b: Tracked["rank"]) => a[0] - b[0] || a[1] - b[1];

/**
 * Replays the sightings in order. `freshKeys`: the key hashes the database
 * had not seen (the chunk's insert of all of them answered these); the
 * first sighting of the chunk with such a key is counted, later ones with
 * it are repeats.
 */
export function replayChunk(stored: readonly StoredCluster[], sightings: readonly ChunkSighting[], freshKeys: ReadonlySet<string>, today: string): ChunkReplay {
  const byBand = new Map<number, Tracked[]>();
  const index = (cluster: Tracked, bands: readonly number[]) => {
    for (const key of new Set(bands)) {
      const list = byBand.get(key);
      if (list) list.push(cluster);
      else byBand.set(key, [cluster]);
    }
  };
  const storedIds = new Map<Tracked, number>();
  for (const c of stored) {
    const tracked: Tracked = { ...c, rank: [0, c.id], countries: [], sources: [], added: 0 };
    storedIds.set(tracked, c.id);
    index(tracked, c.bands);
  }

  const unused = new Set(freshKeys);
  const opened: (Tracked & { print: Fingerprint })[] = [];
  const answers = sightings.map((sighting): SimilarAdverts => {
    const print = sighting.print;
    if (!print) return NOTHING;
    const fresh = unused.delete(sighting.keyHash);
    const matches = nearDuplicates(byBand, print);
    if (!fresh) return summed(matches);
    const country = clusterCountry(sighting.country);
    const best = matches[0];
    if (!best) {
      const cluster = { print, signature: print.signature, rank: [1, opened.length] as Tracked["rank"], sightings: 1, reported: 0, firstSeen: today, countries: [], sources: [], added: 1 };
      addOnce(cluster.countries, country);
      addOnce(cluster.sources, sighting.source);
      opened.push(cluster);
      index(cluster, print.bands);
      return summed([cluster]);
    }
    best.sightings++;
    best.added++;
    addOnce(best.countries, country);
    addOnce(best.sources, sighting.source);
    return summed(matches);
  });

  const grown = [...storedIds]
    .filter(([c]) => c.added > 0)
    .map(([c, id]) => ({ id, sightings: c.added, countries: c.countries, sources: c.sources }))
    .sort((a, b) => a.id - b.id);
  return { answers, grown, opened: opened.map((c) => ({ print: c.print, sightings: c.sightings, countries: c.countries, sources: c.sources })) };
}

/** The clusters sharing a band with the advert that are near-duplicates of it, most similar first, then oldest. */
function nearDuplicates(byBand: ReadonlyMap<number, Tracked[]>, print: Fingerprint): Tracked[] {
  const candidates = new Set<Tracked>();
  for (const key of print.bands) for (const c of byBand.get(key) ?? []) candidates.add(c);
  return [...candidates]
    .map((cluster) => ({ cluster, equal: equalPositions(cluster.signature, print.signature) }))
    .filter((m) => m.equal >= MIN_EQUAL)
    .sort((a, b) => b.equal - a.equal || byRank(a.cluster.rank, b.cluster.rank))
    .map((m) => m.cluster);
}

import type { SimilarAdverts } from "./types.ts";

/** The answer for an advert like none remembered. */
export const NOTHING: SimilarAdverts = { count: 0, firstSeen: null, reported: 0 };

/** What a cluster of near-duplicates has counted, as far as an answer needs. */
export interface ClusterCounts {
  sightings: number;
  reported: number;
  /** Day of its first sighting, YYYY-MM-DD (UTC). */
  firstSeen: string;
}

/** What the matching clusters say together: a copy may have started two clusters (two instances seeing it at once). */
export function summed(matches: readonly ClusterCounts[]): SimilarAdverts {
  if (matches.length === 0) return NOTHING;
  let count = 0;
  let reported = 0;
  let firstSeen = matches[0]!.firstSeen;
  for (const m of matches) {
    count += m.sightings;
    reported += m.reported;
    if (m.firstSeen < firstSeen) firstSeen = m.firstSeen;
  }
  return { count, firstSeen, reported };
}

/** A sighting's country as clusters keep it: an ISO alpha-2 code, or nothing. */
export function clusterCountry(country: string | null): string | null {
  return country && /^[A-Z]{2}$/.test(country) ? country : null;
}

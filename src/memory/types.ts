/** What the helpline remembers of adverts almost the same as one advert (Jaccard ≥ 0.8). */
export interface SimilarAdverts {
  /** Sightings of near-duplicates, this one included once it is remembered. */
  count: number;
  /** Day of the first sighting (YYYY-MM-DD), or null when none. */
  firstSeen: string | null;
  /** Reports filed about near-duplicates. */
  reported: number;
}

export interface Sighting {
  /** The advert's text, after the reporter's own details are scrubbed; never stored as text. */
  text: string;
  /** Where it was seen: a channel ("telegram", "whatsapp", "web"), "partner" or "monitor". */
  source: string;
  /** ISO 3166 alpha-2, when known. */
  country: string | null;
  /** Idempotency key: the same key is counted once however often it is remembered. */
  key: string;
}

export interface AdvertMemory {
  /** Counts this sighting (once per key) and answers for its near-duplicates. */
  remember(sighting: Sighting): Promise<SimilarAdverts>;
  /**
   * Remembers the sightings of a chunk (a batch's, a partner's request) in
   * one go. Counts and answers exactly as `remember` called on each in
   * turn would: a key already seen, or seen earlier in the chunk, is not
   * counted again, and an advert joins the cluster an earlier near-duplicate
   * of the same chunk opened. Answers in the order given.
   */
  rememberMany(sightings: readonly Sighting[]): Promise<SimilarAdverts[]>;
  /** Answers without counting (a read-only look). */
  recall(text: string): Promise<SimilarAdverts>;
  /** A report was filed about this advert. */
  markReported(text: string): Promise<void>;
}

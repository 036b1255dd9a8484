/**
 * FNV-1a over UTF-16 code units, read from the text in place (no substring):
 * the lexicon index looks runs up by it, and the wording model buckets
 * n-grams by it, the same in its fit as in a check.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** The hash of `text[start, end)` as a 32-bit integer; callers keep the low bits they need. */
export function fnv1a(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

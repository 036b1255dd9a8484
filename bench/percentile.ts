/** The value at percentile `p` (0–100) of ascending `sorted` by nearest rank, as every bench reports p50 and p99; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

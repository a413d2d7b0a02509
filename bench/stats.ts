/** The middle value (the upper one of an even count): robust to the odd round a GC or another process spoils. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** "261, 271, 347" for a line of per-round timings. */
export function formatRounds(times: readonly number[], digits = 0): string {
  return times.map((time) => time.toFixed(digits)).join(', ');
}

/** The middle of numbers sorted ascending; of an even count, the mean of the middle two. */
export function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

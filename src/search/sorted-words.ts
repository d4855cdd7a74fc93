/** The first position in sorted `words` whose word is not before `word`: where it is or would go. */
export function lowerBound(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((words[mid] as string) < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

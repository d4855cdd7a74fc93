/** True when `a` becomes `b` by at most one insertion, deletion, substitution or transposition. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // Compared in place rather than sliced: this runs on every word of a vocabulary.
  if (a.length === b.length) {
    if (sameFrom(a, i + 1, b, i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2);
  }
  return a.length > b.length ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
}

/** Whether `a` from `at` and `b` from `bt` hold the same characters to their ends. */
function sameFrom(a: string, at: number, b: string, bt: number): boolean {
  if (a.length - at !== b.length - bt) return false;
  for (; at < a.length; at++, bt++) if (a.charCodeAt(at) !== b.charCodeAt(bt)) return false;
  return true;
}

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

/** Letters next to each other on a QWERTY keyboard, where a finger that slips lands. */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const keyAt = new Map(
  KEY_ROWS.flatMap((row, r) => [...row].map((key, c) => [key, { r, c: c + r / 2 }] as const)),
);
const VOWELS = new Set('aeiou');

/**
 * Whether one letter written for another is a likely slip: a neighbouring key ("tje"), or a vowel
 * for a vowel ("immigrent"), as people spell by ear. Any other swap of one letter more often makes
 * another word: "lawer" is "lawyer" missing a letter, not "later".
 */
function likelyLetterSlip(typed: string, meant: string): boolean {
  if (VOWELS.has(typed) && VOWELS.has(meant)) return true;
  const a = keyAt.get(typed);
  const b = keyAt.get(meant);
  return a !== undefined && b !== undefined && Math.abs(a.r - b.r) <= 1 && Math.abs(a.c - b.c) <= 1;
}

/**
 * For a word one edit from the word meant: whether the edit is one people make by slip or by ear, a
 * letter left out, doubled or swapped, or a likely letter for another (`likelyLetterSlip`).
 */
export function isLikelySlip(typed: string, meant: string): boolean {
  if (typed.length !== meant.length) return true;
  const differ = [...typed].flatMap((c, i) => (c === meant[i] ? [] : [i]));
  if (differ.length !== 1) return true;
  const at = differ[0] as number;
  return likelyLetterSlip(typed[at] as string, meant[at] as string);
}

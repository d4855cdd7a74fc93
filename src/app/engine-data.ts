import type { Entry, Knowledge } from '../knowledge/knowledge.js';
import { knowledgeIn } from '../knowledge/language-view.js';
import type { PlaceDirectory } from '../knowledge/place-directory.js';
import type { Source } from '../knowledge/schema.js';
import { languages, type Language } from '../knowledge/languages.js';
import {
  passageIndexFromTables,
  passageIndexTables,
  type PassageIndexTables,
} from '../search/passage-index.js';
import {
  restoreLanguageLexicon,
  savedLanguageLexicon,
  type SavedLanguageLexicon,
} from '../language/vocabulary-language.js';
import {
  commonEnglishWords,
  useCommonEnglish,
  type CommonEnglishWords,
} from '../search/topic-words.js';
import {
  savedSynonymTables,
  useSynonymTables,
  type SavedSynonymTables,
} from '../search/synonyms.js';
import {
  savedOffTopicTables,
  useOffTopicTables,
  type SavedOffTopicTables,
} from '../search/off-topic.js';
import { createAnswerEngine, lazyLanguageIndexes, type AnswerEngine } from './answer-engine.js';

/**
 * An engine as plain JSON: the checked knowledge and each language's index tables. A snapshot on
 * disk holds it, and so does the web pages' search, which answers with the same engine in the
 * browser: loading it back never parses or checks the knowledge again.
 */
export interface EngineData {
  knowledge: {
    version: string;
    reviewed: string;
    sources: Source[];
    entries: Entry[];
    places: PlaceDirectory;
  };
  indexes: Record<Language, PassageIndexTables>;
  lexicon: SavedLanguageLexicon;
  /** What answering reads of everyday English: loading it back never reads SUBTLEX. */
  commonEnglish: CommonEnglishWords;
  /** The stemmed phrase tables of the code itself (synonyms, other meanings, declined asks). */
  phrases: { synonyms: SavedSynonymTables; offTopic: SavedOffTopicTables };
}

export function engineData(engine: AnswerEngine): EngineData {
  const { knowledge } = engine;
  return {
    knowledge: {
      version: knowledge.version,
      reviewed: knowledge.reviewed,
      sources: [...knowledge.sources.values()],
      entries: [...knowledge.entries],
      places: knowledge.places,
    },
    indexes: Object.fromEntries(
      languages.map((language) => [language, passageIndexTables(engine.indexes[language])]),
    ) as Record<Language, PassageIndexTables>,
    lexicon: savedLanguageLexicon(engine.lexicon),
    commonEnglish: commonEnglishWords(),
    phrases: { synonyms: savedSynonymTables(), offTopic: savedOffTopicTables() },
  };
}

function restoreKnowledge(saved: EngineData['knowledge']): Knowledge {
  const { entries } = saved;
  return {
    version: saved.version,
    reviewed: saved.reviewed,
    sources: new Map(saved.sources.map((source) => [source.id, source])),
    entries,
    entriesById: new Map(entries.map((entry) => [entry.id, entry])),
    passages: entries.flatMap((entry) => entry.passages),
    places: saved.places,
  };
}

export function engineFromData(data: EngineData): AnswerEngine {
  useCommonEnglish(data.commonEnglish);
  useSynonymTables(data.phrases.synonyms);
  useOffTopicTables(data.phrases.offTopic);
  const knowledge = restoreKnowledge(data.knowledge);
  // Each language's tables become an index on first use: an English question never waits for
  // the Spanish one. Only the tables not yet made are held, not the whole snapshot: its base64
  // postings and word lists are copied into the index (measured: 4 MB kept for a process's life).
  const tables = new Map(Object.entries(data.indexes) as [Language, PassageIndexTables][]);
  const indexes = lazyLanguageIndexes((language) => {
    const saved = tables.get(language);
    if (!saved) throw new Error(`the snapshot holds no ${language} index`);
    tables.delete(language);
    return passageIndexFromTables(saved, knowledgeIn(knowledge, language));
  });
  return createAnswerEngine(knowledge, {
    indexes,
    lexicon: restoreLanguageLexicon(data.lexicon),
  });
}

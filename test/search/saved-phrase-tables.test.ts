/**
 * A saved engine carries the code's stemmed phrase tables, and a process that loads one reads
 * them instead of stemming every phrase again: questions must read exactly as with tables built.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analysisOf } from '../../src/search/analysis.js';
import {
  asksWhatIsDeclined,
  otherMeaningWords,
  savedOffTopicTables,
} from '../../src/search/off-topic.js';
import { expandSynonyms, savedSynonymTables } from '../../src/search/synonyms.js';

const QUESTIONS = [
  ['en', 'can the cops hold my brother for la migra after he makes bail'],
  ['en', 'what are the office hours of the ice office in hartford'],
  ['en', 'he kept asking about the home run, can ICE see my data'],
  ['es', 'la policia puede entregar a mi primo a la migra si no tiene papeles'],
  ['es', 'a que hora abre el consulado, y me pueden deportar'],
] as const;

describe('saved phrase tables', () => {
  // Files share their imports (vitest.config.ts): the copies made here, one of them given empty
  // tables, must not be what a later file imports.
  afterEach(() => {
    vi.resetModules();
  });

  it('read every question as the tables built from the code do', async () => {
    const saved = JSON.parse(
      JSON.stringify({ synonyms: savedSynonymTables(), offTopic: savedOffTopicTables() }),
    ) as {
      synonyms: ReturnType<typeof savedSynonymTables>;
      offTopic: ReturnType<typeof savedOffTopicTables>;
    };
    // A fresh copy of the modules, as a process that loads a snapshot has: no table built yet.
    vi.resetModules();
    const fresh = {
      synonyms: await import('../../src/search/synonyms.js'),
      offTopic: await import('../../src/search/off-topic.js'),
      analysis: await import('../../src/search/analysis.js'),
    };
    fresh.synonyms.useSynonymTables(saved.synonyms);
    fresh.offTopic.useOffTopicTables(saved.offTopic);
    for (const [language, question] of QUESTIONS) {
      const words = analysisOf(language).words(question);
      const restored = fresh.analysis.analysisOf(language);
      expect(fresh.synonyms.expandSynonyms(words, restored)).toEqual(
        expandSynonyms(words, analysisOf(language)),
      );
      expect(fresh.offTopic.otherMeaningWords(words, restored)).toEqual(
        otherMeaningWords(words, analysisOf(language)),
      );
      expect(fresh.offTopic.asksWhatIsDeclined(words, restored)).toBe(
        asksWhatIsDeclined(words, analysisOf(language)),
      );
    }
    expect(saved.synonyms.en.length).toBeGreaterThan(50);
    expect(saved.offTopic.es.declined.length).toBeGreaterThan(50);
  });

  it('are what a process that loaded them reads, not tables it builds again', async () => {
    vi.resetModules();
    const synonyms = await import('../../src/search/synonyms.js');
    const offTopic = await import('../../src/search/off-topic.js');
    const empty = { en: [], es: [] };
    synonyms.useSynonymTables(empty);
    const none = { words: [], otherMeanings: [], declined: [], declinedWords: [], errands: [] };
    offTopic.useOffTopicTables({ en: none, es: none });
    const words = analysisOf('en').words('what are the office hours of the cops');
    expect(expandSynonyms(words)).not.toEqual([]);
    expect(synonyms.expandSynonyms(words)).toEqual([]);
    expect(asksWhatIsDeclined(words)).toBe(true);
    expect(offTopic.asksWhatIsDeclined(words)).toBe(false);
  });
});

/**
 * MiniSearch over the same passages, as a reference line: a well-tuned in-memory engine doing the
 * same kind of work (boosted fields, prefix and fuzzy matching, OR), with the very same analysis
 * (legal normalization, stop words, stemming), so that the difference is the engine and our ranking.
 */
import MiniSearch from 'minisearch';
import type { Knowledge } from '../src/knowledge/knowledge.js';
import { isStopWord, stem, words } from '../src/search/analyze.js';
import { FIELD_BOOSTS, type FieldName } from '../src/search/passage-index.js';
import { MAX_QUESTION_CHARS } from '../src/search/question-terms.js';
import { MIN_FUZZY_LENGTH, MIN_PREFIX_LENGTH } from '../src/search/query-plan.js';

type MiniDocument = Record<FieldName, string> & { id: string };

export function buildMiniSearch(knowledge: Knowledge): MiniSearch<MiniDocument> {
  const miniSearch = new MiniSearch<MiniDocument>({
    fields: Object.keys(FIELD_BOOSTS),
    tokenize: words,
    processTerm: (term) => (isStopWord(term) ? null : stem(term)),
    searchOptions: {
      boost: { ...FIELD_BOOSTS },
      prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
      fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? 0.2 : false),
      combineWith: 'OR',
    },
  });
  miniSearch.addAll(
    knowledge.passages.map((passage) => {
      const entry = knowledge.entriesById.get(passage.entryId);
      return {
        id: passage.id,
        text: passage.text,
        heading: passage.heading ?? '',
        title: entry?.title ?? '',
        summary: entry?.summary ?? '',
        tags: entry
          ? [...entry.aliases, ...entry.tags, entry.id.replaceAll('-', ' ')].join(' ')
          : '',
      };
    }),
  );
  return miniSearch;
}

/** The question cut as our search cuts it: every engine is handed the same bounded input. */
export const searchMiniSearch = (miniSearch: MiniSearch<MiniDocument>, question: string) =>
  miniSearch.search(question.slice(0, MAX_QUESTION_CHARS));

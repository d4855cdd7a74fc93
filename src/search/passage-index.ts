import lunr from 'lunr';
import type { Entry, Knowledge, Passage } from '../knowledge/knowledge.js';
import { analyze } from './analyze.js';
import { buildCuratedQuestions, type CuratedQuestions } from './curated-questions.js';
import { buildPhrasingClassifier, type PhrasingClassifier } from './phrasing-classifier.js';
import { entryFacts, type EntryFacts } from './entry-facts.js';
import { everydayEnglish, topicSpecificity, type EverydayEnglish } from './topic-words.js';
import { buildTypoDictionary, type TypoDictionary } from './typo-dictionary.js';
import { buildPostings, type Postings } from './postings.js';

/** Field weights: a word in an entry's title or tags says more about it than one in its body. */
export const FIELD_BOOSTS = { text: 1, heading: 1.5, summary: 2, tags: 3, title: 4 } as const;

export type FieldName = keyof typeof FIELD_BOOSTS;

export const FIELDS = Object.keys(FIELD_BOOSTS) as FieldName[];

export interface PassageIndex {
  index: lunr.Index;
  knowledge: Knowledge;
  passagesById: ReadonlyMap<string, Passage>;
  /** Passage number (the position in `knowledge.passages`) -> entry number (in `knowledge.entries`). */
  entryOfPassage: Int32Array;
  /** Entry number -> its first passage: what an entry matched only by its phrasings shows. */
  firstPassageOf: Int32Array;
  postings: Postings;
  /** Every indexed term, sorted, for prefix look-ups without touching Lunr's query parser. */
  vocabulary: readonly string[];
  vocabularySet: ReadonlySet<string>;
  /** How many passages contain each term: rare terms weigh more in coverage. */
  documentFrequency: ReadonlyMap<string, number>;
  /** The ways people ask for each entry. */
  curated: CuratedQuestions;
  classifier: PhrasingClassifier;
  /** Per entry (in `knowledge.entries` order): region, period, status. */
  facts: readonly EntryFacts[];
  /** Per term: how much more this knowledge uses it than everyday English (see `topicSpecificity`). */
  specificity: ReadonlyMap<string, number>;
  english: EverydayEnglish;
  typos: TypoDictionary;
  /** Names only the news uses ("maldef", "saenz"): a question naming one is about the news. */
  newsTerms: ReadonlySet<string>;
}

type IndexedDocument = Record<FieldName, string> & { id: string };

function documentFor(passage: Passage, entry: Entry): IndexedDocument {
  const analyzed = (text: string) => analyze(text).join(' ');
  return {
    id: passage.id,
    text: analyzed(passage.text),
    heading: analyzed(passage.heading ?? ''),
    title: analyzed(entry.title),
    summary: analyzed(entry.summary),
    tags: analyzed([...entry.aliases, ...entry.tags, entry.id.replaceAll('-', ' ')].join(' ')),
  };
}

function firstPassages(knowledge: Knowledge, entryNumber: ReadonlyMap<string, number>): Int32Array {
  const first = new Int32Array(knowledge.entries.length).fill(-1);
  knowledge.passages.forEach((passage, number) => {
    const entry = entryNumber.get(passage.entryId);
    if (entry !== undefined && first[entry] === -1) first[entry] = number;
  });
  return first;
}

/** A word everyday English almost never uses, found in a news entry and at most one other. */
const NEWS_NAME_SPECIFICITY = 4;

function newsOnlyTerms(
  knowledge: Knowledge,
  specificity: ReadonlyMap<string, number>,
): Set<string> {
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
          news > 0 && other <= 1 && (specificity.get(term) ?? 0) >= NEWS_NAME_SPECIFICITY,
      )
      .map(([term]) => term),
  );
}

function withDerivedTables(index: lunr.Index, knowledge: Knowledge): PassageIndex {
  const specificity = topicSpecificity(knowledge, everydayEnglish());
  const curated = buildCuratedQuestions(knowledge);
  const inverted = (index as unknown as { invertedIndex: unknown }).invertedIndex as Record<
    string,
    Record<string, unknown>
  >;
  const vocabulary = Object.keys(inverted).sort();
  const documentFrequency = new Map<string, number>();
  for (const term of vocabulary) {
    const refs = new Set<string>();
    for (const [field, postings] of Object.entries(inverted[term] ?? {})) {
      if (field !== '_index') for (const ref of Object.keys(postings as object)) refs.add(ref);
    }
    documentFrequency.set(term, refs.size);
  }
  const entryNumber = new Map(knowledge.entries.map((entry, i) => [entry.id, i]));
  return {
    index,
    knowledge,
    passagesById: new Map(knowledge.passages.map((p) => [p.id, p])),
    entryOfPassage: Int32Array.from(knowledge.passages, (p) => entryNumber.get(p.entryId) ?? -1),
    firstPassageOf: firstPassages(knowledge, entryNumber),
    postings: buildPostings(
      index,
      FIELDS,
      knowledge.passages.map((p) => p.id),
    ),
    vocabulary,
    vocabularySet: new Set(vocabulary),
    documentFrequency,
    curated,
    classifier: buildPhrasingClassifier(curated, knowledge.entries.length),
    facts: entryFacts(knowledge),
    specificity,
    english: everydayEnglish(),
    typos: buildTypoDictionary(knowledge),
    newsTerms: newsOnlyTerms(knowledge, specificity),
  };
}

/**
 * Builds one Lunr index of every passage. Text is analyzed before Lunr sees it (see `analyze`), so
 * Lunr's own pipeline is emptied: the index and the queries must run the very same steps.
 */
export function buildPassageIndex(knowledge: Knowledge): PassageIndex {
  const index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('id');
    for (const field of FIELDS) this.field(field, { boost: FIELD_BOOSTS[field] });
    for (const passage of knowledge.passages) {
      const entry = knowledge.entriesById.get(passage.entryId);
      if (entry) this.add(documentFor(passage, entry));
    }
  });
  return withDerivedTables(index, knowledge);
}

/** Loads an index serialized with `JSON.stringify(index.index)`; it must match `knowledge`. */
export function loadPassageIndex(serialized: object, knowledge: Knowledge): PassageIndex {
  return withDerivedTables(lunr.Index.load(serialized), knowledge);
}

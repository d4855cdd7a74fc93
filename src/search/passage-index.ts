import lunr from 'lunr';
import type { Entry, Knowledge, Passage } from '../knowledge/knowledge.js';
import { analyze } from './analyze.js';
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
  postings: Postings;
  /** Every indexed term, sorted, for prefix look-ups without touching Lunr's query parser. */
  vocabulary: readonly string[];
  vocabularySet: ReadonlySet<string>;
  /** How many passages contain each term: rare terms weigh more in coverage. */
  documentFrequency: ReadonlyMap<string, number>;
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

function withDerivedTables(index: lunr.Index, knowledge: Knowledge): PassageIndex {
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
    postings: buildPostings(
      index,
      FIELDS,
      knowledge.passages.map((p) => p.id),
    ),
    vocabulary,
    vocabularySet: new Set(vocabulary),
    documentFrequency,
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

/**
 * Lets go of what only building and serializing need: Lunr's inverted index and field vectors,
 * whose contents the postings and term tables now hold. Queries read Lunr's token set only. On
 * the shipped knowledge this is about half of the index's memory. Serialize the index before.
 */
export function releaseBuildTables(index: PassageIndex): void {
  const lunrIndex = index.index as unknown as { invertedIndex: object; fieldVectors: object };
  lunrIndex.invertedIndex = {};
  lunrIndex.fieldVectors = {};
}

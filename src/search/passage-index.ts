import lunr from 'lunr';
import type { Entry, Knowledge, Passage } from '../knowledge/knowledge.js';
import type { Language } from '../knowledge/languages.js';
import { analysisOf, type Analysis } from './analysis.js';
import {
  entryTables,
  restoreEntryTables,
  savedEntryTables,
  type EntryTables,
  type SavedEntryTables,
} from './entry-tables.js';
import { buildPostings, type Postings } from './postings.js';

/** Field weights: a word in an entry's title or tags says more about it than one in its body. */
export const FIELD_BOOSTS = { text: 1, heading: 1.5, summary: 2, tags: 3, title: 4 } as const;

export type FieldName = keyof typeof FIELD_BOOSTS;

export const FIELDS = Object.keys(FIELD_BOOSTS) as FieldName[];

export interface PassageIndex extends EntryTables {
  /** The language of the questions it answers and of the knowledge view it indexes. */
  language: Language;
  analysis: Analysis;
  /**
   * Lunr's own index, where this process built it: the postings and term tables are read out of
   * it, and it serializes. Queries read only those tables, which is all a restored index holds.
   */
  index?: lunr.Index;
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
}

type IndexedDocument = Record<FieldName, string> & { id: string };

function documentFor(passage: Passage, entry: Entry, { analyze }: Analysis): IndexedDocument {
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

/** What the index knows of the passages themselves, derived from the knowledge alone. */
function passageTables(knowledge: Knowledge) {
  const entryNumber = new Map(knowledge.entries.map((entry, i) => [entry.id, i]));
  return {
    knowledge,
    passagesById: new Map(knowledge.passages.map((p) => [p.id, p])),
    entryOfPassage: Int32Array.from(knowledge.passages, (p) => entryNumber.get(p.entryId) ?? -1),
    firstPassageOf: firstPassages(knowledge, entryNumber),
  };
}

function withDerivedTables(
  index: lunr.Index,
  knowledge: Knowledge,
  analysis: Analysis,
): PassageIndex {
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
  return {
    language: analysis.language,
    analysis,
    index,
    ...passageTables(knowledge),
    postings: buildPostings(
      index,
      FIELDS,
      knowledge.passages.map((p) => p.id),
    ),
    vocabulary,
    vocabularySet: new Set(vocabulary),
    documentFrequency,
    ...entryTables(knowledge, analysis),
  };
}

/**
 * Builds one Lunr index of every passage. Text is analyzed before Lunr sees it (see `analyze`), so
 * Lunr's own pipeline is emptied: the index and the queries must run the very same steps.
 */
export function buildPassageIndex(knowledge: Knowledge, language: Language = 'en'): PassageIndex {
  const analysis = analysisOf(language);
  const index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('id');
    for (const field of FIELDS) this.field(field, { boost: FIELD_BOOSTS[field] });
    for (const passage of knowledge.passages) {
      const entry = knowledge.entriesById.get(passage.entryId);
      if (entry) this.add(documentFor(passage, entry, analysis));
    }
  });
  return withDerivedTables(index, knowledge, analysis);
}

/** Loads an index serialized with `JSON.stringify(index.index)`; it must match `knowledge`. */
export function loadPassageIndex(
  serialized: object,
  knowledge: Knowledge,
  language: Language = 'en',
): PassageIndex {
  return withDerivedTables(lunr.Index.load(serialized), knowledge, analysisOf(language));
}

/**
 * Lets go of what only building and serializing need: Lunr's own index, whose contents the
 * postings and term tables now hold. On the shipped knowledge this is most of the index's
 * memory. Serialize the index before.
 */
export function releaseBuildTables(index: PassageIndex): void {
  delete index.index;
}

/**
 * An index as plain JSON, for a snapshot of the engine: the term tables and postings queries
 * read, without Lunr's inverted index and field vectors (three quarters of Lunr's own
 * serialization, only ever read to derive these). Typed arrays are the base64 of their bytes.
 */
export interface PassageIndexTables {
  language: Language;
  entries: SavedEntryTables;
  /** Sorted; its token set is rebuilt from it, exactly as Lunr builds it. */
  vocabulary: string[];
  /** Per vocabulary term. */
  documentFrequency: number[];
  fieldCount: number;
  /** The term of each postings slot. */
  slotTerms: string[];
  starts: string;
  passages: string;
  weights: string;
}

const base64Of = (array: Int32Array | Float64Array) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

/** A fresh, aligned array: a decoded Buffer may sit at any offset of Node's shared pool. */
function arrayOf<T extends Int32Array | Float64Array>(
  base64: string,
  create: (length: number) => T,
): T {
  const bytes = Buffer.from(base64, 'base64');
  const array = create(bytes.length / create(0).BYTES_PER_ELEMENT);
  new Uint8Array(array.buffer).set(bytes);
  return array;
}

export function passageIndexTables(index: PassageIndex): PassageIndexTables {
  const { postings, vocabulary } = index;
  return {
    language: index.language,
    entries: savedEntryTables(index),
    vocabulary: [...vocabulary],
    documentFrequency: vocabulary.map((term) => index.documentFrequency.get(term) ?? 0),
    fieldCount: postings.fieldCount,
    slotTerms: [...postings.slotOf.keys()],
    starts: base64Of(postings.starts),
    passages: base64Of(postings.passages),
    weights: base64Of(postings.weights),
  };
}

/** The index `passageIndexTables` saved, over the same knowledge; it answers as the original. */
export function passageIndexFromTables(
  tables: PassageIndexTables,
  knowledge: Knowledge,
): PassageIndex {
  const { vocabulary, language } = tables;
  return {
    language,
    analysis: analysisOf(language),
    ...passageTables(knowledge),
    postings: {
      fieldCount: tables.fieldCount,
      slotOf: new Map(tables.slotTerms.map((term, slot) => [term, slot])),
      starts: arrayOf(tables.starts, (n) => new Int32Array(n)),
      passages: arrayOf(tables.passages, (n) => new Int32Array(n)),
      weights: arrayOf(tables.weights, (n) => new Float64Array(n)),
    },
    vocabulary,
    vocabularySet: new Set(vocabulary),
    documentFrequency: new Map(
      vocabulary.map((term, i) => [term, tables.documentFrequency[i] ?? 0]),
    ),
    ...restoreEntryTables(tables.entries, knowledge),
  };
}

import lunr from 'lunr';
import type { Entry, Passage } from '../knowledge/knowledge.js';
import { withinOneEdit } from './edit-distance.js';
import type { PassageIndex } from './passage-index.js';
import { questionTerms, type QuestionTerm } from './question-terms.js';

export interface SearchOptions {
  /** At most this many entries, one passage each. */
  limit?: number;
  tuning?: Partial<SearchTuning>;
}

/** Ranking weights, measured with `npm run eval` on the public and paraphrased questions. */
export interface SearchTuning {
  /** How strongly missing question words lower a passage's score. */
  coverageExponent: number;
  /** 0 weighs every question word alike; 1 weighs by full inverse document frequency. */
  idfWeight: number;
  /** Share of an entry's other matching passages added to its best: entries about the topic win. */
  entryBonus: number;
}

export const DEFAULT_TUNING: SearchTuning = { coverageExponent: 2, idfWeight: 0.5, entryBonus: 0 };

export const MAX_RESULTS = 5;

/** Below this share of the question's (weighted) terms, a passage does not answer it. */
export const MIN_COVERAGE = 0.5;
/** A result below this fraction of the best score is padding, not an answer. */
export const MIN_RELATIVE_SCORE = 0.3;
/** Prefix matching only for terms this long: shorter prefixes match half the vocabulary. */
export const MIN_PREFIX_LENGTH = 4;
/** Fuzzy matching only for terms this long: a one-letter change to a short word is another word. */
export const MIN_FUZZY_LENGTH = 5;

const BOOST = { exact: 10, synonym: 4, fuzzy: 3, prefix: 2, weak: 2 } as const;
/** Fields that belong to the passage itself; the others (title, summary, tags) to its entry. */
const PASSAGE_FIELDS = ['text', 'heading'];
/** Credit for a question word matched only in the entry's fields, not in the passage. */
const ENTRY_ONLY_CREDIT = 0.6;
/** Coverage weight of a modal or negation word relative to a content word. */
const WEAK_WEIGHT = 0.3;

export interface PassageHit {
  entry: Entry;
  passage: Passage;
  score: number;
  /** Weighted share of the question's terms this passage matches, 0..1. */
  coverage: number;
  /** The index terms that matched: the snippet bolds the words they come from. */
  matchedTerms: ReadonlySet<string>;
}

export interface SearchOutcome {
  /** Hits good enough to answer with, best first, one per entry. */
  hits: PassageHit[];
  /** The best hits regardless of quality: used to suggest where to read instead. */
  nearest: PassageHit[];
  /** True when the question had no searchable words at all. */
  empty: boolean;
}

interface Plan {
  terms: QuestionTerm[];
  prefixed: Set<string>;
  fuzzy: Set<string>;
  /** Synonyms found for question words: any alternative, matched whole, stands for them. */
  synonyms: { stands: string[]; alternatives: string[][] }[];
}

function hasPrefixInVocabulary(vocabulary: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((vocabulary[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  return vocabulary[low]?.startsWith(prefix) ?? false;
}

function plan(index: PassageIndex, question: string): Plan {
  const { terms, expansions } = questionTerms(question);
  const prefixed = new Set<string>();
  const fuzzy = new Set<string>();
  for (const { term } of terms) {
    // A known term needs no widening: `polic*` would drag "policy" into questions about police.
    if (index.vocabularySet.has(term) || /\d/.test(term)) continue;
    // A prefix for a word typed halfway; edit distance only where that finds nothing: a typo.
    if (term.length >= MIN_PREFIX_LENGTH && hasPrefixInVocabulary(index.vocabulary, term))
      prefixed.add(term);
    else if (term.length >= MIN_FUZZY_LENGTH) fuzzy.add(term);
  }
  const termOfWord = new Map(terms.map((t) => [t.word, t.term]));
  const synonyms = expansions
    .map((expansion) => ({
      stands: expansion.from
        .split(' ')
        .map((word) => termOfWord.get(word))
        .filter((term): term is string => term !== undefined),
      alternatives: expansion.alternatives,
    }))
    .filter((synonym) => synonym.stands.length > 0);
  return { terms, prefixed, fuzzy, synonyms };
}

function runQuery(
  index: PassageIndex,
  { terms, prefixed, fuzzy, synonyms }: Plan,
): lunr.Index.Result[] {
  const originals = new Set(terms.map((t) => t.term));
  return index.index.query((query) => {
    for (const { term, weak } of terms) {
      query.term(term, { usePipeline: false, boost: weak ? BOOST.weak : BOOST.exact });
      if (prefixed.has(term)) {
        query.term(term, {
          usePipeline: false,
          boost: BOOST.prefix,
          wildcard: lunr.Query.wildcard.TRAILING,
        });
      }
      if (fuzzy.has(term))
        query.term(term, { usePipeline: false, boost: BOOST.fuzzy, editDistance: 1 });
    }
    const synonymTerms = new Set(synonyms.flatMap((s) => s.alternatives.flat()));
    for (const term of synonymTerms) {
      if (!originals.has(term)) query.term(term, { usePipeline: false, boost: BOOST.synonym });
    }
  });
}

/** The question terms a passage's matched index terms cover: as themselves, prefixes, typos or synonyms. */
function coveredTerms(indexTerms: readonly string[], p: Plan): Set<string> {
  const covered = new Set<string>();
  for (const { term } of p.terms) {
    const found = indexTerms.some(
      (indexTerm) =>
        term === indexTerm ||
        (p.prefixed.has(term) && indexTerm.startsWith(term)) ||
        (p.fuzzy.has(term) && withinOneEdit(term, indexTerm)),
    );
    if (found) covered.add(term);
  }
  const present = new Set(indexTerms);
  for (const { stands, alternatives } of p.synonyms) {
    if (alternatives.some((alternative) => alternative.every((t) => present.has(t)))) {
      for (const term of stands) covered.add(term);
    }
  }
  return covered;
}

function termWeight(index: PassageIndex, term: string, idfWeight: number): number {
  const total = index.knowledge.passages.length || 1;
  const df = index.documentFrequency.get(term) ?? 0;
  // Unknown words weigh like a rare word: a question about something we lack is not answered.
  const idf = Math.log(1 + total / (df + 1));
  // A question that names a statute, form or year (1373, 287g, i247a, 2019) is about that one.
  const identifier = /\d/.test(term) && term.length >= 3 ? IDENTIFIER_WEIGHT : 1;
  return (1 - idfWeight + idfWeight * idf) * identifier;
}

/** A passage's coverage is its share of the question's term weights; these terms count triple. */
export const IDENTIFIER_WEIGHT = 3;

/** The weight search gives an index term: snippets centre on the words that weigh most. */
export function indexTermWeight(index: PassageIndex, term: string): number {
  return termWeight(index, term, DEFAULT_TUNING.idfWeight);
}

/** Finds the passages that answer a question: one per entry, best first, never padded. */
export function searchPassages(
  index: PassageIndex,
  question: string,
  options: SearchOptions = {},
): SearchOutcome {
  const limit = Math.min(options.limit ?? MAX_RESULTS, MAX_RESULTS);
  const tuning = { ...DEFAULT_TUNING, ...options.tuning };
  const p = plan(index, question);
  if (p.terms.length === 0) return { hits: [], nearest: [], empty: true };

  const weights = new Map(
    p.terms.map((t) => [
      t.term,
      termWeight(index, t.term, tuning.idfWeight) * (t.weak ? WEAK_WEIGHT : 1),
    ]),
  );
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0);
  const bestPerEntry = new Map<string, PassageHit>();
  const entryTotals = new Map<string, number>();

  for (const result of runQuery(index, p)) {
    const passage = index.passagesById.get(result.ref);
    const entry = passage && index.knowledge.entriesById.get(passage.entryId);
    if (!passage || !entry) continue;
    const metadata = result.matchData.metadata as Record<string, Record<string, unknown>>;
    const indexTerms = Object.keys(metadata);
    const inPassage = indexTerms.filter((t) =>
      PASSAGE_FIELDS.some((field) => field in (metadata[t] ?? {})),
    );
    const coveredHere = coveredTerms(inPassage, p);
    const coveredByEntry = coveredTerms(indexTerms, p);
    // A word found only in the entry's title or tags says the entry is on topic, not this passage.
    const coverage =
      [...coveredByEntry].reduce(
        (sum, t) => sum + (weights.get(t) ?? 0) * (coveredHere.has(t) ? 1 : ENTRY_ONLY_CREDIT),
        0,
      ) / totalWeight;
    const score = result.score * coverage ** tuning.coverageExponent;
    entryTotals.set(entry.id, (entryTotals.get(entry.id) ?? 0) + score);
    const previous = bestPerEntry.get(entry.id);
    if (!previous || score > previous.score) {
      bestPerEntry.set(entry.id, {
        entry,
        passage,
        score,
        coverage,
        matchedTerms: new Set(indexTerms),
      });
    }
  }

  const ranked = [...bestPerEntry.values()]
    .map((hit) => ({
      ...hit,
      score: hit.score + tuning.entryBonus * ((entryTotals.get(hit.entry.id) ?? 0) - hit.score),
    }))
    .sort((a, b) => b.score - a.score);
  const top = ranked[0];
  const hits = top
    ? ranked
        .filter(
          (hit) => hit.coverage >= MIN_COVERAGE && hit.score >= top.score * MIN_RELATIVE_SCORE,
        )
        .slice(0, limit)
    : [];
  return { hits, nearest: ranked.slice(0, 10), empty: false };
}

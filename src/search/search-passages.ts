import lunr from 'lunr';
import type { Entry, Passage } from '../knowledge/knowledge.js';
import { withinOneEdit } from './edit-distance.js';
import type { PassageIndex } from './passage-index.js';
import { questionTerms, type QuestionTerm } from './question-terms.js';

export interface SearchOptions {
  /** At most this many entries, one passage each. */
  limit?: number;
}

export const MAX_RESULTS = 5;

/** Below this share of the question's (weighted) terms, a passage does not answer it. */
export const MIN_COVERAGE = 0.5;
/** A result below this fraction of the best score is padding, not an answer. */
export const MIN_RELATIVE_SCORE = 0.3;
/** Prefix matching only for terms this long: shorter prefixes match half the vocabulary. */
export const MIN_PREFIX_LENGTH = 4;
/** Fuzzy matching only for terms this long: a one-letter change to a short word is another word. */
export const MIN_FUZZY_LENGTH = 5;

const BOOST = { exact: 10, synonym: 4, fuzzy: 3, prefix: 2 } as const;

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
  /** Synonym term -> the question terms it stands for. */
  synonymOf: Map<string, string[]>;
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
    const long = term.length >= MIN_PREFIX_LENGTH && !/\d/.test(term);
    if (long && hasPrefixInVocabulary(index.vocabulary, term)) prefixed.add(term);
    // Edit distance only where the exact term and its prefix find nothing: a likely typo.
    else if (!index.vocabularySet.has(term) && term.length >= MIN_FUZZY_LENGTH && !/\d/.test(term)) {
      fuzzy.add(term);
    }
  }
  const synonymOf = new Map<string, string[]>();
  const termOfWord = new Map(terms.map((t) => [t.word, t.term]));
  for (const expansion of expansions) {
    const sources = expansion.from
      .split(' ')
      .map((word) => termOfWord.get(word))
      .filter((term): term is string => term !== undefined);
    if (sources.length === 0) continue;
    for (const term of expansion.terms) {
      synonymOf.set(term, [...new Set([...(synonymOf.get(term) ?? []), ...sources])]);
    }
  }
  return { terms, prefixed, fuzzy, synonymOf };
}

function runQuery(index: PassageIndex, { terms, prefixed, fuzzy, synonymOf }: Plan): lunr.Index.Result[] {
  const originals = new Set(terms.map((t) => t.term));
  return index.index.query((query) => {
    for (const { term } of terms) {
      query.term(term, { usePipeline: false, boost: BOOST.exact });
      if (prefixed.has(term)) {
        query.term(term, { usePipeline: false, boost: BOOST.prefix, wildcard: lunr.Query.wildcard.TRAILING });
      }
      if (fuzzy.has(term)) query.term(term, { usePipeline: false, boost: BOOST.fuzzy, editDistance: 1 });
    }
    for (const term of synonymOf.keys()) {
      if (!originals.has(term)) query.term(term, { usePipeline: false, boost: BOOST.synonym });
    }
  });
}

/** Which question terms an index term stands for: itself, as a prefix, a typo or a synonym. */
function questionTermsMatchedBy(indexTerm: string, p: Plan): string[] {
  const matched = p.terms
    .map((t) => t.term)
    .filter(
      (term) =>
        term === indexTerm ||
        (p.prefixed.has(term) && indexTerm.startsWith(term)) ||
        (p.fuzzy.has(term) && withinOneEdit(term, indexTerm)),
    );
  return [...matched, ...(p.synonymOf.get(indexTerm) ?? [])];
}

function termWeight(index: PassageIndex, term: string): number {
  const total = index.knowledge.passages.length || 1;
  const df = index.documentFrequency.get(term) ?? 0;
  // Unknown words weigh like a rare word: a question about something we lack is not answered.
  return Math.log(1 + total / (df + 1));
}

/** Finds the passages that answer a question: one per entry, best first, never padded. */
export function searchPassages(index: PassageIndex, question: string, options: SearchOptions = {}): SearchOutcome {
  const limit = Math.min(options.limit ?? MAX_RESULTS, MAX_RESULTS);
  const p = plan(index, question);
  if (p.terms.length === 0) return { hits: [], nearest: [], empty: true };

  const weights = new Map(p.terms.map((t) => [t.term, termWeight(index, t.term)]));
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0);
  const bestPerEntry = new Map<string, PassageHit>();

  for (const result of runQuery(index, p)) {
    const passage = index.passagesById.get(result.ref);
    const entry = passage && index.knowledge.entriesById.get(passage.entryId);
    if (!passage || !entry) continue;
    const indexTerms = Object.keys(result.matchData.metadata);
    const covered = new Set(indexTerms.flatMap((t) => questionTermsMatchedBy(t, p)));
    const coverage = [...covered].reduce((sum, t) => sum + (weights.get(t) ?? 0), 0) / totalWeight;
    const score = result.score * coverage;
    const previous = bestPerEntry.get(entry.id);
    if (!previous || score > previous.score) {
      bestPerEntry.set(entry.id, { entry, passage, score, coverage, matchedTerms: new Set(indexTerms) });
    }
  }

  const ranked = [...bestPerEntry.values()].sort((a, b) => b.score - a.score);
  const top = ranked[0];
  const hits = top
    ? ranked
        .filter((hit) => hit.coverage >= MIN_COVERAGE && hit.score >= top.score * MIN_RELATIVE_SCORE)
        .slice(0, limit)
    : [];
  return { hits, nearest: ranked.slice(0, 10), empty: false };
}

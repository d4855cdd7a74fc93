import lunr from 'lunr';
import type { PassageIndex } from './passage-index.js';
import { questionTerms, type QuestionTerm } from './question-terms.js';

/** Prefix matching only for terms this long: shorter prefixes match half the vocabulary. */
export const MIN_PREFIX_LENGTH = 4;
/** Fuzzy matching only for terms this long: a one-letter change to a short word is another word. */
export const MIN_FUZZY_LENGTH = 5;
/** Synonym terms searched at most; they are bits in a 32-bit mask. */
export const MAX_SYNONYM_TERMS = 32;

const BOOST = { exact: 10, synonym: 4, fuzzy: 3, prefix: 2, weak: 2 } as const;

export interface Synonym {
  /** The question terms it stands for. */
  stands: string[];
  /** Any one alternative, every term of it matched, stands for them. */
  alternatives: string[][];
}

export interface QueryPlan {
  terms: QuestionTerm[];
  prefixed: ReadonlySet<string>;
  fuzzy: ReadonlySet<string>;
  synonyms: Synonym[];
  synonymTerms: string[];
  /** Every index term the question reaches, with the summed boost of the clauses that reach it. */
  clauses: ReadonlyMap<string, number>;
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

/**
 * Expands one clause against the index's vocabulary with Lunr's own automaton, as `index.query()`
 * does. Terms come from `analyze`, so they hold no `*` of the user's: a wildcard is ours alone.
 */
function expand(index: PassageIndex, clause: string, editDistance = 0): string[] {
  if (editDistance === 0 && !clause.endsWith('*'))
    return index.vocabularySet.has(clause) ? [clause] : [];
  // Lunr builds these automata inside `index.query()`; its typings do not declare the builders.
  const builders = lunr.TokenSet as unknown as {
    fromString(text: string): lunr.TokenSet;
    fromFuzzyString(text: string, editDistance: number): lunr.TokenSet;
  };
  const wanted = editDistance
    ? builders.fromFuzzyString(clause, editDistance)
    : builders.fromString(clause);
  const { tokenSet } = index.index as unknown as { tokenSet: lunr.TokenSet };
  return tokenSet.intersect(wanted).toArray();
}

/**
 * Turns a question into search clauses: each term exactly; unknown words as a prefix (typed
 * halfway) or, failing that, within one edit (a typo); and domain synonyms.
 */
export function planQuery(index: PassageIndex, question: string): QueryPlan {
  const { terms, expansions } = questionTerms(question);
  const prefixed = new Set<string>();
  const fuzzy = new Set<string>();
  for (const { term } of terms) {
    // A known term needs no widening: `polic*` would drag "policy" into questions about police.
    if (index.vocabularySet.has(term) || /\d/.test(term)) continue;
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
  const synonymTerms = [...new Set(synonyms.flatMap((s) => s.alternatives.flat()))].slice(
    0,
    MAX_SYNONYM_TERMS,
  );
  const kept = new Set(synonymTerms);
  const usable = synonyms
    .map((s) => ({
      ...s,
      alternatives: s.alternatives.filter((alt) => alt.every((t) => kept.has(t))),
    }))
    .filter((s) => s.alternatives.length > 0);

  const clauses = new Map<string, number>();
  const add = (matches: string[], boost: number) => {
    for (const term of matches) clauses.set(term, (clauses.get(term) ?? 0) + boost);
  };
  const originals = new Set(terms.map((t) => t.term));
  for (const { term, weak } of terms) {
    add(expand(index, term), weak ? BOOST.weak : BOOST.exact);
    if (prefixed.has(term)) add(expand(index, `${term}*`), BOOST.prefix);
    if (fuzzy.has(term)) add(expand(index, term, 1), BOOST.fuzzy);
  }
  for (const term of synonymTerms)
    if (!originals.has(term)) add(expand(index, term), BOOST.synonym);
  return { terms, prefixed, fuzzy, synonyms: usable, synonymTerms, clauses };
}

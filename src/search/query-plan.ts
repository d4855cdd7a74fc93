import type { CuratedQuestions } from './curated-questions.js';
import type { PassageIndex } from './passage-index.js';
import { withinOneEdit } from './edit-distance.js';
import { lowerBound } from './sorted-words.js';
import { correctTypo, isStopWordTypo } from './typo-dictionary.js';
import { questionContext, type QuestionContext } from './question-context.js';
import { questionTerms, storyTerms, type QuestionTerm } from './question-terms.js';
import { TOPIC_WORD } from './answer-gate.js';
import { namesIn, type NamesInQuestion } from './entry-names.js';

/** Prefix matching only for terms this long: shorter prefixes match half the vocabulary. */
export const MIN_PREFIX_LENGTH = 4;
/** Fuzzy matching only for terms this long: a one-letter change to a short word is another word. */
export const MIN_FUZZY_LENGTH = 5;
/** Synonym terms searched at most; they are bits in a 32-bit mask. */
export const MAX_SYNONYM_TERMS = 32;
/** Prefix or typo matches kept per term in the curated phrasings. */
const MAX_PHRASING_EXPANSIONS = 12;

const BOOST = { exact: 10, synonym: 4, fuzzy: 3, prefix: 2, weak: 2 } as const;

export interface Synonym {
  /** The question terms it stands for. */
  stands: string[];
  /** Any one alternative, every term of it matched, stands for them. */
  alternatives: string[][];
}

/** A question term as search uses it. */
export interface PlannedTerm extends QuestionTerm {
  /** A statute, form or section number the knowledge knows (1373, 287g): it weighs triple. */
  identifier: boolean;
  /** Known to the passages or the curated phrasings. */
  known: boolean;
  /** Every index term it may be written as: itself, a prefix or typo match, its synonyms. */
  alternatives: ReadonlySet<string>;
  /** Single words that mean the same ("police" for "cops"), for telling topic words apart. */
  equivalents: readonly string[];
  /**
   * What the word itself may be: itself, a prefix or typo match, a one-word synonym; not the words
   * of a phrase it may stand for ("status" for "immigration status").
   */
  readings: ReadonlySet<string>;
}

export interface QueryPlan {
  terms: PlannedTerm[];
  prefixed: ReadonlySet<string>;
  fuzzy: ReadonlySet<string>;
  synonyms: Synonym[];
  synonymTerms: string[];
  /** Every index term the question reaches, with the summed boost of the clauses that reach it. */
  clauses: ReadonlyMap<string, number>;
  context: QuestionContext;
  /** What the question names whole of what the knowledge names ("probable cause"). */
  names: NamesInQuestion;
  /** It asks something this bot declines (office hours, salaries), whatever topic it names. */
  declined: boolean;
  /** It asks whether ICE may see, be told, arrest or hold (`asksWhatIceMay`). */
  asksWhatIceMay: boolean;
}

const hasPrefixIn = (vocabulary: readonly string[], prefix: string) =>
  vocabulary[lowerBound(vocabulary, prefix)]?.startsWith(prefix) ?? false;

/** The words of a sorted vocabulary that start with `prefix`, in its order, `limit` at most. */
function withPrefix(vocabulary: readonly string[], prefix: string, limit = Infinity): string[] {
  const found: string[] = [];
  for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length; i++) {
    const term = vocabulary[i] as string;
    if (!term.startsWith(prefix) || found.length === limit) break;
    found.push(term);
  }
  return found;
}

const byLengthOf = new WeakMap<readonly string[], string[][]>();

/** A sorted vocabulary's words by length, each list sorted: a typo is one letter longer at most. */
function vocabularyByLength(vocabulary: readonly string[]): string[][] {
  let byLength = byLengthOf.get(vocabulary);
  if (!byLength) {
    byLength = [];
    for (const word of vocabulary) (byLength[word.length] ??= []).push(word);
    byLengthOf.set(vocabulary, byLength);
  }
  return byLength;
}

/** The words of a sorted vocabulary within one edit of `term`, in the vocabulary's order. */
export function nearWords(vocabulary: readonly string[], term: string): string[] {
  const byLength = vocabularyByLength(vocabulary);
  return [term.length - 1, term.length, term.length + 1]
    .flatMap((length) => (byLength[length] ?? []).filter((word) => withinOneEdit(term, word)))
    .sort();
}

/**
 * Expands one clause against the index's vocabulary: exactly, as a prefix (`term*`) or within
 * one edit, as Lunr's `term*` and `term~1` match. Read from the sorted vocabulary, which a
 * restored index holds already, rather than from an automaton built at every start.
 */
function expand(index: PassageIndex, clause: string, editDistance = 0): string[] {
  if (clause.endsWith('*')) return withPrefix(index.vocabulary, clause.slice(0, -1));
  if (editDistance === 0) return index.vocabularySet.has(clause) ? [clause] : [];
  return nearWords(index.vocabulary, clause);
}

/** Prefix or typo matches of an unknown term among the curated phrasings' words. */
function phrasingMatches(curated: CuratedQuestions, term: string, fuzzy: boolean): string[] {
  if (!fuzzy) return withPrefix(curated.vocabulary, term, MAX_PHRASING_EXPANSIONS);
  return nearWords(curated.vocabulary, term).slice(0, MAX_PHRASING_EXPANSIONS);
}

const isKnown = (index: PassageIndex, term: string) =>
  index.vocabularySet.has(term) || index.curated.vocabularySet.has(term);

/**
 * Which question terms search on. A year is a date to rank by, and searched only as part of a
 * law's name ("the 2019 act"); a small number ("#3", "12") is noise unless it counts something
 * ("48 hours") the knowledge uses;
 * words that name a place say where, and ranking weighs them apart.
 */
function searchable(index: PassageIndex, term: QuestionTerm, placeTerms: ReadonlySet<string>) {
  if (placeTerms.has(term.term)) return false;
  if (term.number === 'year') return term.namesLaw === true && isKnown(index, term.term);
  // A section (287.7) or a number that counts something ("48 hours") means what it says.
  if (term.number === 'number')
    return (term.counts === true || /[a-z.]/.test(term.term)) && isKnown(index, term.term);
  return true;
}

/** A word that is not a typo: everyday English uses it this often (per 51 million words). */
const REAL_WORD_COUNT = 30;

/**
 * An unknown word one edit from a word the knowledge uses is that word misspelled ("detaner",
 * "sancturay"); one edit from a stop word it is dropped ("waht"). Real English words the
 * knowledge lacks ("rink") are left as they are.
 */
function withTypoCorrected(index: PassageIndex, term: QuestionTerm): QuestionTerm[] {
  if (term.number || isKnown(index, term.term) || hasPrefixIn(index.vocabulary, term.term))
    return [term];
  if (index.english.countOf(term.word) >= REAL_WORD_COUNT) return [term];
  const corrected = correctTypo(index.typos, term.word, index.analysis);
  if (corrected) return [{ ...term, term: corrected }];
  return isStopWordTypo(index.typos, term.word) ? [] : [term];
}

/**
 * A word the knowledge lacks, right after the start of an entry's name and one edit from the
 * name's next word, is that word misspelt ("trust akt", "secure comunities"): short words are
 * not otherwise corrected, since "act" and "ask" are one edit apart too.
 */
function withNamesCompleted(index: PassageIndex, terms: QuestionTerm[]): QuestionTerm[] {
  return terms.map((term, i) => {
    const before = terms[i - 1];
    if (!before || term.number || isKnown(index, term.term)) return term;
    const next = (index.names.get(before.term) ?? [])
      .map((name) => name.terms[1])
      .find((word) => word !== undefined && withinOneEdit(word, term.term));
    return next ? { ...term, term: next } : term;
  });
}

/**
 * Turns a question into search clauses: each term exactly; unknown words as a prefix (typed
 * halfway) or, failing that, within one edit (a typo); and domain synonyms.
 */
export function planQuery(index: PassageIndex, question: string): QueryPlan {
  const fromQuestion = questionTerms(question, index.analysis);
  const { expansions, years, declined, asksWhatIceMay } = fromQuestion;
  const found = withNamesCompleted(index, fromQuestion.terms);
  const read = questionContext(question, years, index.knowledge.places);
  const names = namesIn(index, found);
  const context = {
    ...read,
    aboutNews: read.aboutNews || found.some((t) => index.newsTerms.has(t.term)),
    // "Does the Trust Act apply to the Milford police?" asks about the state's rule by name.
    namesStateRule: [...names.entries].some((entry) => {
      const facts = index.facts[entry];
      return (
        facts?.region === 'connecticut' &&
        facts.place === undefined &&
        (facts.kind === 'law' || facts.kind === 'glossary')
      );
    }),
  };
  // A question this bot declines is planned with no terms: it finds nothing and suggests nothing.
  const all = declined ? [] : found;
  const placeTerms = new Set(
    context.places.flatMap((m) => m.words.map((word) => index.analysis.stem(word))),
  );
  const asked = storyTerms(
    all
      .filter((term) => searchable(index, term, placeTerms))
      .flatMap((term) => withTypoCorrected(index, term)),
    (term) =>
      term.number === 'identifier' || (index.specificity.get(term.term) ?? -Infinity) >= TOPIC_WORD,
  );
  const prefixed = new Set<string>();
  const fuzzy = new Set<string>();
  for (const { term, word } of asked) {
    // A known term needs no widening: `polic*` would drag "policy" into questions about police.
    // Nor does a whole English word the knowledge lacks ("cousin"): it is neither half typed nor
    // misspelt.
    if (isKnown(index, term) || /\d/.test(term) || index.english.countOf(word) >= REAL_WORD_COUNT)
      continue;
    if (
      term.length >= MIN_PREFIX_LENGTH &&
      (hasPrefixIn(index.vocabulary, term) || hasPrefixIn(index.curated.vocabulary, term))
    )
      prefixed.add(term);
    else if (term.length >= MIN_FUZZY_LENGTH) fuzzy.add(term);
  }
  const termOfWord = new Map(asked.map((t) => [t.word, t.term]));
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
  const originals = new Set(asked.map((t) => t.term));
  const terms = asked.map((t): PlannedTerm => {
    const alternatives = new Set([t.term]);
    const exact = expand(index, t.term);
    add(exact, t.weak ? BOOST.weak : BOOST.exact);
    if (prefixed.has(t.term)) {
      const matches = expand(index, `${t.term}*`);
      add(matches, BOOST.prefix);
      [...matches, ...phrasingMatches(index.curated, t.term, false)].forEach((m) =>
        alternatives.add(m),
      );
    }
    if (fuzzy.has(t.term)) {
      const matches = expand(index, t.term, 1);
      add(matches, BOOST.fuzzy);
      [...matches, ...phrasingMatches(index.curated, t.term, true)].forEach((m) =>
        alternatives.add(m),
      );
    }
    const equivalents: string[] = [];
    const readings = new Set(alternatives);
    for (const synonym of usable) {
      if (!synonym.stands.includes(t.term)) continue;
      for (const alternative of synonym.alternatives) {
        alternative.forEach((a) => alternatives.add(a));
        if (alternative.length !== 1) continue;
        equivalents.push(alternative[0] as string);
        readings.add(alternative[0] as string);
      }
    }
    const known = isKnown(index, t.term);
    // An identifier the knowledge lacks still weighs triple: a question about form I-589 is not
    // answered with Form I-247A. A section such as 287.7 counts where the knowledge has it.
    const identifier =
      t.number === 'identifier' || (t.number === 'number' && known && /[a-z.]/.test(t.term));
    return { ...t, identifier, known, alternatives, equivalents, readings };
  });
  for (const term of synonymTerms)
    if (!originals.has(term)) add(expand(index, term), BOOST.synonym);
  return {
    terms,
    prefixed,
    fuzzy,
    synonyms: usable,
    synonymTerms,
    clauses,
    context,
    names,
    declined,
    asksWhatIceMay,
  };
}

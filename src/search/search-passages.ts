import type { Entry, Passage } from '../knowledge/knowledge.js';
import { withinOneEdit } from './edit-distance.js';
import { FIELDS, type PassageIndex } from './passage-index.js';
import { holds } from './postings.js';
import { planQuery, type QueryPlan } from './query-plan.js';

/** How strongly missing question words lower a passage's score (measured with `npm run eval`). */
export const COVERAGE_EXPONENT = 2;
/** 0 weighs every question word alike; 1 weighs by full inverse document frequency. */
export const IDF_WEIGHT = 0.5;

export const MAX_RESULTS = 5;
/** Below this share of the question's (weighted) terms, a passage does not answer it. */
export const MIN_COVERAGE = 0.5;
/** A result below this fraction of the best score is padding, not an answer. */
export const MIN_RELATIVE_SCORE = 0.3;
/** A passage's coverage is its share of the question's term weights; these terms count triple. */
export const IDENTIFIER_WEIGHT = 3;
/** Credit for a question word matched only in the entry's fields, not in the passage. */
const ENTRY_ONLY_CREDIT = 0.6;
/** Coverage weight of a modal or negation word relative to a content word. */
const WEAK_WEIGHT = 0.3;
/** Fields that belong to the passage itself; the others (title, summary, tags) to its entry. */
const IN_PASSAGE = FIELDS.map((field) => field === 'text' || field === 'heading');

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

function termWeight(index: PassageIndex, term: string): number {
  const total = index.knowledge.passages.length || 1;
  const df = index.documentFrequency.get(term) ?? 0;
  // Unknown words weigh like a rare word: a question about something we lack is not answered.
  const idf = Math.log(1 + total / (df + 1));
  // A question that names a statute, form or year (1373, 287g, i247a, 2019) is about that one.
  const identifier = /\d/.test(term) && term.length >= 3 ? IDENTIFIER_WEIGHT : 1;
  return (1 - IDF_WEIGHT + IDF_WEIGHT * idf) * identifier;
}

/** The weight search gives an index term: snippets centre on the words that weigh most. */
export function indexTermWeight(index: PassageIndex, term: string): number {
  return termWeight(index, term);
}

/** Which question terms (bit i = term i) an index term stands for: itself, a prefix or a typo. */
function questionBits(plan: QueryPlan, indexTerm: string): number {
  let bits = 0;
  plan.terms.forEach(({ term }, i) => {
    const found =
      term === indexTerm ||
      (plan.prefixed.has(term) && indexTerm.startsWith(term)) ||
      (plan.fuzzy.has(term) && withinOneEdit(term, indexTerm));
    if (found) bits |= 1 << i;
  });
  return bits;
}

/** Per passage, per query: what each matched and where. Reused between queries, cleared after. */
interface Scratch {
  score: Float64Array;
  touched: Uint8Array;
  /** Question-term bits matched anywhere / in the passage's own fields. */
  anywhere: Int32Array;
  inPassage: Int32Array;
  /** Synonym-term bits, likewise. */
  synonymsAnywhere: Int32Array;
  synonymsInPassage: Int32Array;
}

const scratchByIndex = new WeakMap<PassageIndex, Scratch>();

function scratchFor(index: PassageIndex): Scratch {
  let scratch = scratchByIndex.get(index);
  if (!scratch) {
    const n = index.knowledge.passages.length;
    scratch = {
      score: new Float64Array(n),
      touched: new Uint8Array(n),
      anywhere: new Int32Array(n),
      inPassage: new Int32Array(n),
      synonymsAnywhere: new Int32Array(n),
      synonymsInPassage: new Int32Array(n),
    };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
}

/**
 * Adds up Lunr's BM25 weights for every clause term, as Lunr's own query would (each field's
 * score divided by the query vector's length), and records which question words each passage
 * matched. Returns the passages touched.
 */
function accumulate(index: PassageIndex, plan: QueryPlan, scratch: Scratch): number[] {
  const { postings } = index;
  const touched: number[] = [];
  for (const [term, boost] of plan.clauses) {
    const slot = postings.slotOf.get(term);
    if (slot === undefined) continue;
    const bits = questionBits(plan, term);
    const synonymBit = plan.synonymTerms.indexOf(term);
    const synonymBits = synonymBit < 0 ? 0 : 1 << synonymBit;
    for (let field = 0; field < postings.fieldCount; field++) {
      const own = IN_PASSAGE[field];
      const end = postings.starts[slot * postings.fieldCount + field + 1]!;
      for (let at = postings.starts[slot * postings.fieldCount + field]!; at < end; at++) {
        const passage = postings.passages[at]!;
        if (scratch.touched[passage] === 0) {
          scratch.touched[passage] = 1;
          touched.push(passage);
        }
        scratch.score[passage]! += boost * postings.weights[at]!;
        scratch.anywhere[passage]! |= bits;
        scratch.synonymsAnywhere[passage]! |= synonymBits;
        if (own) {
          scratch.inPassage[passage]! |= bits;
          scratch.synonymsInPassage[passage]! |= synonymBits;
        }
      }
    }
  }
  return touched;
}

/** Adds the question terms a synonym stands for where one of its alternatives matched whole. */
function withSynonyms(
  bits: number,
  synonymBits: number,
  synonyms: readonly { stands: number; alternatives: number[] }[],
) {
  let covered = bits;
  for (const { stands, alternatives } of synonyms) {
    if (alternatives.some((alternative) => (synonymBits & alternative) === alternative))
      covered |= stands;
  }
  return covered;
}

interface Ranked {
  passage: number;
  score: number;
  coverage: number;
}

/** Finds the passages that answer a question: one per entry, best first, never padded. */
export function searchPassages(index: PassageIndex, question: string): SearchOutcome {
  const plan = planQuery(index, question);
  if (plan.terms.length === 0) return { hits: [], nearest: [], empty: true };

  const weights = plan.terms.map((t) => termWeight(index, t.term) * (t.weak ? WEAK_WEIGHT : 1));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const bitOfTerm = new Map(plan.terms.map((t, i) => [t.term, 1 << i]));
  const synonymMasks = plan.synonyms.map((synonym) => ({
    stands: synonym.stands.reduce((bits, term) => bits | (bitOfTerm.get(term) ?? 0), 0),
    alternatives: synonym.alternatives.map((alt) =>
      alt.reduce((bits, term) => bits | (1 << plan.synonymTerms.indexOf(term)), 0),
    ),
  }));
  const magnitude =
    Math.sqrt([...plan.clauses.values()].reduce((sum, boost) => sum + boost * boost, 0)) || 1;

  const scratch = scratchFor(index);
  const touched = accumulate(index, plan, scratch);
  const bestOfEntry = new Map<number, Ranked>();
  for (const passage of touched) {
    const anywhere = withSynonyms(
      scratch.anywhere[passage]!,
      scratch.synonymsAnywhere[passage]!,
      synonymMasks,
    );
    const here = withSynonyms(
      scratch.inPassage[passage]!,
      scratch.synonymsInPassage[passage]!,
      synonymMasks,
    );
    let covered = 0;
    // A word found only in the entry's title or tags says the entry is on topic, not this passage.
    weights.forEach((weight, i) => {
      if (anywhere & (1 << i)) covered += weight * (here & (1 << i) ? 1 : ENTRY_ONLY_CREDIT);
    });
    const coverage = covered / totalWeight;
    const score = (scratch.score[passage]! / magnitude) * coverage ** COVERAGE_EXPONENT;
    const entry = index.entryOfPassage[passage]!;
    const previous = bestOfEntry.get(entry);
    if (!previous || score > previous.score) bestOfEntry.set(entry, { passage, score, coverage });
    scratch.score[passage] = 0;
    scratch.touched[passage] = 0;
    scratch.anywhere[passage] = scratch.inPassage[passage] = 0;
    scratch.synonymsAnywhere[passage] = scratch.synonymsInPassage[passage] = 0;
  }

  const ranked = [...bestOfEntry.values()].sort((a, b) => b.score - a.score);
  const toHit = ({ passage, score, coverage }: Ranked): PassageHit => ({
    entry: index.knowledge.entries[index.entryOfPassage[passage]!] as Entry,
    passage: index.knowledge.passages[passage] as Passage,
    score,
    coverage,
    matchedTerms: new Set(
      [...plan.clauses.keys()].filter((term) => holds(index.postings, term, passage)),
    ),
  });
  const top = ranked[0];
  const good = top
    ? ranked.filter(
        (hit) => hit.coverage >= MIN_COVERAGE && hit.score >= top.score * MIN_RELATIVE_SCORE,
      )
    : [];
  return {
    hits: good.slice(0, MAX_RESULTS).map(toHit),
    nearest: ranked.slice(0, 10).map(toHit),
    empty: false,
  };
}

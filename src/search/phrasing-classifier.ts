import type { CuratedPhrasings, MatchTerm } from './curated-questions.js';

/**
 * A naive Bayes classifier over the curated phrasings: every entry's ways of being asked, pooled,
 * say which words make a question about it. Where the nearest single phrasing is a coin toss
 * between neighbours, the pooled words of each entry's twenty-odd phrasings often are not.
 */
export interface PhrasingClassifier {
  /** Per term: the entries whose phrasings use it, and how much likelier it is there than unseen. */
  byTerm: ReadonlyMap<string, { entries: Int32Array; gain: Float64Array }>;
  /** Per entry: the log-probability of a term it never uses. */
  unseen: Float64Array;
}

/** Laplace smoothing: a word an entry's phrasings never use is rare there, not impossible. */
const SMOOTHING = 1;

/** `vocabularySize`: how many distinct terms the phrasings use. */
export function buildPhrasingClassifier(
  phrasings: CuratedPhrasings,
  vocabularySize: number,
  entries: number,
): PhrasingClassifier {
  const counts = Array.from({ length: entries }, () => new Map<string, number>());
  const totals = new Float64Array(entries);
  phrasings.closures.forEach((phrasing, p) => {
    const entry = phrasings.entryOf[p] as number;
    const seen = counts[entry] as Map<string, number>;
    for (const closure of phrasing) {
      for (const term of closure) {
        seen.set(term, (seen.get(term) ?? 0) + 1);
        totals[entry]! += 1;
      }
    }
  });
  const vocabulary = vocabularySize || 1;
  const unseen = Float64Array.from(totals, (total) =>
    Math.log(SMOOTHING / (total + SMOOTHING * vocabulary)),
  );
  const byTerm = new Map<string, { entries: number[]; gain: number[] }>();
  counts.forEach((seen, entry) => {
    for (const [term, n] of seen) {
      const logP = Math.log((n + SMOOTHING) / (totals[entry]! + SMOOTHING * vocabulary));
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = { entries: [], gain: [] }));
      list.entries.push(entry);
      list.gain.push(logP - (unseen[entry] as number));
    }
  });
  return {
    byTerm: new Map(
      [...byTerm].map(([term, { entries: e, gain }]) => [
        term,
        { entries: Int32Array.from(e), gain: Float64Array.from(gain) },
      ]),
    ),
    unseen,
  };
}

/** A classifier as plain data, for a snapshot; the per-term lists follow `terms`. */
export interface SavedPhrasingClassifier {
  terms: string[];
  entries: number[][];
  gain: number[][];
  unseen: number[];
}

export function savedPhrasingClassifier(classifier: PhrasingClassifier): SavedPhrasingClassifier {
  const lists = [...classifier.byTerm];
  return {
    terms: lists.map(([term]) => term),
    entries: lists.map(([, list]) => [...list.entries]),
    gain: lists.map(([, list]) => [...list.gain]),
    unseen: [...classifier.unseen],
  };
}

export const restorePhrasingClassifier = (saved: SavedPhrasingClassifier): PhrasingClassifier => ({
  byTerm: new Map(
    saved.terms.map((term, i) => [
      term,
      {
        entries: Int32Array.from(saved.entries[i] ?? []),
        gain: Float64Array.from(saved.gain[i] ?? []),
      },
    ]),
  ),
  unseen: Float64Array.from(saved.unseen),
});

/**
 * Each entry's probability of being what the question asks about, among all entries (they sum to
 * one). A term counts by its best-matching alternative; weights scale each term's evidence.
 */
export function classifyQuestion(
  classifier: PhrasingClassifier,
  terms: readonly MatchTerm[],
): Float64Array {
  const { byTerm, unseen } = classifier;
  const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0);
  // Every entry starts as if it used none of the terms; each term then adds what it gains where
  // its best alternative is used.
  const scores = Float64Array.from(unseen, (p) => p * totalWeight);
  const gains = scratchFor(classifier, unseen.length);
  const touched: number[] = [];
  for (const term of terms) {
    for (const alternative of term.alternatives) {
      const list = byTerm.get(alternative);
      if (!list) continue;
      for (let k = 0; k < list.entries.length; k++) {
        const entry = list.entries[k]!;
        const gain = list.gain[k]!;
        if (gains[entry] === 0) touched.push(entry);
        if (gain > gains[entry]!) gains[entry] = gain;
      }
    }
    for (const entry of touched) {
      scores[entry]! += (gains[entry] as number) * term.weight;
      gains[entry] = 0;
    }
    touched.length = 0;
  }
  let best = -Infinity;
  for (const score of scores) best = Math.max(best, score);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += scores[i] = Math.exp((scores[i] as number) - best);
  for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] as number) / sum;
  return scores;
}

const scratchOf = new WeakMap<PhrasingClassifier, Float64Array>();

function scratchFor(classifier: PhrasingClassifier, entries: number): Float64Array {
  let gains = scratchOf.get(classifier);
  if (!gains) scratchOf.set(classifier, (gains = new Float64Array(entries)));
  return gains;
}

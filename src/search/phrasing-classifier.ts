import type { CuratedQuestions, MatchTerm } from './curated-questions.js';

/**
 * A naive Bayes classifier over the curated phrasings: every entry's ways of being asked, pooled,
 * say which words make a question about it. Where the nearest single phrasing is a coin toss
 * between neighbours, the pooled words of each entry's twenty-odd phrasings often are not.
 */
export interface PhrasingClassifier {
  /** Per entry: log-probability of each term, smoothed. */
  logProbability: readonly ReadonlyMap<string, number>[];
  /** Per entry: the log-probability of a term it never uses. */
  unseen: Float64Array;
}

/** Laplace smoothing: a word an entry's phrasings never use is rare there, not impossible. */
const SMOOTHING = 1;

export function buildPhrasingClassifier(
  curated: CuratedQuestions,
  entries: number,
): PhrasingClassifier {
  const counts = Array.from({ length: entries }, () => new Map<string, number>());
  const totals = new Float64Array(entries);
  curated.closures.forEach((phrasing, p) => {
    const entry = curated.entryOf[p] as number;
    const seen = counts[entry] as Map<string, number>;
    for (const closure of phrasing) {
      for (const term of closure) {
        seen.set(term, (seen.get(term) ?? 0) + 1);
        totals[entry]! += 1;
      }
    }
  });
  const vocabulary = curated.vocabulary.length || 1;
  const unseen = Float64Array.from(totals, (total) =>
    Math.log(SMOOTHING / (total + SMOOTHING * vocabulary)),
  );
  const logProbability = counts.map(
    (seen, entry) =>
      new Map(
        [...seen].map(([term, n]) => [
          term,
          Math.log((n + SMOOTHING) / (totals[entry]! + SMOOTHING * vocabulary)),
        ]),
      ),
  );
  return { logProbability, unseen };
}

/**
 * Each entry's probability of being what the question asks about, among all entries (they sum to
 * one). A term counts by its best-matching alternative; weights scale each term's evidence.
 */
export function classifyQuestion(
  classifier: PhrasingClassifier,
  terms: readonly MatchTerm[],
): Float64Array {
  const { logProbability, unseen } = classifier;
  const scores = new Float64Array(logProbability.length);
  let best = -Infinity;
  logProbability.forEach((probabilities, entry) => {
    let score = 0;
    for (const term of terms) {
      let termBest = unseen[entry] as number;
      for (const alternative of term.alternatives) {
        const p = probabilities.get(alternative);
        if (p !== undefined && p > termBest) termBest = p;
      }
      score += termBest * term.weight;
    }
    scores[entry] = score;
    best = Math.max(best, score);
  });
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += scores[i] = Math.exp((scores[i] as number) - best);
  for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] as number) / sum;
  return scores;
}

import type { Knowledge } from '../knowledge/knowledge.js';
import { stem } from './analyze.js';
import { findPlaces } from './place-mentions.js';
import { questionTerms } from './question-terms.js';

/**
 * The ways people ask for each entry (its `questions`, title and aliases), for matching a question
 * against phrasings rather than prose. FAQ bots work this way: a question close to a curated one
 * has that one's answer.
 */
export interface CuratedQuestions {
  /** Per phrasing: the entry number (position in `knowledge.entries`). */
  entryOf: Int32Array;
  /** Per phrasing, per term: the term and the terms it also stands for (synonyms). */
  closures: ReadonlySet<string>[][];
  /** Per phrasing: every term of `closures`, for "does this phrasing hold a word of the question". */
  reach: ReadonlySet<string>[];
  /** Term -> phrasings that reach it. */
  byTerm: ReadonlyMap<string, readonly number[]>;
  /** Sorted terms of every phrasing, for prefix and typo look-ups. */
  vocabulary: readonly string[];
  vocabularySet: ReadonlySet<string>;
  /** Term -> how many phrasings reach it: rare terms weigh more. */
  documentFrequency: ReadonlyMap<string, number>;
}

/** A phrasing's terms, each with its synonyms; a place it names is one term, `@hartford`, as in questions. */
function phrasingClosures(text: string, knowledge: Knowledge): Set<string>[] {
  const { terms, expansions } = questionTerms(text);
  const places = findPlaces(text, knowledge.places);
  const placeTerms = new Set(places.flatMap((m) => m.words.map((word) => stem(word))));
  const placeKeys = new Set(places.flatMap((m) => m.place.keys));
  const closures = terms
    .filter((t) => !placeTerms.has(t.term) && t.number !== 'year' && t.number !== 'number')
    .map((t) => ({ word: t.word, closure: new Set([t.term]) }));
  for (const expansion of expansions) {
    const from = new Set(expansion.from.split(' '));
    for (const { word, closure } of closures) {
      if (from.has(word))
        for (const alternative of expansion.alternatives)
          alternative.forEach((a) => closure.add(a));
    }
  }
  return [...closures.map((c) => c.closure), ...[...placeKeys].map((key) => new Set([key]))];
}

export function buildCuratedQuestions(knowledge: Knowledge): CuratedQuestions {
  const entryOf: number[] = [];
  const closures: Set<string>[][] = [];
  knowledge.entries.forEach((entry, number) => {
    for (const text of [...entry.questions, entry.title, ...entry.aliases]) {
      const phrasing = phrasingClosures(text, knowledge);
      if (phrasing.length === 0) continue;
      entryOf.push(number);
      closures.push(phrasing);
    }
  });
  const reach = closures.map((phrasing) => new Set(phrasing.flatMap((closure) => [...closure])));
  const byTerm = new Map<string, number[]>();
  reach.forEach((terms, phrasing) => {
    for (const term of terms) {
      const list = byTerm.get(term);
      if (list) list.push(phrasing);
      else byTerm.set(term, [phrasing]);
    }
  });
  const vocabulary = [...byTerm.keys()].sort();
  return {
    entryOf: Int32Array.from(entryOf),
    closures,
    reach,
    byTerm,
    vocabulary,
    vocabularySet: new Set(vocabulary),
    documentFrequency: new Map([...byTerm].map(([term, list]) => [term, list.length])),
  };
}

/** One question term for matching: its weight and every index term it may be written as. */
export interface MatchTerm {
  weight: number;
  alternatives: ReadonlySet<string>;
  /** A place the question names (`@waterbury`): it says where, not what is asked. */
  place?: boolean;
}

export interface PhrasingMatch {
  /** Weighted share of the question's terms the phrasing holds. */
  questionCoverage: number;
  /** The same, over the terms that are not places: how much of what is asked it answers. */
  termCoverage: number;
  /** Bit i set: the phrasing holds question term i. */
  held: number;
  /** How many terms the phrasing has. */
  size: number;
  /** Weighted share of the phrasing's terms the question holds. */
  phrasingCoverage: number;
  similarity: number;
}

/**
 * For each entry, how close its best phrasing comes to the question. A question matches a phrasing
 * when both hold most of each other's weighted terms; a long story holds a short phrasing whole,
 * so the phrasing's side counts more than the question's.
 */
export function matchCuratedQuestions(
  curated: CuratedQuestions,
  terms: readonly MatchTerm[],
  weightOf: (term: string) => number,
): Map<number, PhrasingMatch> {
  const best = new Map<number, PhrasingMatch>();
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  const termTotal = terms.reduce((sum, t) => sum + (t.place ? 0 : t.weight), 0);
  if (total === 0) return best;
  const asked = new Set(terms.flatMap((t) => [...t.alternatives]));
  const candidates = new Set<number>();
  for (const term of asked) for (const p of curated.byTerm.get(term) ?? []) candidates.add(p);
  for (const p of candidates) {
    const reach = curated.reach[p] as ReadonlySet<string>;
    let held = 0;
    let termsHeld = 0;
    let heldBits = 0;
    terms.forEach((t, i) => {
      for (const alternative of t.alternatives) {
        if (reach.has(alternative)) {
          held += t.weight;
          if (!t.place) termsHeld += t.weight;
          heldBits |= 1 << i;
          break;
        }
      }
    });
    let phrasingTotal = 0;
    let phrasingHeld = 0;
    for (const closure of curated.closures[p] as ReadonlySet<string>[]) {
      // A closure's first term is the phrasing's own word; synonyms only widen what matches it.
      const weight = weightOf(closure.values().next().value as string);
      let found = false;
      for (const term of closure) {
        if (asked.has(term)) {
          found = true;
          break;
        }
      }
      phrasingTotal += weight;
      if (found) phrasingHeld += weight;
    }
    const questionCoverage = held / total;
    const termCoverage = termTotal > 0 ? termsHeld / termTotal : 0;
    const phrasingCoverage = phrasingTotal > 0 ? phrasingHeld / phrasingTotal : 0;
    const similarity = Math.sqrt(questionCoverage) * phrasingCoverage;
    const entry = curated.entryOf[p] as number;
    const previous = best.get(entry);
    if (!previous || similarity > previous.similarity)
      best.set(entry, {
        questionCoverage,
        termCoverage,
        phrasingCoverage,
        similarity,
        held: heldBits,
        size: (curated.closures[p] as ReadonlySet<string>[]).length,
      });
  }
  return best;
}

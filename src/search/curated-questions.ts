import type { Knowledge } from '../knowledge/knowledge.js';
import type { Analysis } from './analysis.js';
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
  /**
   * Term -> the phrasings that reach it, each as `phrasing << 5 | closure`: the place of the
   * phrasing's term that it is, or is a synonym of.
   */
  byTerm: ReadonlyMap<string, Int32Array>;
  /** Per phrasing: where its closures' weights start in `closureWeights` (one more at the end). */
  closureStart: Int32Array;
  /** Each closure's weight: its own word's, by how few phrasings use it. */
  closureWeights: Float64Array;
  /** Per phrasing: the sum of its closures' weights, the same for every question. */
  phrasingTotals: Float64Array;
  /** Sorted terms of every phrasing, for prefix and typo look-ups. */
  vocabulary: readonly string[];
  vocabularySet: ReadonlySet<string>;
  /** Term -> how many phrasings reach it: rare terms weigh more. */
  documentFrequency: ReadonlyMap<string, number>;
}

/** A phrasing's terms, each with its synonyms; a place it names is one term, `@hartford`, as in questions. */
function phrasingClosures(text: string, knowledge: Knowledge, analysis: Analysis): Set<string>[] {
  const { terms, expansions } = questionTerms(text, analysis);
  const places = findPlaces(text, knowledge.places);
  const placeTerms = new Set(places.flatMap((m) => m.words.map((word) => analysis.stem(word))));
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

/** A phrasing keeps at most this many terms: closure positions are bits of a 32-bit mask. */
const MAX_PHRASING_TERMS = 31;

const idfWeight = (documents: number, df: number) => 0.5 + 0.5 * Math.log(1 + documents / (df + 1));

/** The phrasings as read, before they are packed for matching. */
export interface CuratedPhrasings {
  /** Per phrasing: the entry number. */
  entryOf: number[];
  /** Per phrasing, per term: the term and the terms it also stands for (synonyms). */
  closures: ReadonlySet<string>[][];
}

/** Every entry's questions, title and aliases, each read as a question is. */
export function readCuratedPhrasings(knowledge: Knowledge, analysis: Analysis): CuratedPhrasings {
  const entryOf: number[] = [];
  const closures: Set<string>[][] = [];
  knowledge.entries.forEach((entry, number) => {
    for (const text of [...entry.questions, entry.title, ...entry.aliases]) {
      const phrasing = phrasingClosures(text, knowledge, analysis).slice(0, MAX_PHRASING_TERMS);
      if (phrasing.length === 0) continue;
      entryOf.push(number);
      closures.push(phrasing);
    }
  });
  return { entryOf, closures };
}

/**
 * The packed tables as plain data, for a snapshot: restoring them reads numbers and terms back,
 * with nothing to work out again. The term lists follow `vocabulary`.
 */
export interface SavedCuratedQuestions {
  entryOf: number[];
  vocabulary: string[];
  byTerm: number[][];
  documentFrequency: number[];
  closureStart: number[];
  closureWeights: number[];
}

export const savedCuratedQuestions = (curated: CuratedQuestions): SavedCuratedQuestions => ({
  entryOf: [...curated.entryOf],
  vocabulary: [...curated.vocabulary],
  byTerm: curated.vocabulary.map((term) => [...(curated.byTerm.get(term) ?? [])]),
  documentFrequency: curated.vocabulary.map((term) => curated.documentFrequency.get(term) ?? 0),
  closureStart: [...curated.closureStart],
  closureWeights: [...curated.closureWeights],
});

/** Sums each phrasing's closure weights, in order, as matching once did per question. */
function phrasingTotalsOf(closureStart: Int32Array, closureWeights: Float64Array): Float64Array {
  const totals = new Float64Array(closureStart.length - 1);
  for (let p = 0; p < totals.length; p++) {
    let total = 0;
    for (let c = closureStart[p]!; c < closureStart[p + 1]!; c++) total += closureWeights[c]!;
    totals[p] = total;
  }
  return totals;
}

export function restoreCuratedQuestions(saved: SavedCuratedQuestions): CuratedQuestions {
  const { vocabulary } = saved;
  const closureStart = Int32Array.from(saved.closureStart);
  const closureWeights = Float64Array.from(saved.closureWeights);
  return {
    entryOf: Int32Array.from(saved.entryOf),
    byTerm: new Map(vocabulary.map((term, i) => [term, Int32Array.from(saved.byTerm[i] ?? [])])),
    closureStart,
    closureWeights,
    phrasingTotals: phrasingTotalsOf(closureStart, closureWeights),
    vocabulary,
    vocabularySet: new Set(vocabulary),
    documentFrequency: new Map(
      vocabulary.map((term, i) => [term, saved.documentFrequency[i] ?? 0]),
    ),
  };
}

/** The phrasings packed for matching: term lists, closure weights, document frequencies. */
export function packCuratedPhrasings({ entryOf, closures }: CuratedPhrasings): CuratedQuestions {
  const packed = new Map<string, number[]>();
  closures.forEach((phrasing, p) => {
    phrasing.forEach((closure, c) => {
      for (const term of closure) {
        const list = packed.get(term);
        if (list) list.push((p << 5) | c);
        else packed.set(term, [(p << 5) | c]);
      }
    });
  });
  const documentFrequency = new Map(
    [...packed].map(([term, list]) => [term, new Set(list.map((x) => x >>> 5)).size]),
  );
  const closureStart = new Int32Array(closures.length + 1);
  closures.forEach((phrasing, p) => (closureStart[p + 1] = closureStart[p]! + phrasing.length));
  const closureWeights = new Float64Array(closureStart[closures.length]!);
  closures.forEach((phrasing, p) =>
    phrasing.forEach((closure, c) => {
      // A closure's first term is the phrasing's own word; synonyms only widen what matches it.
      const own = closure.values().next().value as string;
      closureWeights[closureStart[p]! + c] = idfWeight(
        closures.length,
        documentFrequency.get(own) ?? 0,
      );
    }),
  );
  const vocabulary = [...packed.keys()].sort();
  return {
    entryOf: Int32Array.from(entryOf),
    byTerm: new Map([...packed].map(([term, list]) => [term, Int32Array.from(list)])),
    closureStart,
    closureWeights,
    phrasingTotals: phrasingTotalsOf(closureStart, closureWeights),
    vocabulary,
    vocabularySet: new Set(vocabulary),
    documentFrequency,
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

/** Per curated-question index, per query: what each phrasing holds. Reused, cleared after. */
interface Scratch {
  heldTerms: Int32Array;
  heldClosures: Int32Array;
  touched: Uint8Array;
  /** Per entry: which of the touched phrasings is its best so far (-1: none). */
  bestOf: Int32Array;
}

const scratchOf = new WeakMap<CuratedQuestions, Scratch>();

function scratchFor(curated: CuratedQuestions): Scratch {
  let scratch = scratchOf.get(curated);
  if (!scratch) {
    const n = curated.entryOf.length;
    const entries = curated.entryOf.reduce((count, e) => Math.max(count, e + 1), 0);
    scratch = {
      heldTerms: new Int32Array(n),
      heldClosures: new Int32Array(n),
      touched: new Uint8Array(n),
      bestOf: new Int32Array(entries).fill(-1),
    };
    scratchOf.set(curated, scratch);
  }
  return scratch;
}

/**
 * Each entry's best phrasing for one question. Most entries are only ranked by similarity; the
 * full match is worked out for the few that are ranked in full.
 */
export interface PhrasingMatches {
  /** The entries one of whose phrasings holds a question term, in the order first reached. */
  entries: readonly number[];
  /** Per entry number: its best phrasing's similarity, 0 where none was reached. */
  similarity: Float64Array;
  /** The entry's best phrasing, or undefined when none holds a question term. */
  matchOf(entry: number): PhrasingMatch | undefined;
}

const NO_MATCHES: PhrasingMatches = {
  entries: [],
  similarity: new Float64Array(0),
  matchOf: () => undefined,
};

/** The summed weights of the question terms whose bits are set in both `bits` and `mask`. */
function heldWeight(bits: number, weightOfBit: Float64Array, mask: number): number {
  let held = 0;
  for (let rest = bits & mask, i = 0; rest !== 0; rest >>>= 1, i++)
    if (rest & 1) held += weightOfBit[i]!;
  return held;
}

/** Weighted share of phrasing `p`'s closures that the question holds (bit c: closure c). */
function phrasingCoverageOf(curated: CuratedQuestions, p: number, closures: number): number {
  const total = curated.phrasingTotals[p]!;
  if (total <= 0) return 0;
  const from = curated.closureStart[p]!;
  let held = 0;
  for (let rest = closures, c = from; rest !== 0; rest >>>= 1, c++)
    if (rest & 1) held += curated.closureWeights[c]!;
  return held / total;
}

/**
 * For each entry, how close its best phrasing comes to the question. A question matches a phrasing
 * when both hold most of each other's weighted terms; a long story holds a short phrasing whole,
 * so the phrasing's side counts more than the question's.
 */
export function matchCuratedQuestions(
  curated: CuratedQuestions,
  terms: readonly MatchTerm[],
): PhrasingMatches {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  const termTotal = terms.reduce((sum, t) => sum + (t.place ? 0 : t.weight), 0);
  if (total === 0) return NO_MATCHES;
  const { heldTerms, heldClosures, touched, bestOf } = scratchFor(curated);
  const matched = terms.slice(0, 31);
  const phrasings: number[] = [];
  for (let i = 0; i < matched.length; i++) {
    for (const alternative of matched[i]!.alternatives) {
      const list = curated.byTerm.get(alternative);
      if (!list) continue;
      for (const packed of list) {
        const p = packed >>> 5;
        if (touched[p] === 0) {
          touched[p] = 1;
          phrasings.push(p);
        }
        heldTerms[p]! |= 1 << i;
        heldClosures[p]! |= 1 << (packed & 31);
      }
    }
  }
  const weightOfBit = Float64Array.from(matched, (t) => t.weight);
  const placeBits = matched.reduce((bits, t, i) => (t.place ? bits | (1 << i) : bits), 0);
  const entries: number[] = [];
  const similarityOf = new Float64Array(phrasings.length);
  for (let k = 0; k < phrasings.length; k++) {
    const p = phrasings[k]!;
    const held = heldWeight(heldTerms[p]!, weightOfBit, -1);
    const entry = curated.entryOf[p]!;
    const previous = bestOf[entry]!;
    if (previous === -1) entries.push(entry);
    // The phrasing side is at most 1: a phrasing that cannot beat its entry's best is skipped.
    else if (Math.sqrt(held / total) <= similarityOf[previous]!) continue;
    const similarity = Math.sqrt(held / total) * phrasingCoverageOf(curated, p, heldClosures[p]!);
    similarityOf[k] = similarity;
    if (previous === -1 || similarity > similarityOf[previous]!) bestOf[entry] = k;
  }
  // What each entry's best phrasing holds, kept apart from the scratch, which is cleared now.
  const similarity = new Float64Array(bestOf.length);
  const phrasingOf = new Int32Array(bestOf.length).fill(-1);
  const termsOf = new Int32Array(bestOf.length);
  const closuresOf = new Int32Array(bestOf.length);
  for (const entry of entries) {
    const k = bestOf[entry]!;
    const p = phrasings[k]!;
    bestOf[entry] = -1;
    similarity[entry] = similarityOf[k]!;
    phrasingOf[entry] = p;
    termsOf[entry] = heldTerms[p]!;
    closuresOf[entry] = heldClosures[p]!;
  }
  for (const p of phrasings) heldTerms[p] = heldClosures[p] = touched[p] = 0;
  const matchOf = (entry: number): PhrasingMatch | undefined => {
    const p = phrasingOf[entry];
    if (p === undefined || p === -1) return undefined;
    const heldBits = termsOf[entry]!;
    return {
      questionCoverage: heldWeight(heldBits, weightOfBit, -1) / total,
      termCoverage: termTotal > 0 ? heldWeight(heldBits, weightOfBit, ~placeBits) / termTotal : 0,
      phrasingCoverage: phrasingCoverageOf(curated, p, closuresOf[entry]!),
      similarity: similarity[entry]!,
      held: heldBits,
      size: curated.closureStart[p + 1]! - curated.closureStart[p]!,
    };
  };
  return { entries, similarity, matchOf };
}

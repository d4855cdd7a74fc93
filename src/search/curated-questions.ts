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

export function restoreCuratedQuestions(saved: SavedCuratedQuestions): CuratedQuestions {
  const { vocabulary } = saved;
  return {
    entryOf: Int32Array.from(saved.entryOf),
    byTerm: new Map(vocabulary.map((term, i) => [term, Int32Array.from(saved.byTerm[i] ?? [])])),
    closureStart: Int32Array.from(saved.closureStart),
    closureWeights: Float64Array.from(saved.closureWeights),
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
}

const scratchOf = new WeakMap<CuratedQuestions, Scratch>();
const bestScratchOf = new WeakMap<CuratedQuestions, Int32Array>();

/** Per entry, per query: which of the touched phrasings is its best so far (-1: none). */
function bestScratchFor(curated: CuratedQuestions): Int32Array {
  let best = bestScratchOf.get(curated);
  if (!best) {
    const entries = curated.entryOf.reduce((n, e) => Math.max(n, e + 1), 0);
    bestScratchOf.set(curated, (best = new Int32Array(entries).fill(-1)));
  }
  return best;
}

function scratchFor(curated: CuratedQuestions): Scratch {
  let scratch = scratchOf.get(curated);
  if (!scratch) {
    const n = curated.entryOf.length;
    scratch = {
      heldTerms: new Int32Array(n),
      heldClosures: new Int32Array(n),
      touched: new Uint8Array(n),
    };
    scratchOf.set(curated, scratch);
  }
  return scratch;
}

/**
 * For each entry, how close its best phrasing comes to the question. A question matches a phrasing
 * when both hold most of each other's weighted terms; a long story holds a short phrasing whole,
 * so the phrasing's side counts more than the question's.
 */
export function matchCuratedQuestions(
  curated: CuratedQuestions,
  terms: readonly MatchTerm[],
): Map<number, PhrasingMatch> {
  const best = new Map<number, PhrasingMatch>();
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  const termTotal = terms.reduce((sum, t) => sum + (t.place ? 0 : t.weight), 0);
  if (total === 0) return best;
  const { heldTerms, heldClosures, touched } = scratchFor(curated);
  const phrasings: number[] = [];
  terms.slice(0, 31).forEach((term, i) => {
    for (const alternative of term.alternatives) {
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
  });
  const weightOfBit = Float64Array.from(terms.slice(0, 31), (t) => t.weight);
  let placeBits = 0;
  terms.slice(0, 31).forEach((t, i) => {
    if (t.place) placeBits |= 1 << i;
  });
  // The best phrasing of each entry, by similarity: its number, or -1.
  const bestOf = bestScratchFor(curated);
  const entriesSeen: number[] = [];
  const similarityOf = new Float64Array(phrasings.length);
  phrasings.forEach((p, k) => {
    const heldBits = heldTerms[p] as number;
    let held = 0;
    for (let bits = heldBits, i = 0; bits !== 0; bits >>>= 1, i++)
      if (bits & 1) held += weightOfBit[i] as number;
    let phrasingTotal = 0;
    let phrasingHeld = 0;
    const from = curated.closureStart[p] as number;
    const to = curated.closureStart[p + 1] as number;
    const closures = heldClosures[p] as number;
    for (let c = from; c < to; c++) {
      const weight = curated.closureWeights[c] as number;
      phrasingTotal += weight;
      if (closures & (1 << (c - from))) phrasingHeld += weight;
    }
    const similarity =
      Math.sqrt(held / total) * (phrasingTotal > 0 ? phrasingHeld / phrasingTotal : 0);
    similarityOf[k] = similarity;
    const entry = curated.entryOf[p] as number;
    const previous = bestOf[entry] as number;
    if (previous === -1) entriesSeen.push(entry);
    if (previous === -1 || similarity > (similarityOf[previous] as number)) bestOf[entry] = k;
  });
  for (const entry of entriesSeen) {
    const k = bestOf[entry] as number;
    bestOf[entry] = -1;
    const p = phrasings[k] as number;
    const heldBits = heldTerms[p] as number;
    let held = 0;
    let termsHeld = 0;
    for (let bits = heldBits, i = 0; bits !== 0; bits >>>= 1, i++) {
      if (!(bits & 1)) continue;
      held += weightOfBit[i] as number;
      if (!(placeBits & (1 << i))) termsHeld += weightOfBit[i] as number;
    }
    let phrasingTotal = 0;
    let phrasingHeld = 0;
    const from = curated.closureStart[p] as number;
    const to = curated.closureStart[p + 1] as number;
    for (let c = from; c < to; c++) {
      const weight = curated.closureWeights[c] as number;
      phrasingTotal += weight;
      if ((heldClosures[p] as number) & (1 << (c - from))) phrasingHeld += weight;
    }
    best.set(entry, {
      questionCoverage: held / total,
      termCoverage: termTotal > 0 ? termsHeld / termTotal : 0,
      phrasingCoverage: phrasingTotal > 0 ? phrasingHeld / phrasingTotal : 0,
      similarity: similarityOf[k] as number,
      held: heldBits,
      size: to - from,
    });
  }
  for (const p of phrasings) heldTerms[p] = heldClosures[p] = touched[p] = 0;
  return best;
}

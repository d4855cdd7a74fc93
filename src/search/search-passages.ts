import type { Entry, Passage } from '../knowledge/knowledge.js';
import { withinOneEdit } from './edit-distance.js';
import { FIELDS, type PassageIndex } from './passage-index.js';
import { holds } from './postings.js';
import { matchCuratedQuestions, type PhrasingMatches } from './curated-questions.js';
import { classifyQuestion } from './phrasing-classifier.js';
import {
  asksBesideSubject,
  namesSubject,
  outOfScopeBar,
  questionOdds,
} from './scope-classifier.js';
import { unknownWordShare } from './topic-words.js';
import type { QuestionContext } from './question-context.js';
import type { NamesInQuestion } from './entry-names.js';
import { planQuery, type PlannedTerm, type QueryPlan } from './query-plan.js';
import { answers, looksUp, standsOut, topicWordsHeld, type GateInput } from './answer-gate.js';
import {
  combineEvidence,
  currentFirst,
  caseFirst,
  definitionFirst,
  isAskedDefinition,
  isDefinition,
  situationFirst,
  stateRuleFirst,
  entryPrior,
  type EntryNaming,
  type PassageEvidence,
  type RankedEntry,
} from './rank-entries.js';

/** How strongly missing question words lower a passage's score (measured with `npm run eval`). */
export const COVERAGE_EXPONENT = 2;
/** 0 weighs every question word alike; 1 weighs by full inverse document frequency. */
export const IDF_WEIGHT = 0.5;

export const MAX_RESULTS = 5;
/** A result below this fraction of the best score is padding, not an answer. */
export const MIN_RELATIVE_SCORE = 0.5;
/** How much the pooled-phrasings classifier's probability adds to an entry's match. */
const CLASSIFIER_WEIGHT = 0.4;
/** How much more an entry's first passage counts when choosing which passage to show. */
const LEAD_PASSAGE = 1.3;
/** A word the knowledge never uses weighs like one found in this share of passages. */
const UNKNOWN_DOCUMENT_SHARE = 0.05;
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
  /** How the entry matched: its best phrasing and best passage, before priors. */
  evidence: Pick<RankedEntry, 'match' | 'phrasing' | 'passage'>;
}

export interface SearchOutcome {
  /** Hits good enough to answer with, best first, one per entry. */
  hits: PassageHit[];
  /** The best hits regardless of quality: used to suggest where to read instead. */
  nearest: PassageHit[];
  /** True when the question had no searchable words at all. */
  empty: boolean;
  /** Where, when and about whom the question asks. */
  context: QuestionContext;
}

function idfWeight(documents: number, df: number): number {
  return 1 - IDF_WEIGHT + IDF_WEIGHT * Math.log(1 + documents / (df + 1));
}

/** The weight search gives an index term: snippets centre on the words that weigh most. */
export function indexTermWeight(index: PassageIndex, term: string): number {
  const total = index.knowledge.passages.length || 1;
  const df = index.documentFrequency.get(term) ?? total * UNKNOWN_DOCUMENT_SHARE;
  return idfWeight(total, df);
}

/** Everyday words ("time", "close") weigh less than topic words ("detainer") in coverage. */
function topicFactor(index: PassageIndex, term: PlannedTerm): number {
  const d = index.specificity.get(term.term);
  if (d === undefined || term.identifier) return 1;
  return Math.min(1.4, Math.max(0.4, 0.4 + 0.2 * d));
}

function termWeight(index: PassageIndex, term: PlannedTerm): number {
  // A question that names a statute or form the knowledge has (1373, 287g, i247a) is about that one.
  const weight =
    indexTermWeight(index, term.term) *
    (term.identifier ? IDENTIFIER_WEIGHT : 1) *
    (term.known || term.identifier
      ? topicFactor(index, term)
      : unknownWordShare(index.english, index.language, term.word));
  return term.weak ? weight * WEAK_WEIGHT : weight;
}

function namingOf(names: NamesInQuestion, entry: number): EntryNaming {
  if (names.cited.has(entry)) return 'cited';
  return names.entries.has(entry) ? 'named' : 'unnamed';
}

/** A curated phrasing's word weighs by how few phrasings use it. */
function phrasingWeight(index: PassageIndex, term: string): number {
  const total = index.curated.entryOf.length || 1;
  return idfWeight(total, index.curated.documentFrequency.get(term) ?? 0);
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

/** Coverage of a passage: each question term it holds, by weight; entry-field matches count less. */
function passageCoverage(
  weightOfBit: Float64Array,
  anywhere: number,
  here: number,
  totalWeight: number,
): number {
  let covered = 0;
  // A word found only in the entry's title or tags says the entry is on topic, not this passage.
  for (let bits = anywhere, i = 0; bits !== 0; bits >>>= 1, i++) {
    if (bits & 1) covered += weightOfBit[i]! * (here & (1 << i) ? 1 : ENTRY_ONLY_CREDIT);
  }
  return covered / totalWeight;
}

/** Per entry, per query: its best passage so far. Reused between queries, cleared after. */
interface EntryScratch {
  passage: Int32Array;
  ranking: Float64Array;
  score: Float64Array;
  coverage: Float64Array;
  held: Int32Array;
  lead: Uint8Array;
}

const entryScratchByIndex = new WeakMap<PassageIndex, EntryScratch>();

function entryScratchFor(index: PassageIndex): EntryScratch {
  let scratch = entryScratchByIndex.get(index);
  if (!scratch) {
    const n = index.knowledge.entries.length;
    scratch = {
      passage: new Int32Array(n).fill(-1),
      ranking: new Float64Array(n),
      score: new Float64Array(n),
      coverage: new Float64Array(n),
      held: new Int32Array(n),
      lead: new Uint8Array(n),
    };
    entryScratchByIndex.set(index, scratch);
  }
  return scratch;
}

/**
 * The entries worth ranking in full: those close to the best by either kind of evidence, or
 * likely by the classifier. A common word's thousand passages then cost little more than a rare
 * word's ten.
 */
const CANDIDATE_SHARE = 0.25;
const CANDIDATE_LIKELIHOOD = 0.005;
const MAX_CANDIDATES = 150;
/** The entries a query's passages touched, each with its best passage, read from the scratch. */
interface TouchedEntries {
  entries: readonly number[];
  scratch: EntryScratch;
  bestScore: number;
}

/** An entry's best passage as evidence, or undefined when none of its passages matched. */
function evidenceOf(touched: TouchedEntries, entry: number): PassageEvidence | undefined {
  const { scratch } = touched;
  const passage = scratch.passage[entry]!;
  if (passage === -1) return undefined;
  return {
    passage,
    score: scratch.score[entry]!,
    coverage: scratch.coverage[entry]!,
    held: scratch.held[entry]!,
    ...(scratch.lead[entry] ? { lead: true } : {}),
  };
}

function candidates(
  touched: TouchedEntries,
  phrasings: PhrasingMatches,
  likely: Float64Array,
): number[] {
  const { scratch, bestScore } = touched;
  const passageKey = (entry: number) =>
    scratch.passage[entry] === -1
      ? 0
      : scratch.coverage[entry]! *
        scratch.coverage[entry]! *
        Math.sqrt(scratch.score[entry]! / (bestScore || 1));
  let bestPassage = 0;
  for (const entry of touched.entries) bestPassage = Math.max(bestPassage, passageKey(entry));
  let bestPhrasing = 0;
  for (const entry of phrasings.entries)
    bestPhrasing = Math.max(bestPhrasing, phrasings.similarity[entry]!);
  const chosen = new Set<number>();
  for (const entry of touched.entries)
    if (passageKey(entry) >= bestPassage * CANDIDATE_SHARE) chosen.add(entry);
  for (const entry of phrasings.entries)
    if (phrasings.similarity[entry]! >= bestPhrasing * CANDIDATE_SHARE) chosen.add(entry);
  for (let entry = 0; entry < likely.length; entry++)
    if (likely[entry]! >= CANDIDATE_LIKELIHOOD) chosen.add(entry);
  if (chosen.size <= MAX_CANDIDATES) return [...chosen];
  // Very common words: keep the strongest by the cheaper of the two measures.
  const strength = new Map<number, number>();
  for (const entry of chosen)
    strength.set(
      entry,
      Math.max(passageKey(entry), phrasings.similarity[entry] ?? 0) + likely[entry]!,
    );
  return [...chosen].sort((a, b) => strength.get(b)! - strength.get(a)!).slice(0, MAX_CANDIDATES);
}

/** The best ten entries that hold a topic word of the question, looking no further than needed. */
function nearestWithTopic(ranked: readonly RankedEntry[], gate: GateInput): RankedEntry[] {
  const near: RankedEntry[] = [];
  for (const hit of ranked) {
    if (near.length === NEAREST) break;
    if (topicWordsHeld(hit, gate) > 0) near.push(hit);
  }
  return near;
}

const NEAREST = 10;
const NEGLIGIBLE_MATCH = 0.08;

/**
 * Whether a question near this subject asks something else ("how many years for a class B felony",
 * "cuánto sale la fianza"): its words read like the questions the bot declines. One that names a
 * statute or form, or an entry other than a place's, is this subject, whatever else it tells; a
 * story that names the subject itself is held to a far lower bar (`outOfScopeBar`).
 */
function asksAnotherSubject(index: PassageIndex, plan: QueryPlan, gate: GateInput): boolean {
  if (plan.terms.some((t) => t.identifier)) return false;
  // Naming the subject names its entries too ("ICE"): only the bar for the subject then applies.
  const namesEntry = [...plan.names.entries].some((entry) => !index.facts[entry]?.isPlaceEntry);
  if (namesEntry && !gate.namesSubject) return false;
  const odds = questionOdds(index.scope, plan.terms);
  // "Whats a detainer? the public defender keeps saying…": what a word of the subject means is
  // this subject, whatever the rest tells.
  // Nor is whether ICE may see, be told, arrest or hold, beside an errand ("if I do the census
  // online, can ICE get my answers?"), nor what to do when ICE has someone.
  const besideSubject =
    gate.namesSubject === true &&
    !gate.asksDefinition &&
    !plan.asksWhatIceMay &&
    !plan.context.asksWhatToDoWhenHeld &&
    asksBesideSubject(index.scope, plan.terms, odds);
  return besideSubject || odds < outOfScopeBar(plan.terms.length, gate.namesSubject === true);
}

/** Finds the entries that answer a question, each with its best passage: best first, never padded. */
export function searchPassages(index: PassageIndex, question: string): SearchOutcome {
  const plan = planQuery(index, question);
  const { context } = plan;
  if (plan.terms.length === 0)
    return {
      hits: [],
      nearest: [],
      empty: !plan.declined && context.places.length === 0,
      context,
    };

  const weights = plan.terms.map((t) => termWeight(index, t));
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
  const entries = entryScratchFor(index);
  const touchedEntries: number[] = [];
  let bestScore = 0;
  const weightOfBit = Float64Array.from(weights);
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
    const coverage = passageCoverage(weightOfBit, anywhere, here, totalWeight);
    const score = (scratch.score[passage]! / magnitude) * coverage ** COVERAGE_EXPONENT;
    const entry = index.entryOfPassage[passage]!;
    // An entry's first passage states its answer: among close passages, it is the one to show.
    const ranking = index.firstPassageOf[entry] === passage ? score * LEAD_PASSAGE : score;
    if (entries.passage[entry] === -1) touchedEntries.push(entry);
    if (entries.passage[entry] === -1 || ranking > entries.ranking[entry]!) {
      entries.passage[entry] = passage;
      entries.ranking[entry] = ranking;
      entries.score[entry] = score;
      entries.coverage[entry] = coverage;
      entries.held[entry] = anywhere;
      entries.lead[entry] = index.firstPassageOf[entry] === passage ? 1 : 0;
    }
    bestScore = Math.max(bestScore, score);
    scratch.score[passage] = 0;
    scratch.touched[passage] = 0;
    scratch.anywhere[passage] = scratch.inPassage[passage] = 0;
    scratch.synonymsAnywhere[passage] = scratch.synonymsInPassage[passage] = 0;
  }
  const touchedEvidence = { entries: touchedEntries, scratch: entries, bestScore };

  const phrasingTerms = [
    ...plan.terms.map((t, i) => ({ weight: weights[i]!, alternatives: t.alternatives })),
    ...[...context.placeKeys]
      .filter((key) => !context.homeKeys.has(key))
      .map((key) => ({
        weight: phrasingWeight(index, key),
        alternatives: new Set([key]),
        place: true,
      })),
  ];
  const phrasings = matchCuratedQuestions(index.curated, phrasingTerms);
  // The classifier sees each term's weight relative to the question's average term.
  const meanWeight = totalWeight / phrasingTerms.length || 1;
  const likely = classifyQuestion(
    index.classifier,
    phrasingTerms.map((t) => ({ ...t, weight: t.weight / meanWeight })),
  );
  const chosen = candidates(touchedEvidence, phrasings, likely).map((entry) => ({
    entry,
    passage: evidenceOf(touchedEvidence, entry),
  }));
  for (const entry of touchedEntries) entries.passage[entry] = -1;
  const scored: RankedEntry[] = [];
  for (const { entry, passage } of chosen) {
    const phrasing = phrasings.matchOf(entry);
    const match =
      combineEvidence(passage, bestScore, phrasing, plan.terms.length) +
      CLASSIFIER_WEIGHT * (likely[entry] as number);
    // Far below anything that could answer or be suggested: not worth ranking.
    if (match < NEGLIGIBLE_MATCH) continue;
    const facts = index.facts[entry]!;
    const score = match * entryPrior(facts, context, phrasing, namingOf(plan.names, entry));
    const namesPlace = facts.place !== undefined && context.placeKeys.has(facts.place);
    if (score > 0)
      scored.push({
        entry,
        match,
        score,
        ...(passage ? { passage } : {}),
        ...(phrasing ? { phrasing } : {}),
        ...(namesPlace ? { namesPlace } : {}),
        ...(namesPlace && facts.isPlaceEntry ? { placeEntry: true } : {}),
      });
  }
  scored.sort((a, b) => b.score - a.score);

  const clauseTerms = [...plan.clauses.keys()];
  const toHit = (ranked: RankedEntry): PassageHit => {
    const entry = index.knowledge.entries[ranked.entry] as Entry;
    const number = ranked.passage?.passage ?? index.firstPassageOf[ranked.entry]!;
    return {
      entry,
      passage: index.knowledge.passages[number] as Passage,
      score: ranked.score,
      coverage: ranked.passage?.coverage ?? 0,
      matchedTerms: new Set(clauseTerms.filter((term) => holds(index.postings, term, number))),
      evidence: ranked,
    };
  };
  const gate: GateInput = {
    terms: plan.terms,
    totalWeight,
    specificity: index.specificity,
    named: plan.names.terms,
    asksDefinition: context.wants === 'definition',
    namesSubject: namesSubject(index.scope, plan.terms),
  };
  const ranked = caseFirst(
    definitionFirst(scored, index.facts, context, plan.names.entries),
    index.facts,
    context,
    plan.terms.some((t) => t.identifier),
  );
  const top = ranked[0];
  // When the best match does not answer, nothing below it is allowed to stand in for it.
  const good =
    top && answers(top, gate)
      ? ranked.filter((hit) => hit.score >= top.score * MIN_RELATIVE_SCORE && answers(hit, gate))
      : top &&
          standsOut(
            top,
            ranked[1],
            gate,
            isDefinition(index.facts, top)
              ? {
                  nextDefinition: ranked.find(
                    (hit, i) => i > 0 && isAskedDefinition(index.facts, hit),
                  ),
                }
              : undefined,
          )
        ? [top]
        : [];
  // A look-up held whole by an entry's phrasing and passage is that entry's, however its words read.
  if (good.length > 0 && !looksUp(good[0]!, gate) && asksAnotherSubject(index, plan, gate))
    return { hits: [], nearest: [], empty: false, context };
  const ordered = situationFirst(
    stateRuleFirst(
      currentFirst(good, index.facts, context),
      ranked,
      (hit) => answers(hit, gate),
      index.facts,
      context,
    ),
    ranked,
    index.facts,
    context,
    (entry) => ({ entry, match: 0, score: ranked[0]?.score ?? 0 }),
  );
  return {
    hits: ordered.slice(0, MAX_RESULTS).map(toHit),
    // Only entries that share a topic word with the question are near enough to suggest.
    nearest: nearestWithTopic(ranked, gate).map(toHit),

    empty: false,
    context,
  };
}

import type { PlannedTerm } from './query-plan.js';
import type { RankedEntry } from './rank-entries.js';

/** Below this combined score (0..1), an entry does not answer the question. */
export const MIN_SCORE = 0.3;
/** The weighted share of what was asked that an answer must hold. */
export const MIN_COVERAGE = 0.4;
/** A question this long is a story: enough of it held (by weight) answers it. */
export const STORY_TERMS = 8;
export const MIN_STORY_WEIGHT = 4;
/** A word this much more used here than in everyday English is a topic word (see topic-words). */
export const TOPIC_WORD = 2;
/** A question of this many terms or fewer must be held this fully. */
export const SHORT_TERMS = 3;
export const MIN_SHORT_COVERAGE = 0.6;
/** The share of the usual coverage a place's own entry needs, when it holds two topic words too. */
const NAMED_PLACE_COVERAGE = 0.75;
/** A place and one topic word: what a place's own entry may not answer on alone (see `answers`). */
const PLACE_TOPIC_WORDS = 2;
/** An everyday word at least this specific counts as a topic word when its synonym is one. */
const EVERYDAY_SYNONYM = 0.5;
/** With a single topic word, an answer must hold this much of the question. */
export const SINGLE_TOPIC_COVERAGE = 0.5;
/** A curated phrasing of at least this many terms, held this fully, is what was asked. */
const WHOLE_PHRASING_TERMS = 2;
const WHOLE_PHRASING = 0.8;
const WHOLE_PHRASING_SCORE = 0.15;

/**
 * A topic word: one this knowledge uses far more than everyday English does, or an everyday word
 * ("cops") whose plain synonym is one ("police"). A statute or form number always is.
 */
function isTopicWord(term: PlannedTerm, { specificity, named }: GateInput): boolean {
  if (term.identifier || named?.has(term.term)) return true;
  const own = specificity.get(term.term) ?? -Infinity;
  if (own >= TOPIC_WORD) return true;
  return (
    own >= EVERYDAY_SYNONYM &&
    term.equivalents.some((word) => (specificity.get(word) ?? -Infinity) >= TOPIC_WORD)
  );
}

export interface GateInput {
  terms: readonly PlannedTerm[];
  totalWeight: number;
  specificity: ReadonlyMap<string, number>;
  /** Question terms that together name something the knowledge names (`namesIn`). */
  named?: ReadonlySet<string>;
  /** The question asks what something is ("what is", "q es"). */
  asksDefinition?: boolean;
  /** The question names the subject itself (ICE, la migra, a detainer: `namesSubject`). */
  namesSubject?: boolean;
}

/**
 * Whether an entry answers the question, or would only pad the reply: it must match a topic word
 * of the question (not just "time" or "day"), and hold most of what was asked, or, in a long story,
 * enough of it, or a whole curated phrasing.
 */
/**
 * The topic words of the question an entry holds; a statute or form number counts as two, and so
 * the place that a place's own entry is about counts as one.
 */
export function topicWordsHeld(hit: RankedEntry, gate: GateInput): number {
  const { terms } = gate;
  const held = (hit.passage?.held ?? 0) | (hit.phrasing?.held ?? 0);
  return terms.reduce(
    (n, t, i) =>
      held & (1 << i) && !t.weak && isTopicWord(t, gate) ? n + (t.identifier ? 2 : 1) : n,
    hit.namesPlace ? 1 : 0,
  );
}

/**
 * A short look-up in everyday words ("badge number", "name tags for agents") that one of an
 * entry's curated phrasings and its best passage both hold whole: the entry is what it looks up,
 * though no word of it is a topic word. Words that merely meet in a story elsewhere are not held
 * by a passage too.
 */
export function looksUp(hit: RankedEntry, { terms }: GateInput): boolean {
  if (terms.length < WHOLE_PHRASING_TERMS || terms.length > SHORT_TERMS) return false;
  if (terms.some((t) => t.weak)) return false;
  const all = (1 << terms.length) - 1;
  return (
    ((hit.phrasing?.held ?? 0) & all) === all &&
    ((hit.passage?.held ?? 0) & all) === all &&
    hit.score >= MIN_SCORE
  );
}

/** Whether a hit holds one of its entry's curated phrasings (nearly) whole. */
export const holdsWholePhrasing = (hit: RankedEntry) =>
  (hit.phrasing?.phrasingCoverage ?? 0) >= WHOLE_PHRASING;

/** A story's best match this strong and this far ahead of the next answers it on its own. */
const STORY_WINNER_SCORE = 0.6;
const STORY_WINNER_LEAD = 1.5;
/** The same for a glossary entry asked for by name ("q es un detainer?? a mi compa…"). */
const DEFINITION_WINNER_SCORE = 0.3;
const DEFINITION_WINNER_LEAD = 1.5;

/**
 * A best match that stands far above every other, on a topic word, answers even when it holds
 * little of the question: in a long story most words are the teller's life ("my cousin", "last
 * Thursday", "two kids"); a "what is" question may add why it is asked ("a mi compa le pusieron
 * uno") to a term whose glossary entry it names whole. A definition stands out among the other
 * definitions asked in those words: the law or explainer behind the same word ("detainer": 8 CFR
 * 287.7) is no rival, nor a definition that holds only part of the phrasing.
 */
export function standsOut(
  top: RankedEntry,
  next: RankedEntry | undefined,
  gate: GateInput,
  glossary?: { nextDefinition: RankedEntry | undefined },
): boolean {
  const clearly = (score: number, lead: number, rival: RankedEntry | undefined) =>
    top.score >= score && top.score >= lead * (rival?.score ?? 0) && topicWordsHeld(top, gate) > 0;
  if (gate.terms.length >= STORY_TERMS && clearly(STORY_WINNER_SCORE, STORY_WINNER_LEAD, next))
    return true;
  return (
    gate.asksDefinition === true &&
    glossary !== undefined &&
    holdsWholePhrasing(top) &&
    clearly(DEFINITION_WINNER_SCORE, DEFINITION_WINNER_LEAD, glossary.nextDefinition)
  );
}

export function answers(hit: RankedEntry, gate: GateInput): boolean {
  const { terms, totalWeight } = gate;
  // A form or statute the knowledge lacks ("…we already sent the I-130") is another subject,
  // whatever else of the question an entry holds.
  if (terms.some((t) => t.identifier && !t.known)) return false;
  const topicWords = topicWordsHeld(hit, gate);
  if (topicWords === 0) return looksUp(hit, gate);
  // A place's own entry answers for the place ("tell me about Hartford"), not for every question
  // that names it: one that asks something of the place without naming the subject must hold two
  // topic words besides the place ("who's the new police chief in New Haven" holds only "police").
  if (hit.placeEntry && !gate.namesSubject && topicWords === PLACE_TOPIC_WORDS) return false;
  const phrasing = hit.phrasing;
  if (
    phrasing &&
    topicWords >= 2 &&
    phrasing.size >= WHOLE_PHRASING_TERMS &&
    phrasing.phrasingCoverage >= WHOLE_PHRASING &&
    hit.score >= WHOLE_PHRASING_SCORE
  )
    return true;
  const coverage = Math.max(phrasing?.termCoverage ?? 0, hit.passage?.coverage ?? 0);
  // One topic word among others ("ice" in "ice skating rink", "warrant" in "bench warrant") is
  // another subject unless it is nearly all that was asked.
  if (topicWords === 1 && coverage < SINGLE_TOPIC_COVERAGE) return false;
  const story = terms.length >= STORY_TERMS;
  // In a short question every word counts: "what is ICE's budget for detainers" is not about
  // detainers alone.
  // The place a place's own entry is about is asked too, though it is not searched as a term:
  // "I live in LA, does California stop its police from helping ICE?" holds it, and two topic
  // words besides.
  const place = hit.namesPlace && topicWords >= 3 ? NAMED_PLACE_COVERAGE : 1;
  const needed = (terms.length <= SHORT_TERMS ? MIN_SHORT_COVERAGE : MIN_COVERAGE) * place;
  return (
    hit.score >= MIN_SCORE &&
    (coverage >= needed || (story && coverage * totalWeight >= MIN_STORY_WEIGHT))
  );
}

import type { Knowledge } from '../knowledge/knowledge.js';
import type { Analysis } from './analysis.js';

/**
 * Naive Bayes over two kinds of question: the ways people ask for the entries (`questions:`), and
 * the questions near this subject that no entry answers (`out-of-scope.yaml`). A question such as
 * "how many years can you get for a class B felony in CT" shares a word or two with the knowledge,
 * enough for search to find a passage, yet reads like the questions the bot declines: its words
 * ("years", "get") are those of sentences and errands, not of holds and information sharing.
 */
export interface ScopeClassifier {
  /** Per term: how much likelier a question that uses it is in scope than not (a log ratio). */
  gain: ReadonlyMap<string, number>;
  /** The analyzed words that name this subject itself (`SUBJECT_WORDS`). */
  subject: ReadonlySet<string>;
}

/**
 * Words that name the subject itself, in both languages: immigration, its agencies and holds,
 * sanctuary, a person's status. A question holding one is about this subject whatever its other
 * words, which may be a whole life story ("my cousin got a DUI, posted bail, two kids at school").
 */
const SUBJECT_WORDS =
  'ice migra immigration immigrant immigrants inmigración inmigracion inmigrante inmigrantes migrante migrantes migratorio migratoria deport deported deportation deportar deportado deportaron detainer detainers sanctuary santuario santuarios undocumented indocumentado indocumentada indocumentados dhs';

/** Laplace smoothing: a word one kind of question never uses is rare there, not impossible. */
const SMOOTHING = 1;

/**
 * Below this, a question reads like the questions the bot declines: e (2.7) times likelier out of
 * scope than in, by its words. Measured on the project's eval sets, where a lower bar declines
 * in-scope questions told as stories and a higher one keeps errands answered.
 */
export const OUT_OF_SCOPE_ODDS = -1;

/**
 * About how many terms a question itself takes. One this short has no room for a story: when it
 * names the subject, its other words are what it asks ("where is the nearest ICE detention
 * center, visiting hours"), and they decide at a bar a little lower than a question's that does
 * not name it. A longer question that names the subject is a story about it: its telling ("my
 * cousin, two kids, posted bail") reads like an errand's, so it is declined only when both the
 * whole of it and what it asks at its end read e^5 (about 150) times likelier out of scope ("she
 * is detained by ICE… how do I file a complaint about her insulin"). On the project's sets no
 * in-scope story reads below −4 by both.
 */
const QUESTION_TERMS = 8;
const SUBJECT_NAMED_ODDS = -1.5;
const STORY_NAMED_ODDS = -5;

/** The log odds below which a question is declined as another subject. */
export function outOfScopeBar(termCount: number, subjectNamed: boolean): number {
  if (!subjectNamed) return OUT_OF_SCOPE_ODDS;
  return termCount <= QUESTION_TERMS ? SUBJECT_NAMED_ODDS : STORY_NAMED_ODDS;
}

/** How in scope a question reads: a story, by the whole of it or by what it asks at its end. */
export function questionOdds(classifier: ScopeClassifier, terms: readonly ScopeTerm[]): number {
  const whole = scopeOdds(classifier, terms);
  if (terms.length <= QUESTION_TERMS) return whole;
  return Math.max(whole, scopeOdds(classifier, terms.slice(-QUESTION_TERMS)));
}

/** Two terms side by side, as the classifier counts them: "immigr court", "detent center". */
const pairOf = (first: string, second: string) => `${first} ${second}`;

/**
 * What the classifier counts of a question: each term, and each pair of neighbouring terms. A
 * pair says what its words alone do not: "immigration court" and "detention center" are errands
 * next to this subject, though "immigration", "court" and "detention" are its own words.
 */
function featuresOf(terms: readonly string[]): Set<string> {
  const features = new Set(terms);
  for (let i = 1; i < terms.length; i++)
    features.add(pairOf(terms[i - 1] as string, terms[i] as string));
  return features;
}

function termCounts(questions: readonly string[], analysis: Analysis) {
  const counts = new Map<string, number>();
  let total = 0;
  for (const question of questions) {
    for (const term of featuresOf(analysis.analyze(question))) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      total += 1;
    }
  }
  return { counts, total };
}

/**
 * Learns from the knowledge as a reader of `analysis.language` sees it. A Spanish question is
 * weighed against the English out-of-scope questions too: people mix the two.
 */
export function buildScopeClassifier(knowledge: Knowledge, analysis: Analysis): ScopeClassifier {
  const listed = knowledge.outOfScope;
  const outOfScope = listed
    ? analysis.language === 'en'
      ? listed.en
      : [...listed[analysis.language], ...listed.en]
    : [];
  const inScope = termCounts(
    knowledge.entries.flatMap((entry) => entry.questions),
    analysis,
  );
  const out = termCounts(outOfScope, analysis);
  const subject = new Set(analysis.analyze(SUBJECT_WORDS));
  if (out.total === 0) return { gain: new Map(), subject };
  const terms = new Set([...inScope.counts.keys(), ...out.counts.keys()]);
  const smoothed = (seen: { counts: Map<string, number>; total: number }, term: string) =>
    ((seen.counts.get(term) ?? 0) + SMOOTHING) / (seen.total + SMOOTHING * terms.size);
  const gain = new Map<string, number>();
  // Three decimals are all a threshold of one reads, and keep a snapshot's copy exact.
  for (const term of terms)
    gain.set(
      term,
      Math.round(Math.log(smoothed(inScope, term) / smoothed(out, term)) * 1000) / 1000,
    );
  return { gain, subject };
}

/** A question's terms as the classifier reads them: each may be written as any alternative. */
interface ScopeTerm {
  term: string;
  alternatives: ReadonlySet<string>;
}

/**
 * How much likelier the question is in scope than out of it (a log ratio; 0 when unsure). A term
 * counts by its likeliest alternative, a pair of neighbouring terms as written, and what neither
 * kind of question uses counts for nothing.
 */
export function scopeOdds(classifier: ScopeClassifier, terms: readonly ScopeTerm[]): number {
  let odds = 0;
  terms.forEach((term, i) => {
    let best = -Infinity;
    for (const alternative of term.alternatives)
      best = Math.max(best, classifier.gain.get(alternative) ?? -Infinity);
    if (best > -Infinity) odds += best;
    const before = terms[i - 1];
    if (before) odds += classifier.gain.get(pairOf(before.term, term.term)) ?? 0;
  });
  return odds;
}

/**
 * A question this short that names the subject reads in scope by that name alone ("where do I
 * find my dad's A-number? ICE wants it"). What it asks is in its other words: when those read
 * like the questions the bot declines, and the whole reads no more than e^3 (20) times likelier
 * in scope, it asks another thing. On the project's sets no such question is in scope but one
 * that asks what a named term is.
 */
const FRAMED_TERMS = 10;
const CLEARLY_IN_SCOPE = 3;

/** `odds`: the whole question's (`questionOdds`), which the caller has already weighed. */
export function asksBesideSubject(
  classifier: ScopeClassifier,
  terms: readonly (ScopeTerm & { readings: ReadonlySet<string> })[],
  odds: number,
): boolean {
  if (terms.length > FRAMED_TERMS || odds >= CLEARLY_IN_SCOPE) return false;
  const besides = terms.filter((term) => !namesSubject(classifier, [term]));
  return besides.length < terms.length && scopeOdds(classifier, besides) < OUT_OF_SCOPE_ODDS;
}

/** Whether one of the terms names this subject itself (`SUBJECT_WORDS`). */
export const namesSubject = (
  classifier: ScopeClassifier,
  terms: readonly { readings: ReadonlySet<string> }[],
) => terms.some((term) => [...term.readings].some((a) => classifier.subject.has(a)));

/** A classifier as plain data, for a snapshot. */
export interface SavedScopeClassifier {
  terms: string[];
  gain: number[];
  subject: string[];
}

export const savedScopeClassifier = (classifier: ScopeClassifier): SavedScopeClassifier => ({
  terms: [...classifier.gain.keys()],
  gain: [...classifier.gain.values()],
  subject: [...classifier.subject],
});

export const restoreScopeClassifier = (saved: SavedScopeClassifier): ScopeClassifier => ({
  gain: new Map(saved.terms.map((term, i) => [term, saved.gain[i] ?? 0])),
  subject: new Set(saved.subject),
});

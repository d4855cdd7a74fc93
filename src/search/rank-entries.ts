import { holdsWholePhrasing } from './answer-gate.js';
import type { EntryFacts, Situation } from './entry-facts.js';
import type { PhrasingMatch } from './curated-questions.js';
import type { AnswerKind, QuestionContext } from './question-context.js';

/** How an entry's best passage matched: Lunr's score (relative to the best) and its coverage. */
export interface PassageEvidence {
  passage: number;
  score: number;
  coverage: number;
  /** The entry's first passage. */
  lead?: boolean;
  /** Bit i set: the passage holds question term i (or a synonym of it). */
  held: number;
}

export interface RankedEntry {
  entry: number;
  /** 0..1 before priors: how well the question matches the entry's phrasings and passages. */
  match: number;
  /** The match after the period, news and place priors: what ranks. */
  score: number;
  passage?: PassageEvidence;
  phrasing?: PhrasingMatch;
  /** The question names the place the entry is about ("Hartford" for Hartford's own entry). */
  namesPlace?: boolean;
  /** The entry is that place's own policy entry (kind `jurisdiction`), not a case or law there. */
  placeEntry?: boolean;
}

/**
 * Someone held or facing ICE, a question about holds, or one that names Connecticut's own rule:
 * what Connecticut's police and jails may do is the state's to say, not a town's.
 */
const asksForStateRule = (context: QuestionContext): boolean =>
  context.facingIce || context.aboutHolds || context.namesStateRule === true;

/** A superseded rule shown to a question about today loses to the rule in force. */
const SUPERSEDED_TODAY = 0.35;
const SUPERSEDED_PAST_TENSE = 0.6;
const HISTORICAL_TODAY = 0.75;
/** The rule in force in the year asked about. */
const IN_PERIOD = 1.3;
/** A rule that came into force after the year asked about. */
const AFTER_PERIOD = 0.6;
/** News leads only when the news (or what someone said) is asked about. */
const NEWS_UNASKED = 0.3;
const NEWS_ASKED = 1.5;
const PLACE_OWN = 1.6;
const PLACE_REGION = 1.3;
const OTHER_PLACE = 0.4;
const OTHER_PLACE_CASE = 0.6;

/** A question worded like one a curator listed for this entry asks for this entry. */
const ASKED_FOR = 0.7;

const latestOf = (spans: readonly [number, number][]) =>
  spans.reduce((latest, span) => (span[0] > latest[0] ? span : latest));

/** How much the period an entry describes fits when the question asks about. */
function periodPrior(facts: EntryFacts, context: QuestionContext): number {
  const { years, spans, past, pastTense, present } = context.era;
  // "Now" beside a year asks about now ("is it still like 2017?"), unless the question says it
  // looks back ("in 2018 … that couldn't happen today … what was the rule back then?").
  // A story that looks back and then asks about now ("convicted years ago … the 2019 law … still
  // true after the October 2025 changes?") asks about the latest time it names.
  const asked = present && !past ? [] : present && spans.length > 1 ? [latestOf(spans)] : spans;
  if (asked.length > 0) {
    const inPeriod = asked.some(
      ([start, end]) => end > facts.from && (facts.until === undefined || start < facts.until),
    );
    // "The 2013 Trust Act" names the act, which took effect in 2014; a month asked ("October
    // 2019") is more exact than a year in a title.
    const named = years.some((y) => facts.namedYears.has(y));
    if (named && (inPeriod || asked.every(([start, end]) => end - start >= 1))) return IN_PERIOD;
    if (facts.status === 'superseded') return inPeriod ? IN_PERIOD : SUPERSEDED_TODAY;
    // A revoked order or an old report dates from the years it names: asked about another year
    // ("the order signed in April 2025"), it is not the one meant.
    if (facts.status === 'historical' && !named) return HISTORICAL_TODAY;
    if (facts.supersedes && asked.every(([, end]) => end <= facts.from)) return AFTER_PERIOD;
    return 1;
  }
  if (past && !present) return 1;
  // "Is the 2017 order still in force?": the year names the order asked about, and its entry says
  // it was revoked. A superseded rule's successor says so better ("is the 2013 Trust Act still
  // the law?": the rule in force, which replaced it).
  if (facts.status !== 'superseded' && years.some((y) => facts.namedYears.has(y))) return 1;
  // "What did…", "was it…": the past may be meant, but today's rule still comes first.
  const looksBack = pastTense && !present;
  if (facts.status === 'superseded') return looksBack ? SUPERSEDED_PAST_TENSE : SUPERSEDED_TODAY;
  return facts.status === 'historical' && !looksBack ? HISTORICAL_TODAY : 1;
}

function placePrior(facts: EntryFacts, context: QuestionContext): number {
  // "I live in Hartford, what is the DHS?": the town's own entry is neither asked for nor away.
  if (facts.place && context.homeKeys.has(facts.place)) return 1;
  if (facts.place && context.placeKeys.has(facts.place)) {
    // Where the state's rule is asked for, a Connecticut town's entry weighs as that rule does
    // (which then comes first: stateRuleFirst).
    const town = facts.isPlaceEntry && facts.region === 'connecticut';
    // Asked about a case there ("el caso Galarza, en Pensilvania"), the case's own entry is
    // what is asked; the place's entry stands beside it.
    const caseThere = facts.isPlaceEntry && context.asksCase;
    return (town && asksForStateRule(context)) || caseThere ? PLACE_REGION : PLACE_OWN;
  }
  // A town's or city's own entry answers for that place only.
  if (facts.place && facts.isPlaceEntry) return OTHER_PLACE;
  if (!context.region) return 1;
  switch (context.region) {
    case 'connecticut':
      // Another state's or city's rulings are not Connecticut's law, though they may inform it.
      // Asked what federal law says, a Connecticut question is answered by federal law first.
      return facts.region === 'connecticut'
        ? context.aboutFederalLaw
          ? 1
          : PLACE_REGION
        : facts.region === 'covered'
          ? OTHER_PLACE_CASE
          : 1;
    case 'covered':
      return facts.region === 'us' ? 1 : OTHER_PLACE;
    case 'elsewhere':
      // Connecticut's rules are never presented as if they were another state's; another covered
      // place's may be what is asked ("Oregon" and its Clackamas County case).
      if (facts.region === 'connecticut') return 0;
      return facts.region === 'us' ? 1 : OTHER_PLACE;
  }
}

/** An entry of the kind that gives the answer wanted ("what is X": the glossary entry). */
const ANSWER_KIND = 1.3;

/** The kinds of entry that give each kind of answer. */

const ANSWERED_BY: Record<AnswerKind, readonly string[]> = {
  definition: ['glossary'],
  workings: ['explainer'],
  wording: ['law'],
};

/**
 * Someone held or facing ICE now needs the rule that applies and what to do, not a word's
 * meaning, unless they ask what it means ("my dad has an ICE hold, can they keep him?").
 */
const DEFINITION_WHEN_FACING_ICE = 0.65;

function answerKindPrior(facts: EntryFacts, context: QuestionContext): number {
  if (!context.wants)
    return context.facingIce && facts.kind === 'glossary' ? DEFINITION_WHEN_FACING_ICE : 1;
  return ANSWERED_BY[context.wants].includes(facts.kind) ? ANSWER_KIND : 1;
}

/** How the question names an entry: not at all, by one of its names, or by its citation. */
export type EntryNaming = 'unnamed' | 'named' | 'cited';

/**
 * Asked by its citation ("8 CFR 287.7: how long can a jail hold someone?"), the rule itself
 * answers, ahead of explainers that cover more of the other words.
 */
const CITED = 1.8;

/**
 * The state's own overview sums up all of it, so its words meet nearly every question about the
 * state ("Connecticut is a sanctuary state, so ICE gets no data here, right?"): it leads only
 * where it is clearly what is asked ("is CT a sanctuary state?", "overall, how does Connecticut
 * deal with ICE?"), not over the entry on the thing asked about (measured with `npm run eval`).
 */
const STATE_OVERVIEW = 0.75;
const STATE_OVERVIEW_ASKED = 1.3;
const isStateOverview = (facts: EntryFacts) => facts.isPlaceEntry && facts.place === undefined;

/** The weight ranking gives an entry for what the question says besides its words. */
export function entryPrior(
  facts: EntryFacts,
  context: QuestionContext,
  phrasing: PhrasingMatch | undefined,
  naming: EntryNaming = 'unnamed',
): number {
  // Cited, the rule is the kind of answer wanted, however the rest is asked ("how long…").
  const kind = naming === 'cited' ? CITED * ANSWER_KIND : answerKindPrior(facts, context);
  const overview = isStateOverview(facts)
    ? context.asksOverview
      ? STATE_OVERVIEW_ASKED
      : STATE_OVERVIEW
    : 1;
  const place = placePrior(facts, context) * kind * overview;
  if (facts.isNews && asksForNews(context)) return NEWS_ASKED * place;
  const news = facts.isNews ? NEWS_UNASKED : 1;
  const period = periodPrior(facts, context);
  // The questions curators list under a news or superseded entry are about that news or that
  // period: asked in those words, or by one of its names ("PA 13-155", "the CT Mirror story"),
  // the entry is what is asked for, and is not held back. A year the question names still says
  // which period is meant.
  if ((phrasing?.similarity ?? 0) >= ASKED_FOR || naming !== 'unnamed')
    return (context.era.years.length > 0 ? period : Math.max(period, 1)) * place;
  return period * news * place;
}

/**
 * How much a long question leans on the phrasing's side: a story of twenty words holds a short
 * phrasing whole but is mostly not in it; a short question must match both ways.
 */
const STORY_FROM = 6;
const STORY_SLOPE = 0.1;
const MAX_STORY_WEIGHT = 3;

function storyWeight(termCount: number): number {
  return Math.min(MAX_STORY_WEIGHT, 1 + Math.max(0, termCount - STORY_FROM) * STORY_SLOPE);
}

/** How much each kind of evidence counts (measured with `npm run eval`). */
const PASSAGE_WEIGHT = 0.45;
const PHRASING_WEIGHT = 0.7;

/**
 * One number per entry from the two kinds of evidence: how close the question comes to a way
 * people ask for the entry, and how well its best passage covers the question. Either alone can
 * carry an entry; both together carry it further.
 */
export function combineEvidence(
  passage: PassageEvidence | undefined,
  bestScore: number,
  phrasing: PhrasingMatch | undefined,
  termCount: number,
): number {
  const beta = storyWeight(termCount);
  const fromPassage =
    passage && bestScore > 0
      ? passage.coverage ** (2 / beta) * Math.sqrt(passage.score / bestScore)
      : 0;
  const b2 = beta ** 2;
  const u = phrasing?.questionCoverage ?? 0;
  const p = phrasing?.phrasingCoverage ?? 0;
  const fromPhrasing = u + p > 0 ? ((1 + b2) * u * p) / (b2 * u + p) : 0;
  return PASSAGE_WEIGHT * fromPassage + PHRASING_WEIGHT * fromPhrasing;
}

/**
 * Whether a question asks only about today whatever else it names: "now" beside a year or an old
 * story ("a 2017 article said so: is that still happening?"), not also what was ("what did it
 * claim, and does it still hold up?").
 */
const asksAboutNow = ({ era }: QuestionContext): boolean =>
  era.present && !era.past && !era.pastTense;

/** Whether a question looks back: the past, a year before last, or worded in the past tense. */
function looksBack(context: QuestionContext, thisYear: number): boolean {
  const { era } = context;
  return (
    !asksAboutNow(context) &&
    (era.past || era.pastTense || era.years.some((year) => year < thisYear - 1))
  );
}

/** A news story asked about as news, not as a way into how things stand today. */
const asksForNews = (context: QuestionContext): boolean =>
  context.aboutNews && (context.weighsStory || !asksAboutNow(context));

/**
 * The rule in force leads a question about today: a superseded rule, a record of what was (a
 * revoked order, a discontinued report) or a news story never comes first unless the past or the
 * news is asked about, whatever their words matched. The entries keep their order otherwise.
 */
export function currentFirst<T extends { entry: number }>(
  ranked: readonly T[],
  facts: readonly EntryFacts[],
  context: QuestionContext,
  thisYear = new Date().getUTCFullYear(),
): T[] {
  if (looksBack(context, thisYear)) return [...ranked];
  // A record named by its year ("is the 2017 order still in effect?") is what is asked about;
  // so is one beside what people said ("compliant with 1373, according to Governor Malloy?").
  const namedByYear = (f: EntryFacts) => context.era.years.some((y) => f.namedYears.has(y));
  const dated = (f: EntryFacts) =>
    f.status === 'superseded' ||
    (f.status === 'historical' && !context.aboutNews && !namedByYear(f)) ||
    (f.isNews && !asksForNews(context));
  return promote(ranked, facts, dated, (f) => !dated(f));
}

/**
 * Someone held or facing ICE in Connecticut, or asking what its police and jails may do with a
 * hold, needs the state's rule first (the one in force, or the one of the time asked about): it
 * decides what a town's police and jail may do. The town's own entry, or what a word means,
 * stands beside it, unless the word's meaning is what was asked. The rule is taken from every
 * ranked entry that `answers`, not only those close to the first.
 */
export function stateRuleFirst<T extends { entry: number; score: number }>(
  ordered: readonly T[],
  ranked: readonly T[],
  answers: (hit: T) => boolean,
  facts: readonly EntryFacts[],
  context: QuestionContext,
  thisYear = new Date().getUTCFullYear(),
): T[] {
  const first = ordered[0];
  const past = looksBack(context, thisYear);
  // Looking back, a question about holds may be about a town's own past ("why did the feds list
  // East Haven in 2017?"); someone who was held then still needs the rule of that time.
  const needsRule = context.facingIce || (asksForStateRule(context) && !past);
  if (!first || !needsRule || context.region !== 'connecticut') return [...ordered];
  const stateRule = (f: EntryFacts) =>
    f.region === 'connecticut' &&
    f.place === undefined &&
    // Its laws and its overview: an explainer of one matter (courthouses, data) is no rule.
    (f.kind === 'law' || isStateOverview(f)) &&
    !f.isNews &&
    // The rule of the time asked about, when the question looks back.
    (f.status === 'current' || past);
  const lead = facts[first.entry] as EntryFacts;
  const town = lead.isPlaceEntry && lead.region === 'connecticut' && lead.place !== undefined;
  // A word's meaning leads only when it, or how the thing works ("how long can a hold last?"), is
  // what was asked.
  // Naming the state's rule ("the Trust Act") puts it before a town, not before its own word.
  // Facing ICE at the door, no rule of the state's on holds is what is asked.
  const word = lead.kind === 'glossary' && context.wants === undefined && context.aboutHolds;
  // Asked about holds, Connecticut's own explainers (how data reaches ICE, courthouses) stand
  // beside its law on holds, not before it.
  // So does the state's own overview: it sums up more than holds.
  const explainer =
    context.aboutHolds &&
    lead.region === 'connecticut' &&
    (lead.kind === 'explainer' || isStateOverview(lead));
  // Someone held here whose question a federal statute or regulation leads, or anyone asking
  // whether police here may hold someone ("may police in Enfield hold a person for ICE?"), needs
  // what Connecticut lets its jails do first: the state's law decides that, unless federal law or
  // how a hold works is what was asked.
  const federal =
    (context.facingIce || context.asksMayHold) &&
    context.aboutHolds &&
    (context.asksMayHold || lead.kind === 'law') &&
    lead.region !== 'connecticut' &&
    !context.aboutFederalLaw &&
    context.wants === undefined;
  if (!town && !word && !explainer && !federal) return [...ordered];
  const within = ranked.filter(
    (hit) =>
      stateRule(facts[hit.entry] as EntryFacts) &&
      hit.score >= first.score * STATE_RULE_REACH &&
      answers(hit),
  );
  // A question about holds is answered by the rule on holds, the law, before an explainer.
  const rule =
    (context.aboutHolds ? within.find((hit) => facts[hit.entry]?.kind === 'law') : undefined) ??
    within[0];
  return rule ? [rule, ...ordered.filter((hit) => hit.entry !== rule.entry)] : [...ordered];
}

/**
 * A question that tells of a situation gets its entry first. Someone held who asks what to do or
 * whom to call ("they took my dad, who do we call?") needs a lawyer: where to find legal help
 * leads, the rules that apply beside it, even when the question shares no word with it
 * (`unmatched` makes its hit when search did not reach it). Agents at the door: what they may do
 * there comes first, then legal help.
 */
export function situationFirst<T extends { entry: number }>(
  ordered: readonly T[],
  ranked: readonly T[],
  facts: readonly EntryFacts[],
  context: QuestionContext,
  unmatched: (entry: number) => T,
): T[] {
  let result = [...ordered];
  const lead = (hit: T) => (result = [hit, ...result.filter((h) => h.entry !== hit.entry)]);
  if (result.length > 0 && context.asksWhatToDoWhenHeld) {
    const help = situationEntry(facts, 'legal-help');
    if (help >= 0) lead(ranked.find((hit) => hit.entry === help) ?? unmatched(help));
  }
  // Agents at the door: told as a story, it may hold too little of the entry's words to pass
  // the gate, but its words matched (the door, ICE) and it is what is asked; what to do there
  // comes before finding a lawyer.
  if (context.atTheDoor) {
    const door = situationEntry(facts, 'at-the-door');
    const doorHit = ranked.find((hit) => hit.entry === door);
    if (doorHit) lead(doorHit);
  }
  return result;
}

// Per index, not per question: a large knowledge base has thousands of entries to look through.
const situationEntries = new WeakMap<readonly EntryFacts[], Map<Situation, number>>();

function situationEntry(facts: readonly EntryFacts[], situation: Situation): number {
  let entries = situationEntries.get(facts);
  if (!entries) {
    entries = new Map();
    facts.forEach((f, entry) => {
      if (f.situation) entries?.set(f.situation, entry);
    });
    situationEntries.set(facts, entries);
  }
  return entries.get(situation) ?? -1;
}

/** How far below the first entry the state's rule may be and still go before it. */
const STATE_RULE_REACH = 0.4;

/** When the first entry is `unwanted`, the best entry that is `wanted` goes before it. */
function promote<T extends { entry: number }>(
  ranked: readonly T[],
  facts: readonly EntryFacts[],
  unwanted: (f: EntryFacts) => boolean,
  wanted: (f: EntryFacts) => boolean,
  near: (hit: T) => boolean = () => true,
): T[] {
  const first = ranked[0];
  if (!first || !unwanted(facts[first.entry] as EntryFacts)) return [...ranked];
  const better = ranked.findIndex((hit) => wanted(facts[hit.entry] as EntryFacts) && near(hit));
  if (better < 0) return [...ranked];
  return [ranked[better] as T, ...ranked.filter((_, i) => i !== better)];
}

/** How far below a place's own entry the case decided there may be and still go before it. */
const CASE_REACH = 0.5;

/**
 * A court case asked about ("a citizen held on a detainer in Pennsylvania: what was that case
 * called?") is answered by the case, before the place's entry or the explainer that tells of it.
 */
export function caseFirst<T extends { entry: number; score: number }>(
  ranked: readonly T[],
  facts: readonly EntryFacts[],
  context: QuestionContext,
  namesStatute = false,
): T[] {
  const first = ranked[0];
  const lead = first && facts[first.entry];
  // An explainer tells of cases too, unless the question names the statute it is about ("1373
  // got struck down after that sports betting case?"): the statute's fate is then what is asked.
  const tellsOfCases =
    (lead?.kind === 'explainer' && !namesStatute) ||
    (lead?.isPlaceEntry && lead.place !== undefined);
  if (!first || !tellsOfCases || !context.asksForCase) return [...ranked];
  return promote(
    ranked,
    facts,
    () => true,
    (f) => f.kind === 'case',
    (hit) => hit.score >= first.score * CASE_REACH,
  );
}

/** A glossary entry: what a "what is X" question is answered with. */
export const isDefinition = (facts: readonly EntryFacts[], hit: { entry: number }) =>
  facts[hit.entry]?.kind === 'glossary';

/** A definition asked for in the words of one of its curated phrasings. */
export const isAskedDefinition = (facts: readonly EntryFacts[], hit: RankedEntry) =>
  isDefinition(facts, hit) && holdsWholePhrasing(hit);

/** How far below the first entry a definition asked for may be and still go before it. */
const DEFINITION_REACH = 0.8;

/**
 * "What is X", asked in the words of X's glossary entry, is answered by that definition, though an
 * entry about something else the question mentions ("the anticommandeering the lawyers mention":
 * legal help) scores a little higher.
 */
export function definitionFirst(
  ranked: readonly RankedEntry[],
  facts: readonly EntryFacts[],
  context: QuestionContext,
  named: ReadonlySet<number> = new Set(),
): readonly RankedEntry[] {
  const first = ranked[0];
  if (!first || context.wants !== 'definition') return ranked;
  // Of the definitions asked for within reach, the one the question names ("¿qué es una orden
  // administrativa?"), then the one whose phrasing is closest to the question, and of equally
  // close ones the one with the fewest terms: "what is ICE" holds whole a phrasing of the ICE
  // detainer's too (its one word standing for all three of "an ICE hold"), yet asks for ICE.
  let asked = -1;
  ranked.forEach((hit, i) => {
    if (!isAskedDefinition(facts, hit) || hit.score < first.score * DEFINITION_REACH) return;
    const other = ranked[asked];
    const namedFirst = other ? Number(named.has(hit.entry)) - Number(named.has(other.entry)) : 1;
    if (!other || namedFirst > 0 || (namedFirst === 0 && isCloser(hit, other))) asked = i;
  });
  if (asked <= 0) return ranked;
  return [ranked[asked] as RankedEntry, ...ranked.filter((_, i) => i !== asked)];
}

/** Whether `a`'s phrasing is closer to the question than `b`'s: more alike, then shorter. */
function isCloser(a: RankedEntry, b: RankedEntry): boolean {
  const [x, y] = [a.phrasing, b.phrasing];
  if (!x || !y) return x !== undefined;
  return x.similarity !== y.similarity ? x.similarity > y.similarity : x.size < y.size;
}

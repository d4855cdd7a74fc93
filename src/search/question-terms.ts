import { analysisOf, type Analysis } from './analysis.js';
import { asksWhatIceMay, asksWhatIsDeclined, otherMeaningWords } from './off-topic.js';
import { expandSynonyms, type Expansion } from './synonyms.js';

/** Longer questions are cut: a story of a few sentences fits, a pasted page does not. */
export const MAX_QUESTION_CHARS = 600;
export const MAX_TERMS = 24;
/** Of a longer question, its start (who, where) is read, and this much of its end. */
const STORY_END_CHARS = 450;
/**
 * A story asks its question last ("…can the police keep him locked up just for ICE?"): when it
 * has more terms than are searched, its last ones are kept before its first few, and those before
 * its middle.
 */
const STORY_HEAD_TERMS = 6;

/**
 * Of a story with more terms than are searched, the ones that carry it: its telling words wherever
 * they stand ("…then the jail said there was an ICE detainer on him…"), then its last terms, then
 * its first. Kept in the order they were written.
 */
export function storyTerms<T>(terms: readonly T[], telling: (term: T) => boolean): T[] {
  if (terms.length <= MAX_TERMS) return [...terms];
  const tailFrom = terms.length - (MAX_TERMS - STORY_HEAD_TERMS);
  const zone = (at: number) => (at >= tailFrom ? 0 : at < STORY_HEAD_TERMS ? 1 : 2);
  const rank = (at: number) => (telling(terms[at] as T) ? 0 : 3) + zone(at);
  return terms
    .map((_, at) => at)
    .sort((a, b) => rank(a) - rank(b) || b - a)
    .slice(0, MAX_TERMS)
    .sort((a, b) => a - b)
    .map((at) => terms[at] as T);
}

/**
 * The part of a question that is read: all of it, up to `MAX_QUESTION_CHARS`; of a longer one,
 * its start and its end, cut between words.
 */
export function readPart(question: string): string {
  if (question.length <= MAX_QUESTION_CHARS) return question;
  const head = question.slice(0, MAX_QUESTION_CHARS - STORY_END_CHARS);
  const tail = question.slice(-STORY_END_CHARS);
  return `${head.slice(0, head.lastIndexOf(' ') + 1 || head.length)} ${tail.slice(tail.indexOf(' ') + 1)}`;
}
/** No real word is longer; longer tokens are noise (or an attempt to make fuzzy matching explode). */
export const MAX_TERM_LENGTH = 30;

/**
 * What a token with digits is. `identifier`: a statute or form number (1373, 287g, i247a);
 * `year`: 1900–2099; `number`: anything else (12, 48, 287.7, hw3), searched only where the
 * knowledge uses it.
 */
export type NumberKind = 'identifier' | 'year' | 'number';

export interface QuestionTerm {
  /** The word as normalized from the question. */
  word: string;
  /** The analyzed (stemmed) term searched for. */
  term: string;
  /** A modal or negation word: searched, but weighs little. */
  weak: boolean;
  /** Set for tokens with digits. */
  number?: NumberKind;
  /** For a year: it sits beside a law word ("the 2019 trust act", "EO from 2025"). */
  namesLaw?: boolean;
  /**
   * For a small number: a unit follows it ("48 hours") or a bill's letters precede it ("SB 54"),
   * so it means something.
   */
  counts?: boolean;
}

export interface QuestionTerms {
  terms: QuestionTerm[];
  expansions: Expansion[];
  /** Every year the question mentions, law name or not: when it asks about. */
  years: number[];
  /** It asks something this bot declines (office hours, fees, arithmetic), whatever it names. */
  declined: boolean;
  /** It asks whether ICE may see, be told, arrest or hold ("can ICE get my census answers?"). */
  asksWhatIceMay: boolean;
}

/** Words that make a year part of a law's name rather than a date ("the 2013 act"). */
const LAW_WORDS = new Set([
  'act',
  'acts',
  'law',
  'laws',
  'amendment',
  'amendments',
  'bill',
  'order',
  'eo',
  'memo',
  'policy',
  'directive',
  'list',
  'report',
  'rule',
  'rules',
  'version',
  'ley',
  'orden',
  'lista',
  'trust',
]);
const YEAR_NEIGHBOURS = 2;

/** What a bill's number follows ("SB 54", "AB 103"). */
const BILL = new Set(['sb', 'hb', 'ab', 'hr']);

/** What a small number counts when it means something ("48 hours", "7 factors", "13 delitos"). */
const UNITS = new Set(
  'hour hours hrs hr day days week weeks month months year years offense offenses offence offences crime crimes factor factors condition conditions felonies misdemeanors horas hora dias días semanas meses años delitos factores condiciones'.split(
    ' ',
  ),
);

/**
 * "Do his fingerprints still reach ICE even with the Trust Act?": what follows a concession is
 * what the asker grants, not what they ask about, so its words weigh as weak ones do.
 */
const CONCESSIONS = [
  ['even', 'with'],
  ['despite'],
  ['in', 'spite', 'of'],
  ['regardless', 'of'],
  ['aun', 'con'],
  ['a', 'pesar', 'de'],
  ['pese', 'a'],
];
const CONCEDED_WORDS = 4;

function concededWords(all: readonly string[]): Set<number> {
  const conceded = new Set<number>();
  all.forEach((_, at) => {
    const cue = CONCESSIONS.find((words) => words.every((w, j) => all[at + j] === w));
    if (!cue) return;
    for (let j = at + cue.length; j < at + cue.length + CONCEDED_WORDS && j < all.length; j++)
      conceded.add(j);
  });
  return conceded;
}

/**
 * A form number (i589) or a long number (1324) names something even when the knowledge lacks it,
 * so a question about it is not answered with something else; "3.2", "hw3" or "12" name nothing.
 */
function numberKind(word: string): NumberKind | undefined {
  if (!/\d/.test(word)) return undefined;
  if (/^(?:19|20)\d\d$/.test(word)) return 'year';
  if (/^[in]\d{3}[a-z]?$/.test(word) || /^\d{3,}[a-z]?$/.test(word)) return 'identifier';
  return 'number';
}

/**
 * Turns free text into a bounded list of analyzed terms. Nothing of the question's own syntax
 * survives: Lunr never parses user text, so `*`, `~5`, `field:` and `^10` are plain characters here.
 */
export function questionTerms(
  question: string,
  analysis: Analysis = analysisOf('en'),
): QuestionTerms {
  const { words, stem, isStopWord, isWeakWord } = analysis;
  // A letter alone ("part b", "u") names nothing.
  const all = words(readPart(question)).filter(
    (word) => word.length <= MAX_TERM_LENGTH && (word.length > 1 || /\d/.test(word)),
  );
  const seen = new Set<string>();
  const terms: QuestionTerm[] = [];
  const years: number[] = [];
  const otherMeaning = otherMeaningWords(all, analysis);
  const conceded = concededWords(all);
  all.forEach((word, at) => {
    if (isStopWord(word) || otherMeaning.has(at)) return;
    const number = numberKind(word);
    // A long story's years all say when it asks about ("after the October 2025 changes").
    if (number === 'year') years.push(Number(word));
    const term = stem(word);
    if (seen.has(term)) return;
    seen.add(term);
    const namesLaw =
      number === 'year' &&
      all
        .slice(Math.max(0, at - YEAR_NEIGHBOURS), at + YEAR_NEIGHBOURS + 1)
        .some((neighbour) => LAW_WORDS.has(neighbour));
    // "SB 54", "AB 103": a short number after a bill's letters names the bill.
    const counts =
      number === 'number' && (UNITS.has(all[at + 1] ?? '') || BILL.has(all[at - 1] ?? ''));
    terms.push({
      word,
      term,
      weak: isWeakWord(word) || conceded.has(at),
      ...(number ? { number } : {}),
      ...(namesLaw ? { namesLaw } : {}),
      ...(counts ? { counts } : {}),
    });
  });
  const searched = all.filter((_, at) => !otherMeaning.has(at));
  return {
    terms,
    expansions: expandSynonyms(searched, analysis),
    years,
    declined: asksWhatIsDeclined(all, analysis, otherMeaning),
    asksWhatIceMay: asksWhatIceMay(all, otherMeaning),
  };
}

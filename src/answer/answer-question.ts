import type { Entry, Knowledge, Passage } from '../knowledge/knowledge.js';
import { analysisOf, type Analysis } from '../search/analysis.js';
import type { PassageIndex } from '../search/passage-index.js';
import { keptForLegalMeaning } from '../search/stop-words.js';
import { indexTermWeight, searchPassages, type PassageHit } from '../search/search-passages.js';
import { makeSnippet } from '../search/snippet.js';
import type { QuestionContext } from '../search/question-context.js';
import type { Answer, AnswerNotice, AnswerResult, EntryRef } from './answer.js';
import { citedSources } from './citations.js';
import { relatedRefs, toEntryRef } from './entry-refs.js';
import { translatedOn } from './translation-state.js';
import { inForceSince } from '../knowledge/in-force.js';
import { LEGAL_HELP_ENTRY } from '../knowledge/situation-entries.js';

const SUGGESTIONS = 3;

// "can", "will", "not"... are searched for their legal meaning; alone in bold they are noise.
const weakTermsOf = (analysis: Analysis) => new Set([...keptForLegalMeaning].map(analysis.stem));
const weakTerms = { en: weakTermsOf(analysisOf('en')) } as Record<string, ReadonlySet<string>>;
const isWeakTerm = (analysis: Analysis, term: string) =>
  (weakTerms[analysis.language] ??= weakTermsOf(analysis)).has(term) || analysis.isWeakWord(term);

/** How a passage was matched: its snippet centres on and bolds the matched terms. */
export interface PassageMatch {
  terms: ReadonlySet<string>;
  /** The analysis the passage was matched with (English by default). */
  analysis?: Analysis;
  score: number;
  weightOf?: (term: string) => number;
}

/** One entry's passage as an answer shows it: cited snippet, summary, dates, related entries. */
export function passageResult(
  knowledge: Knowledge,
  entry: Entry,
  passage: Passage,
  match: PassageMatch,
): AnswerResult {
  const sources = citedSources(passage.citations, knowledge.sources);
  const numberOf = (id: string) => sources.find((s) => s.id === id)?.number;
  const analysis = match.analysis ?? analysisOf('en');
  return {
    id: entry.id,
    title: entry.title,
    kind: entry.kind,
    jurisdiction: entry.jurisdiction,
    summary: entry.summary,
    asOf: entry.as_of,
    reviewed: entry.reviewed,
    passageId: passage.id,
    ...(passage.heading ? { heading: passage.heading } : {}),
    snippet: makeSnippet(passage, match.terms, numberOf, {
      ...(match.weightOf ? { weightOf: match.weightOf } : {}),
      isWeak: (term) => isWeakTerm(analysis, term),
      analyze: analysis.analyze,
    }),
    sources,
    score: Math.round(match.score * 1000) / 1000,
    related: relatedRefs(entry, knowledge),
    status: entry.status,
    ...supersededBy(entry, knowledge),
    language: entry.language,
    ...translatedOn(entry),
  };
}

/** The rule in force that replaced a superseded entry's, for the "old rule" label. */
function supersededBy(entry: Entry, knowledge: Knowledge): Pick<AnswerResult, 'supersededBy'> {
  const current = entry.superseded_by ? knowledge.entriesById.get(entry.superseded_by) : undefined;
  return current ? { supersededBy: { ...toEntryRef(current), asOf: inForceSince(current) } } : {};
}

const toResult = (hit: PassageHit, index: PassageIndex): AnswerResult =>
  passageResult(index.knowledge, hit.entry, hit.passage, {
    terms: hit.matchedTerms,
    analysis: index.analysis,
    score: hit.score,
    weightOf: (term) => indexTermWeight(index, term),
  });

/** A nearest entry this close to the question is worth suggesting when nothing answers it. */
const SUGGESTION_SCORE = 0.35;

/**
 * The entries closest to what was asked, for when nothing answers it well enough: only those that
 * share a topic word with the question and come close, so a question about fireworks suggests
 * nothing rather than three unrelated explainers.
 */
function closestEntries(nearest: readonly PassageHit[]): EntryRef[] {
  return nearest
    .filter((hit) => hit.score >= SUGGESTION_SCORE)
    .slice(0, SUGGESTIONS)
    .map((hit) => toEntryRef(hit.entry));
}

function noticesFor(
  context: QuestionContext,
  knowledge: Knowledge,
  answered: boolean,
): AnswerNotice[] {
  const notices: AnswerNotice[] = [];
  if (context.region === 'elsewhere') {
    const places = context.places
      .filter((m) => m.place.scope === 'elsewhere')
      .map((m) => m.place.name);
    notices.push({ kind: 'place-not-covered', places });
  }
  const help = knowledge.entriesById.get(LEGAL_HELP_ENTRY);
  if (context.facingIce && answered && help)
    notices.push({ kind: 'legal-help', entry: toEntryRef(help) });
  return notices;
}

/** Answers a question from the knowledge base: cited snippets, or an honest "no sourced answer". */
export function answerQuestion(index: PassageIndex, question: string): Answer {
  const outcome = searchPassages(index, question);
  const results = outcome.hits.map((hit) => toResult(hit, index));
  return {
    query: question,
    status: outcome.empty ? 'empty-question' : results.length > 0 ? 'answered' : 'no-answer',
    results,
    suggestions: results.length > 0 ? [] : closestEntries(outcome.nearest),
    knowledgeVersion: index.knowledge.version,
    language: index.language,
    notices: noticesFor(outcome.context, index.knowledge, results.length > 0),
  };
}

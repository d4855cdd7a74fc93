import * as z from 'zod/mini';
import type { Answer, AnswerResult } from '../answer/answer.js';
import { kebabId } from '../knowledge/schema.js';
import { TOP_K } from './retrieval-eval.js';

/**
 * A question as people ask it, with the entries that would be a right first answer; an empty
 * `first` means the bot must decline it (nothing in the knowledge answers it).
 */
export const entryQuestionSchema = z.object({
  q: z.string(),
  first: z.array(kebabId),
  style: z._default(z.string(), 'unlabelled'),
});

export type EntryQuestion = z.infer<typeof entryQuestionSchema>;

export interface EntryOutcome {
  question: EntryQuestion;
  /** The entries the bot answered with, best first (empty when it declined). */
  got: string[];
  /** 1-based rank of the first right entry, or 0. */
  rank: number;
  declined: boolean;
  /** The lead is an old rule or a news story, and the question wanted another entry. */
  oldLead: boolean;
}

/** What a reader takes for today's rule is the first entry: an old rule or news there misleads. */
const isOldOrNews = (result: AnswerResult) => result.status !== 'current' || result.kind === 'news';

export function judgeEntries(question: EntryQuestion, answer: Answer): EntryOutcome {
  const results = answer.status === 'answered' ? answer.results : [];
  const got = results.map((r) => r.id);
  const lead = results[0];
  return {
    question,
    got,
    rank: got.findIndex((id) => question.first.includes(id)) + 1,
    declined: got.length === 0,
    oldLead: lead !== undefined && !question.first.includes(lead.id) && isOldOrNews(lead),
  };
}

export interface EntrySummary {
  /** Questions the knowledge answers, and those it must decline. */
  answerable: number;
  outOfScope: number;
  first: number;
  hitAt3: number;
  mrr: number;
  /** Answerable questions that got no answer. */
  wronglyDeclined: number;
  /** Out-of-scope questions that got an answer anyway. */
  padded: number;
  /** Answerable questions led by an old rule or news they did not ask for. */
  oldFirst: number;
  misses: EntryOutcome[];
}

export function summarizeEntries(outcomes: readonly EntryOutcome[]): EntrySummary {
  const answerable = outcomes.filter((o) => o.question.first.length > 0);
  const outOfScope = outcomes.filter((o) => o.question.first.length === 0);
  const share = (n: number) => (answerable.length ? n / answerable.length : 1);
  return {
    answerable: answerable.length,
    outOfScope: outOfScope.length,
    first: share(answerable.filter((o) => o.rank === 1).length),
    hitAt3: share(answerable.filter((o) => o.rank >= 1 && o.rank <= TOP_K).length),
    mrr: share(answerable.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0)),
    wronglyDeclined: answerable.filter((o) => o.declined).length,
    padded: outOfScope.filter((o) => !o.declined).length,
    oldFirst: answerable.filter((o) => o.oldLead).length,
    misses: outcomes.filter((o) => (o.question.first.length ? o.rank !== 1 : !o.declined)),
  };
}

export function parseEntryQuestions(jsonl: string): EntryQuestion[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => entryQuestionSchema.parse(JSON.parse(line)));
}

import * as z from 'zod/mini';
import '../zod-messages.js';
import type { Answer, AnswerResult } from '../answer/answer.js';

export const evalQuestionSchema = z.object({
  q: z.string(),
  expect: z.array(z.array(z.string()).check(z.minLength(1))),
});

export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export const TOP_K = 3;

const isCited = (result: AnswerResult) => result.sources.some((s) => s.title && s.url);

/** A result answers when, for every expected group, one phrase is in its title or snippet. */
export function resultAnswers(result: AnswerResult, expect: string[][]): boolean {
  const haystack = `${result.title}\n${result.snippet}`.toLowerCase();
  return expect.every((group) => group.some((phrase) => haystack.includes(phrase.toLowerCase())));
}

export interface QuestionOutcome {
  question: EvalQuestion;
  /** 1-based rank of the first answering result within the top three, or 0. */
  rank: number;
  allCited: boolean;
  hit: boolean;
}

export function judge(question: EvalQuestion, answer: Answer): QuestionOutcome {
  const top = answer.results.slice(0, TOP_K);
  const index = top.findIndex((result) => resultAnswers(result, question.expect));
  const allCited = top.length > 0 && top.every(isCited);
  return { question, rank: index + 1, allCited, hit: index >= 0 && allCited };
}

export interface EvalSummary {
  total: number;
  hits: number;
  hitAt3: number;
  mrr: number;
  misses: QuestionOutcome[];
}

export function summarize(outcomes: QuestionOutcome[]): EvalSummary {
  const hits = outcomes.filter((o) => o.hit);
  const total = outcomes.length || 1;
  return {
    total: outcomes.length,
    hits: hits.length,
    hitAt3: hits.length / total,
    mrr: hits.reduce((sum, o) => sum + 1 / o.rank, 0) / total,
    misses: outcomes.filter((o) => !o.hit),
  };
}

export function parseEvalQuestions(jsonl: string): EvalQuestion[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => evalQuestionSchema.parse(JSON.parse(line)));
}

import type { Language } from '../knowledge/languages.js';
import { median } from './statistics.js';

export interface ReplyLengths {
  language: Language;
  replies: number;
  median: number;
  max: number;
  /** Replies longer than the budget a reply is cut to: none, if cutting works. */
  overBudget: number;
}

/** How long the replies are that a reader sees, per language, from their visible lengths. */
export function replyLengths(
  lengths: ReadonlyMap<Language, readonly number[]>,
  budget: number,
): ReplyLengths[] {
  return [...lengths].map(([language, counts]) => {
    const sorted = [...counts].sort((a, b) => a - b);
    return {
      language,
      replies: sorted.length,
      median: median(sorted),
      max: sorted.at(-1) ?? 0,
      overBudget: sorted.filter((n) => n > budget).length,
    };
  });
}

import type { AnswerEngine } from '../app/answer-engine.js';
import { languages } from '../knowledge/languages.js';

/**
 * Every passage id the engine answers from, in every language (English `entry#3`, Spanish
 * `entry#es-3`): what button ids' passage keys are resolved against.
 */
export const servedPassageIds = (engine: AnswerEngine): string[] => [
  ...new Set(
    languages.flatMap((language) => engine.indexes[language].knowledge.passages.map((p) => p.id)),
  ),
];

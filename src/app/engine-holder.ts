import type { AnswerEngine } from './answer-engine.js';

/**
 * The engine being served, swappable as a whole: a knowledge reload builds and checks a new
 * engine first and only then replaces the old one, so no handler ever sees half a reload.
 */
export interface EngineHolder {
  readonly current: AnswerEngine;
  replace(next: AnswerEngine): void;
}

export function holdEngine(first: AnswerEngine): EngineHolder {
  let current = first;
  return {
    get current() {
      return current;
    },
    replace(next) {
      current = next;
    },
  };
}

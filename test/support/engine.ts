import { loadEngine } from '../../src/app/load-engine.js';
import type { AnswerEngine } from '../../src/app/answer-engine.js';

let shipped: Promise<AnswerEngine> | undefined;

/** The engine over the shipped knowledge base, built once per test file. */
export function shippedEngine(): Promise<AnswerEngine> {
  shipped ??= loadEngine('knowledge').then((result) => {
    if (!result.ok) {
      const first = result.problems.find((p) => p.severity === 'error');
      throw new Error(
        `shipped knowledge fails its checks: ${first?.file}:${first?.line} ${first?.message}`,
      );
    }
    return result.engine;
  });
  return shipped;
}

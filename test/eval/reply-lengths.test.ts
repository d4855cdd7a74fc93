import { describe, expect, it } from 'vitest';
import { replyLengths } from '../../src/eval/reply-lengths.js';

describe('reply lengths', () => {
  it('gives each language its median, its longest and how many run over the budget', () => {
    const lengths = new Map([
      ['en', [900, 1600, 1200]],
      ['es', [1000, 1400]],
    ] as const);
    expect(replyLengths(lengths, 1500)).toEqual([
      { language: 'en', replies: 3, median: 1200, max: 1600, overBudget: 1 },
      { language: 'es', replies: 2, median: 1200, max: 1400, overBudget: 0 },
    ]);
  });

  it('reports nothing for no replies', () => {
    expect(replyLengths(new Map(), 1500)).toEqual([]);
  });
});

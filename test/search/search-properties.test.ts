import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/app/answer-engine.js';
import { shippedEngine } from '../support/engine.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = await shippedEngine();
});

const lunrSyntax = fc.constantFrom(
  '*',
  '~',
  '~5',
  '^',
  '^10',
  ':',
  'title:',
  '+',
  '-',
  '\\',
  '"',
  '(',
  ')',
  ' ',
);
const words = fc.constantFrom(
  'detainer',
  '1373',
  '287(g)',
  'I-247A',
  'ICE',
  'hold',
  'Connecticut',
  '@everyone',
  '😀',
  '東京',
  'ñ',
);
const hostileText = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      lunrSyntax,
      words,
    ),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(''));

describe('search never breaks', () => {
  it('answers any string with well-formed results', () => {
    fc.assert(
      fc.property(hostileText, (question) => {
        const answer = engine.ask(question);
        expect(answer.results.length).toBeLessThanOrEqual(5);
        expect(new Set(answer.results.map((r) => r.id)).size).toBe(answer.results.length);
        for (const result of answer.results) {
          expect(result.sources.length).toBeGreaterThan(0);
          expect(typeof result.snippet).toBe('string');
          expect(result.snippet.length).toBeGreaterThan(0);
        }
        expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
      }),
      { numRuns: 300 },
    );
  });

  it('survives an edit distance and wildcards that would exhaust Lunr if passed through', () => {
    for (const question of [
      'abcdefghijklmnopqrst~5',
      '*',
      'a* b* c* d*',
      'x'.repeat(100_000),
      `${'detainer~9 '.repeat(2000)}`,
    ]) {
      expect(() => engine.ask(question)).not.toThrow();
    }
  });
});

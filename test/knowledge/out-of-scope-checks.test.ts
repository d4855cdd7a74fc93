import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedProblems } from './shipped-problems.js';

const outOfScopeProblems = (edit: (text: string) => string) =>
  shippedProblems('outOfScope', edit, ['out-of-scope', 'schema']);

const addToEnglish = (question: string) => (text: string) =>
  text.replace('\nen:\n', `\nen:\n  - ${question}\n`);

describe('the out-of-scope check on the shipped list', () => {
  it('accepts it as it is', () => {
    expect(outOfScopeProblems((text) => text)).toEqual([]);
  });

  it("refuses a question that is also an entry's curated question, however it is capitalized", () => {
    const problems = outOfScopeProblems(addToEnglish('What does immigration DETAINER mean?'));
    expect(problems.map((p) => p.message)).toEqual([
      '"What does immigration DETAINER mean?" is listed as out of scope and as a way to ask "detainer": it cannot be both',
    ]);
    // The line just under `en:`, wherever the list's opening comment ends.
    const enLine =
      readFileSync('knowledge/out-of-scope.yaml', 'utf8').split('\n').indexOf('en:') + 1;
    expect(problems[0]?.line).toBe(enLine + 1);
  });

  it('refuses a question listed twice', () => {
    const problems = outOfScopeProblems(
      addToEnglish('who won the game last night\n  - Who won the game last night?'),
    );
    expect(problems.map((p) => p.message)).toEqual([
      '"Who won the game last night?" is listed twice under en',
    ]);
  });

  it('refuses a language the knowledge does not have', () => {
    const problems = outOfScopeProblems((text) => `${text}fr:\n  - quelle heure est-il\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.rule).toBe('schema');
  });
});

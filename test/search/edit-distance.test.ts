import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { isLikelySlip, withinOneEdit } from '../../src/search/edit-distance.js';
import { nearWords } from '../../src/search/query-plan.js';

/** Optimal string alignment distance, by the textbook table: the reference to check against. */
function alignmentDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[a.length]![b.length]!;
}

describe('withinOneEdit', () => {
  it('agrees with the alignment distance on short words from a small alphabet', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(alignmentDistance(a, b) <= 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes one slip of each kind and refuses two', () => {
    expect(withinOneEdit('detainer', 'detaner')).toBe(true);
    expect(withinOneEdit('detainer', 'detainre')).toBe(true);
    expect(withinOneEdit('detainer', 'detainor')).toBe(true);
    expect(withinOneEdit('detainer', 'detainers')).toBe(true);
    expect(withinOneEdit('detainer', 'detanr')).toBe(false);
    expect(withinOneEdit('detainer', 'edtaienr')).toBe(false);
  });
});

/** What Lunr's own `term~1` finds in a vocabulary: the automaton search used to expand with. */
function lunrNearWords(vocabulary: readonly string[], term: string): string[] {
  const builders = lunr.TokenSet as unknown as {
    fromArray(words: readonly string[]): lunr.TokenSet;
    fromFuzzyString(text: string, editDistance: number): lunr.TokenSet;
  };
  const found = builders.fromArray(vocabulary).intersect(builders.fromFuzzyString(term, 1));
  return found.toArray().sort();
}

describe('nearWords', () => {
  it("finds what Lunr's one-edit search finds, in the vocabulary's order", () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', 'd'),
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, (words, term) => {
        const vocabulary = [...words].sort();
        expect(nearWords(vocabulary, term)).toEqual(lunrNearWords(vocabulary, term));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('isLikelySlip', () => {
  it('takes a letter left out, doubled or swapped for a slip', () => {
    expect(isLikelySlip('lawer', 'lawyer')).toBe(true);
    expect(isLikelySlip('detaineer', 'detainer')).toBe(true);
    expect(isLikelySlip('sanctaury', 'sanctuary')).toBe(true);
  });

  it('takes a neighbouring key or a vowel for a vowel for a slip, and any other letter not', () => {
    expect(isLikelySlip('tje', 'the')).toBe(true);
    expect(isLikelySlip('immigrent', 'immigrant')).toBe(true);
    expect(isLikelySlip('lawer', 'later')).toBe(false);
    expect(isLikelySlip('ice', 'ace')).toBe(true);
    expect(isLikelySlip('bail', 'jail')).toBe(false);
  });
});

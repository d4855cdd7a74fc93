import { describe, expect, it } from 'vitest';
import { shippedProblems } from './shipped-problems.js';

const placeProblems = (edit: (text: string) => string) =>
  shippedProblems('places', edit, ['places']);

describe('the places check on the shipped places', () => {
  it('accepts them as they are', () => {
    expect(placeProblems((text) => text)).toEqual([]);
  });

  it('refuses a covered place said to lie within a state it does not list', () => {
    const problems = placeProblems((text) => text.replace('within: [Oregon]', 'within: [Oregun]'));
    expect(problems.map((p) => p.message)).toEqual([
      'Clackamas County lies within "Oregun", which is no state listed under elsewhere',
    ]);
  });

  it('refuses a town marked as known elsewhere that is no Connecticut town', () => {
    const problems = placeProblems((text) =>
      text.replace(
        'known_elsewhere:\n    [\n      Washington,',
        'known_elsewhere:\n    [\n      Seattle,',
      ),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'known_elsewhere "Seattle" is no listed town or village',
    ]);
  });

  it('refuses a nickname for a town that is not listed', () => {
    const problems = placeProblems((text) => text.replace('Wtby: Waterbury', 'Wtby: Waterbery'));
    expect(problems.map((p) => p.message)).toEqual([
      'nickname "Wtby" names "Waterbery", which is no listed town',
    ]);
  });
});

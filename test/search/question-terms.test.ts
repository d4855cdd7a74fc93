import { describe, expect, it } from 'vitest';
import { questionTerms } from '../../src/search/question-terms.js';

const terms = (question: string) => questionTerms(question).terms.map((t) => [t.term, t.number]);

describe('question terms', () => {
  it('marks statute and form numbers, years and small numbers apart', () => {
    expect(terms('1373 and I-247A')).toEqual([
      ['1373', 'identifier'],
      ['i247a', 'identifier'],
    ]);
    expect(
      questionTerms('What is an ICE detainer? 2024').terms.find((t) => t.word === '2024'),
    ).toMatchObject({
      number: 'year',
    });
    expect(terms('#4 detainer')[0]).toEqual(['4', 'number']);
  });

  it('notes a year that names a law', () => {
    const year = questionTerms('the 2013 trust act factors').terms.find((t) => t.word === '2013');
    expect(year?.namesLaw).toBe(true);
    expect(
      questionTerms('detainer 2013').terms.find((t) => t.word === '2013')?.namesLaw,
    ).toBeUndefined();
  });

  it('weighs what follows a concession ("even with", "a pesar de") as weak words', () => {
    const weak = (question: string) =>
      questionTerms(question)
        .terms.filter((t) => t.weak)
        .map((t) => t.word);
    expect(weak('do his fingerprints reach ICE even with the trust act')).toEqual(['trust', 'act']);
    expect(weak('do his fingerprints reach ICE under the trust act')).toEqual([]);
  });

  it('leaves out words of phrases with another meaning', () => {
    expect(terms('where is an ice skating rink')).not.toContainEqual(['ic', undefined]);
    expect(terms('how do I set up a living trust')).not.toContainEqual(['trust', undefined]);
    expect(terms('what is the trust act')).toContainEqual(['trust', undefined]);
  });

  it('reads "keep" before a verb in -ing as going on, not as holding someone', () => {
    expect(terms('my mom keeps asking what to do')).not.toContainEqual(['keep', undefined]);
    expect(terms('they kept calling about the detainer')).not.toContainEqual(['kept', undefined]);
    expect(terms('can the jail keep him for ice')).toContainEqual(['keep', undefined]);
  });

  it('declines what this bot does not answer, whatever it names', () => {
    expect(questionTerms('what are the office hours of the ICE office in Hartford').declined).toBe(
      true,
    );
    expect(questionTerms('how do I apply for a job with ICE').declined).toBe(true);
    expect(questionTerms('can ICE hold me after bail').declined).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  MAX_QUESTION_CHARS,
  MAX_TERMS,
  questionTerms,
  readPart,
  storyTerms,
} from '../../src/search/question-terms.js';

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

describe('a long story', () => {
  const story =
    'My neighbour Rosa, who makes the best tamales on our street and looks after half the kids ' +
    'of the building after school, was stopped in Meriden on her way back from the laundromat. ' +
    'Her car had a broken tail light and her registration had lapsed in the spring while she was ' +
    'sick, and the officer found an old unpaid ticket from years ago, so they took her to the ' +
    'station. Her daughter waited for hours in the lobby with the baby and a bag of groceries. ' +
    'Now the desk sergeant says ICE sent a detainer. Can the police keep her locked up for ICE?';

  it('keeps the question it ends with, though the story has more terms than are searched', () => {
    const kept = storyTerms(questionTerms(story).terms, () => false);
    expect(kept).toHaveLength(MAX_TERMS);
    expect(kept.map((t) => t.word)).toEqual(
      expect.arrayContaining(['neighbour', 'detainer', 'police', 'locked']),
    );
  });

  it('keeps the telling words of its middle, in the order they were written', () => {
    const { terms } = questionTerms(story);
    const telling = new Set(['registration', 'ticket', 'station']);
    const kept = storyTerms(terms, (t) => telling.has(t.word)).map((t) => t.word);
    expect(kept).toHaveLength(MAX_TERMS);
    expect(kept).toEqual(expect.arrayContaining([...telling, 'detainer', 'locked']));
    const order = terms.map((t) => t.word);
    expect(kept).toEqual([...kept].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('reads the start and the end of a text longer than is read, cut between words', () => {
    const long = `${story} ${'and then some more of the story. '.repeat(40)}is that allowed?`;
    const read = readPart(long);
    expect(read.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS + 1);
    expect(read.startsWith('My neighbour Rosa')).toBe(true);
    expect(read.endsWith('is that allowed?')).toBe(true);
    expect(long.split(/\s+/)).toEqual(expect.arrayContaining(read.split(/\s+/)));
  });

  it('reads a question that fits whole', () => {
    expect(readPart(story.slice(0, 300))).toBe(story.slice(0, 300));
  });
});

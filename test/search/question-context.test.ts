import { describe, expect, it } from 'vitest';
import { EMPTY_PLACES } from '../../src/knowledge/place-directory.js';
import { questionContext } from '../../src/search/question-context.js';
import { questionTerms, storyTerms } from '../../src/search/question-terms.js';

const context = (question: string) =>
  questionContext(question, questionTerms(question).years, EMPTY_PLACES);

describe('what a question says besides its words', () => {
  it('reads the years asked about; "before 2019" means 2018', () => {
    expect(context('what was the rule in 2016').era.years).toEqual([2016]);
    expect(context('before October 2019 what did police do').era.years).toEqual([2018]);
  });

  it('reads every year of a long story, past the terms it searches', () => {
    const story =
      'A man from our church in Norwalk, a roofer with three daughters, was convicted back in ' +
      '2012 of strangulation and served his time. Now he is locked up on a new charge, his bond ' +
      'was paid by his sister and brother, and ICE sent a detainer to the jail. His wife was ' +
      'told by a lawyer and a neighbour that the law protects him because it is not a class A ' +
      'or B felony. Is that still true after the latest changes?';
    expect(storyTerms(questionTerms(story).terms, () => false).some((t) => t.word === '2012')).toBe(
      false,
    );
    expect(context(story).era.years).toContain(2012);
  });

  it.each([
    ['can ICE come into my house with just their own paper', true],
    ['la migra puede entrar a mi casa sin orden de un juez?', true],
    ['ICE agents knocked on our door at 6am', true],
    ['can ICE come into the courthouse in Bridgeport', false],
    ['can the police come into my house', false],
  ])('knows when agents are at, or in, a home: %j', (question, atTheDoor) => {
    expect(context(question).atTheDoor).toBe(atTheDoor);
  });

  it.each([
    ['en Willimantic la policia te puede detener para ICE?', true],
    ['si paga la fianza lo pueden dejar preso pa la migra?', true],
    ['can the jail keep him for ICE', true],
    ['la policia me puede detener por manejar sin licencia?', false],
    ['ICE me puede detener en la corte de Hartford?', false],
  ])('knows a question about holding someone for ICE from one about an arrest: %j', (q, holds) => {
    expect(context(q).aboutHolds).toBe(holds);
  });

  it('tells the past from today', () => {
    expect(context('what did the old trust act say').era.past).toBe(true);
    expect(context('is that still the rule now').era).toMatchObject({ past: false, present: true });
    expect(context('what did the court decide').era).toMatchObject({
      past: false,
      pastTense: true,
    });
  });

  it('reads the tense of what a story asks, not of how it is told', () => {
    const told = 'They kept my mom at the lockup and said ICE had a hold. Is that legal here?';
    expect(context(told).era.pastTense).toBe(false);
    expect(
      context('My mom was held. Was the jail allowed to tell ICE back then?').era.pastTense,
    ).toBe(true);
    expect(context('la tenian en la carcel, dijeron que hay un hold').era.pastTense).toBe(true);
  });

  it('hears "is that legal" after a story of someone held as asking whether they may be kept', () => {
    expect(
      context('ICE put a hold on my brother at the jail. Is that even legal?').asksMayHold,
    ).toBe(true);
    expect(context('a mi mama le pusieron un hold, eso es legal?').asksMayHold).toBe(true);
    expect(context('what is a hold').asksMayHold).toBe(false);
    expect(context('may police in Enfield, Connecticut hold a person for ICE').asksMayHold).toBe(
      true,
    );
  });

  it('knows when the news is asked about, and not from a story that says "said"', () => {
    expect(context('what did the ct mirror article report').aboutNews).toBe(true);
    expect(context('the public defender said there is a detainer').aboutNews).toBe(false);
  });

  it('knows when someone held needs to know where to start', () => {
    expect(
      context('my dad is in ICE custody and we cant afford a lawyer, where do we even start')
        .asksWhatToDoWhenHeld,
    ).toBe(true);
    expect(context('a mi papa lo agarro la migra, por donde empezamos').asksWhatToDoWhenHeld).toBe(
      true,
    );
    expect(context('where do I start reading about 287g').asksWhatToDoWhenHeld).toBe(false);
  });

  it('knows when someone is facing ICE now', () => {
    expect(context('my brother was arrested and ICE put a hold on him').facingIce).toBe(true);
    expect(context('how long can a jail hold someone').facingIce).toBe(false);
    expect(context('mi esposo está detenido en la cárcel').facingIce).toBe(true);
    // Spanish says who by the verb: no pronoun is needed.
    expect(context('vinieron agentes a la casa, teníamos que abrirles?').facingIce).toBe(true);
  });

  it('hears "something called X" as asking what X is', () => {
    expect(
      context('my aunt heard about something called COLLECT, is that a real thing').wants,
    ).toBe('definition');
  });

  it('knows what kind of answer is wanted', () => {
    expect(context('what is a detainer').wants).toBe('definition');
    expect(context("what's an I-247A").wants).toBe('definition');
    expect(context('que es un detainer').wants).toBe('definition');
    expect(context('can someone explain 287g like im 5').wants).toBe('definition');
    expect(context('what even is a sanctuary city').wants).toBe('definition');
    expect(context('the trust act in plain english?').wants).toBe('definition');
    expect(context('wat even is 287g').wants).toBe('definition');
    expect(context('what happens after ICE sends a detainer').wants).toBe('workings');
    expect(context('what does the statute say exactly').wants).toBe('wording');
    expect(context('what does 1357(g) actually say').wants).toBe('wording');
    expect(context('que dice la 1373 exactamente').wants).toBe('wording');
    expect(context('what does 1373 mean').wants).toBe('definition');
  });
});

import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/search/place-mentions.js';
import { shippedEngine } from '../support/engine.js';

const places = async (question: string) => {
  const engine = await shippedEngine();
  return findPlaces(question, engine.knowledge.places).map((m) => [m.place.name, m.place.scope]);
};

describe('places a question names', () => {
  it('finds Connecticut towns, villages and counties, in any case', async () => {
    expect(await places('my cousin in waterbury got picked up')).toEqual([
      ['Waterbury', 'connecticut'],
    ]);
    expect(await places('students in Storrs')).toEqual([['Storrs (Mansfield)', 'connecticut']]);
    expect(await places('la migra en new haven county')).toEqual([
      ['New Haven County', 'connecticut'],
    ]);
  });

  it('prefers the longest name: West Hartford is not Hartford', async () => {
    expect(await places('West Hartford or Hartford?')).toEqual([
      ['West Hartford', 'connecticut'],
      ['Hartford', 'connecticut'],
    ]);
  });

  it('takes an everyday-word town only as a name or beside CT', async () => {
    expect(await places('what about orange juice')).toEqual([]);
    expect(await places('i live in orange ct')).toEqual([
      ['Orange', 'connecticut'],
      ['Connecticut', 'connecticut'],
    ]);
  });

  it('takes a town better known as another place only beside Connecticut or CT', async () => {
    expect(await places('What has Washington been doing to sanctuary cities?')).toEqual([]);
    expect(await places('the police in Portland')).toEqual([]);
    expect(await places('the resident state trooper in Washington, CT')).toEqual([
      ['Washington', 'connecticut'],
      ['Connecticut', 'connecticut'],
    ]);
  });

  it('recognises the short forms and nicknames people use for a town', async () => {
    expect(await places('the cops in bpt')).toEqual([['Bridgeport', 'connecticut']]);
    expect(await places('the Brass City jail')).toEqual([['Waterbury', 'connecticut']]);
    expect(await places('E. Hartford police')).toEqual([['East Hartford', 'connecticut']]);
    expect(await places('we parked in the city')).toEqual([]);
  });

  it('does not take a word for a misspelt place the sources do not cover', async () => {
    expect(await places('la corte de inmigracion es una trampa')).toEqual([]);
  });

  it('recognises a misspelt town', async () => {
    expect(await places('the polise in bridgport')).toEqual([['Bridgeport', 'connecticut']]);
    expect(await places('new britian jail')).toEqual([['New Britain', 'connecticut']]);
  });

  it('tells places with entries of their own from places the sources do not cover', async () => {
    expect(await places('is Chicago a sanctuary city')).toEqual([['Chicago', 'covered']]);
    expect(await places('is Texas a sanctuary state')).toEqual([['Texas', 'elsewhere']]);
    expect(await places('TX and FL')).toEqual([
      ['TX', 'elsewhere'],
      ['FL', 'elsewhere'],
    ]);
  });

  it('tells a town named as where the asker lives or works from one asked about', async () => {
    const engine = await shippedEngine();
    const home = (question: string) =>
      findPlaces(question, engine.knowledge.places).map((m) => [m.place.name, m.home]);
    expect(home('I live in Hartford, what is the DHS?')).toEqual([['Hartford', true]]);
    expect(home('vivo en Danbury y trabajo en Bethel')).toEqual([
      ['Danbury', true],
      ['Bethel', true],
    ]);
    expect(home("what is Hartford's policy on detainers")).toEqual([['Hartford', false]]);
    expect(home('my brother is in the Hartford jail, I live in Hartford too')).toEqual([
      ['Hartford', false],
    ]);
  });

  it('reads "la migra" as ICE, not Louisiana', async () => {
    expect(await places('la migra esta en la puerta')).toEqual([]);
  });
});

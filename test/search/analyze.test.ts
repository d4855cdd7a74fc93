import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysisOf } from '../../src/search/analysis.js';
import { analyze, normalizeLegalText, rewriteLegalText } from '../../src/search/analyze.js';

describe('analyze', () => {
  it.each([
    ['287(g)', '287g'],
    ['287g', '287g'],
    ['INA § 287 (g)', '287g'],
    ['8 U.S.C. § 1357(g)', '287g'],
    ['I-247A', 'i247a'],
    ['i247a', 'i247a'],
    ['Form 247A', 'i247a'],
    ['I-130', 'i130'],
    ['N-400', 'n400'],
    ['§ 1373', '1373'],
    ['8 U.S.C. 1373', '1373'],
    ['8 USC §1373(a)', '1373'],
    ['8 CFR 287.7', '287.7'],
    ['8 C.F.R. § 287.7(d)', '287.7'],
    ['the 4th Amendment', 'fourth'],
    ['10th amendment', 'tenth'],
  ])('writes %s as the token %s', (written, token) => {
    expect(analyze(written)).toContain(token);
  });

  it('keeps the words that carry legal meaning', () => {
    expect(analyze('a jail may not and must not; officers shall or will')).toEqual(
      expect.arrayContaining(['may', 'not', 'must', 'shall', 'will']),
    );
  });

  it('reads contractions as their negation', () => {
    expect(analyze("doesn't")).toContain('not');
    expect(analyze("can't")).toEqual(['can', 'not']);
  });

  it('reads contractions typed without the apostrophe as those with it', () => {
    for (const [typed, written] of [
      ['she didnt open', "she didn't open"],
      ['they cant come in', "they can't come in"],
      ['he wont sign', "he won't sign"],
      ['it wasnt a warrant', "it wasn't a warrant"],
    ] as const) {
      expect(analyze(typed), typed).toEqual(analyze(written));
    }
  });

  it('reads bills and orders typed as one word as written apart', () => {
    expect(analyze('hb7259')).toEqual(analyze('HB 7259'));
    expect(analyze('SB397')).toEqual(analyze('SB 397'));
    expect(analyze('eo14159')).toEqual(analyze('EO 14159'));
  });

  it('reads chat spellings as the words they stand for', () => {
    expect(analyze('wat is 287g')).toEqual(analyze('what is 287g'));
    expect(analyze('ppl say the govt shares data')).toEqual(
      analyze('people say the government shares data'),
    );
  });

  it('reads Spanish as it is spoken and typed: "ta preocupao" is "está preocupado"', () => {
    const spanish = analysisOf('es');
    expect(spanish.words('mi tio ta preocupao')).toEqual(['mi', 'tio', 'esta', 'preocupado']);
    expect(spanish.analyze('lo dejaron encerrao')).toEqual(spanish.analyze('lo dejaron encerrado'));
    expect(spanish.words('q saco el depto d justicia, ct sale ay?')).toContain('departamento');
    // Words in -ao of their own stay.
    expect(spanish.words('cacao')).toEqual(['cacao']);
  });

  it('drops question filler and stems the rest', () => {
    expect(analyze('What is the Connecticut Trust Act?')).toEqual(['connecticut', 'trust', 'act']);
    expect(analyze('detainers')).toEqual(analyze('detainer'));
  });

  it('treats query syntax as plain characters', () => {
    expect(analyze('title:foo^10 bar~2 * +baz -qux')).toEqual([
      'titl',
      'foo',
      '10',
      'bar',
      '2',
      'baz',
      'qux',
    ]);
  });
});

describe('normalizeLegalText', () => {
  it('reads text as every rewrite would, including text it skips them for', () => {
    const pieces = [
      'a',
      'n',
      't',
      'é',
      ' ',
      'cant',
      'didnt',
      'hb',
      '7',
      '.',
      "'",
      '’',
      '-',
      '§',
      '(g)',
      'u.s.',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(normalizeLegalText(text)).toBe(
          rewriteLegalText(text.normalize('NFKC')).toLowerCase(),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

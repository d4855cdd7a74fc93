import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNANSWERED_MAX, normalizeQuestion } from '../../src/store/normalize-question.js';

describe('normalizeQuestion', () => {
  it('lower-cases and drops punctuation and extra spaces', () => {
    expect(normalizeQuestion('  Can my LANDLORD   call ICE?!  ')).toBe('can my landlord call ice');
  });

  it('keeps the short numbers people ask about', () => {
    expect(normalizeQuestion('What does 8 U.S.C. § 1373 say, after 2019?')).toBe(
      'what does 8 u s c § 1373 say after 2019',
    );
  });

  it('replaces what could identify someone: long numbers, dates of birth, emails, links, mentions', () => {
    expect(normalizeQuestion('My A-number is A123456789, call (860) 555-1234')).toBe(
      'my a-number is a # call 860 #',
    );
    expect(normalizeQuestion('born 01/02/1990, SSN 123-45-6789')).toBe('born # ssn #');
    expect(normalizeQuestion('phone ٠٥٥٥١٢٣٤٥٦')).toBe('phone #');
    expect(normalizeQuestion('write me at maria.g@example.com or see https://x.test/me')).toBe(
      'write me at [email] or see [link]',
    );
    expect(normalizeQuestion('ask <@123456789012345678> in <#223456789012345678>')).toBe(
      'ask [mention] in [mention]',
    );
  });

  it('never keeps six digits in a row, never exceeds its length, and is stable', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        const normalized = normalizeQuestion(text);
        expect(normalized.length).toBeLessThanOrEqual(UNANSWERED_MAX);
        expect(normalized).not.toMatch(/\p{Nd}{6}/u);
        expect(normalizeQuestion(normalized)).toBe(normalized);
      }),
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  clearLanguage,
  clearlyIn,
  localeLanguage,
  replyLanguage,
} from '../../src/language/detect-language.js';

describe('the language of a question', () => {
  it.each([
    ['¿Qué es un detainer de ICE?', 'es'],
    ['que es un detainer', 'es'],
    ['la migra puede entrar a mi casa sin orden de un juez', 'es'],
    ['mi primo esta detenido en hartford y le pusieron un hold', 'es'],
    ['What is an ICE detainer?', 'en'],
    ['can the cops hold me for ice after bail', 'en'],
  ])('reads %j as %s', (question, language) => {
    expect(clearLanguage(question)).toBe(language);
  });

  it('tells a text clearly in Spanish or English as the detector does, without it where it can', () => {
    const questions = ['eval/spanish.jsonl', 'eval/community-en.jsonl'].flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { q: string }).q),
    );
    const differing = questions.flatMap((q) =>
      (['es', 'en'] as const)
        .filter((language) => clearlyIn(q, language) !== (clearLanguage(q) === language))
        .map((language) => `${language}: ${q}`),
    );
    expect(differing).toEqual([]);
  });

  it('leaves mixed and number-only questions to the locale', () => {
    expect(clearLanguage('8 usc 1644 vs 1373')).toBeUndefined();
    expect(replyLanguage('8 usc 1644 vs 1373', 'es-419')).toBe('es');
    expect(replyLanguage('8 usc 1644 vs 1373', 'en-US')).toBe('en');
  });

  it('maps both Spanish Discord locales to Spanish', () => {
    expect(localeLanguage('es-ES')).toBe('es');
    expect(localeLanguage('es-419')).toBe('es');
    expect(localeLanguage('pt-BR')).toBe('en');
    expect(localeLanguage(undefined)).toBe('en');
  });
});

import { describe, expect, it } from 'vitest';
import { messagesEn } from '../../src/i18n/messages-en.js';
import { messagesEs } from '../../src/i18n/messages-es.js';
import { messagesFor } from '../../src/i18n/messages.js';
import { languages } from '../../src/knowledge/languages.js';
import { catalogFragments } from '../support/catalog-text.js';

/** Every key path of a catalog, with the kind of value it holds. */
function shape(value: unknown, at = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => shape(inner, `${at}.${key}`));
  }
  const kind = Array.isArray(value) ? `array of ${value.length}` : typeof value;
  return [`${at}: ${kind}${typeof value === 'function' ? `/${value.length}` : ''}`];
}

describe('message catalogs', () => {
  it('give every language the same keys, each of the same kind (a string, or a function of as many arguments)', () => {
    for (const language of languages)
      expect(shape(messagesFor(language))).toEqual(shape(messagesEn));
  });

  it('translate every fixed phrase into Spanish: none is left as the English one', () => {
    const english = new Set(catalogFragments(messagesEn));
    const same = catalogFragments(messagesEs).filter((f) => english.has(f) && /[a-z]{4}/i.test(f));
    // The one word both share: the command line's own `explain`, which is not translated.
    expect(same.filter((f) => !/^\(?explain$/.test(f))).toEqual([]);
  });

  it('leave no blank text in any catalog', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
    for (const language of languages) {
      expect(strings(messagesFor(language)).filter((text) => !text.trim())).toEqual([]);
    }
  });

  it('name commands as the reader’s app does, even in a reply in another language', () => {
    const mixed = messagesFor('es', 'en');
    expect(mixed.answer.noAnswerTitle).toBe(messagesEs.answer.noAnswerTitle);
    expect(mixed.commands.ask).toBe('ask');
    expect(messagesFor('es').commands.ask).toBe('preguntar');
  });
});

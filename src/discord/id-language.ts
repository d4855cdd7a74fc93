import { languages, type Language } from '../knowledge/languages.js';

/**
 * A custom_id's language: `:<language>` at its end for any language but English, so ids from
 * before there were languages, and every English one, stay exactly as they were.
 */
export const languageSuffix = (language: Language | undefined): string =>
  language === undefined || language === 'en' ? '' : `:${language}`;

/**
 * The language named by what follows an id's known parts: none is English, one known language
 * is that language, anything else is not an id of ours (undefined).
 */
export function parseLanguageSuffix(extra: readonly string[]): Language | undefined {
  if (extra.length === 0) return 'en';
  const [tag] = extra;
  if (extra.length > 1 || tag === 'en') return undefined;
  return languages.find((language) => language === tag);
}

import { francAll } from 'franc';
import FRANC_LANGUAGES from './franc-languages.json' with { type: 'json' };
import type { Language } from '../knowledge/languages.js';

/**
 * Everyday function words of each language: a question with more of one language's than the
 * other's is in that language. Short questions full of numbers and names ("8 usc 1644 vs 1373")
 * fool a detector alone; these do not.
 */
const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    'the an is are was were do does did can could will would should what how when where why who which my your his her their our i you he she they we it this that of to in on for with from about at by and or not if me him them us be been have has had there'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las un una unos unas es son está están fue era que qué cómo como cuándo cuando dónde donde por para con sin sobre de del al en y o no si mi mis tu tus su sus nuestro nuestra yo usted ustedes él ella ellos nosotros me te se lo le les este esta eso esa hay puede pueden pueda tiene tienen hacer hace'.split(
      ' ',
    ),
  ),
};

/**
 * Franc's codes of the languages it is asked to choose between. The build keeps only their
 * trigram tables (scripts/build.mjs): franc turns every language's table into a lookup when it
 * loads, about 25 ms of every start for 180 languages it is never asked about.
 */
const FRANC_CODES: Record<string, Language> = { eng: 'en', spa: 'es' };
/** The other language's score (franc gives the best 1) above which a text is mixed, not clear. */
const CLEAR_MARGIN = 0.9;

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * The language a question is clearly written in, or undefined when it is mixed, too short or
 * neither: franc's trigram statistics, confirmed by the function words people use.
 */
export function clearLanguage(text: string): Language | undefined {
  const words = wordsOf(text);
  const count = (language: Language) => words.filter((w) => FUNCTION_WORDS[language].has(w)).length;
  const es = count('es');
  const en = count('en');
  const [best, second] = francAll(text, { only: FRANC_LANGUAGES, minLength: 3 });
  const franc = best && best[0] !== 'und' ? FRANC_CODES[best[0]] : undefined;
  const clear = franc !== undefined && (second?.[1] ?? 0) <= CLEAR_MARGIN;
  if (franc === 'es' && es > en && (clear || en === 0)) return 'es';
  if (franc === 'en' && en >= es && (clear || es === 0)) return 'en';
  // Franc hesitates on short texts; function words alone decide when only one language has any.
  if (es >= 2 && en === 0) return 'es';
  if (en >= 2 && es === 0) return 'en';
  return undefined;
}

/**
 * Whether a text is clearly in `language`, as `clearLanguage` says, without running the detector
 * on a text that cannot be: Spanish is only ever clear with one of its function words.
 */
export function clearlyIn(text: string, language: Language): boolean {
  if (language === 'es' && !wordsOf(text).some((w) => FUNCTION_WORDS.es.has(w))) return false;
  return clearLanguage(text) === language;
}

/** The language of a Discord locale such as `es-ES` or `es-419`; English otherwise. */
export const localeLanguage = (locale: string | undefined): Language =>
  locale?.toLowerCase().startsWith('es') ? 'es' : 'en';

/**
 * The language to answer in: the question's when it is clearly Spanish or English, otherwise the
 * asker's Discord locale (or English).
 */
export const replyLanguage = (question: string, locale?: string): Language =>
  clearLanguage(question) ?? localeLanguage(locale);

import { createRequire } from 'node:module';
import lunr from 'lunr';
import type { Language } from '../knowledge/languages.js';
import { analyze, isStopWord, normalizeLegalText, spelledOut, stem, words } from './analyze.js';
import { isWeakWord, stopWords } from './stop-words.js';

/**
 * How text in one language becomes search terms. Documents and questions of a language run the
 * same steps, so they meet on the same terms.
 */
export interface Analysis {
  language: Language;
  /** Words after legal normalization, before stop words and stemming. */
  words(text: string): string[];
  stem(word: string): string;
  isStopWord(word: string): boolean;
  /** Kept for its legal meaning ("not", "no", "puede"), yet too common to decide a match alone. */
  isWeakWord(word: string): boolean;
  analyze(text: string): string[];
}

const english: Analysis = { language: 'en', words, stem, isStopWord, isWeakWord, analyze };

type PipelineFunction = (token: lunr.Token) => lunr.Token | undefined;
interface SpanishLunr {
  es: { stemmer: PipelineFunction; stopWordFilter: PipelineFunction };
}

/** Lunr's Spanish stemmer and stop words (lunr-languages), registered once. */
function spanishLunr(): SpanishLunr['es'] {
  const withSpanish = lunr as unknown as Partial<SpanishLunr>;
  if (!withSpanish.es) {
    const require = createRequire(import.meta.url);
    (require('lunr-languages/lunr.stemmer.support') as (l: typeof lunr) => void)(lunr);
    (require('lunr-languages/lunr.es') as (l: typeof lunr) => void)(lunr);
  }
  return (lunr as unknown as SpanishLunr).es;
}

/**
 * Spanish words that decide what a law requires or forbids ("no", "sin orden", "tiene que",
 * "puede"), kept searchable although Lunr's list drops some of them.
 */
const spanishLegalWords = new Set(
  'no ni sin contra solo solamente puedo puede pueden puedes podemos pueda puedan podra podria podrian debe deben debo debes deberia tiene tienen tengo tienes tener tenga hay antes despues desde hasta durante'.split(
    ' ',
  ),
);

/** Lunr drops "estado" as a form of "estar"; here it is mostly a state ("estado santuario"). */
const spanishContentWords = new Set(['estado', 'estados']);

/** Accents are optional in questions ("detencion", "policia"): both sides drop them. */
const foldAccents = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '');

/**
 * Words the Spanish stemmer would join to another of different meaning: "caso" (case) and "casa"
 * (house) both stem to "cas", "corte" (court) and "cortar" (cut) to "cort".
 */
const unstemmed = new Map([
  ['caso', 'caso'],
  ['casos', 'caso'],
  ['corte', 'corte'],
  ['cortes', 'corte'],
]);

/**
 * Chat spellings read as the words they stand for ("a q hora abre", "xq"), so that phrases such
 * as "a que hora" match however they are typed. "pa" stays: it is also a Public Act ("PA 13-155").
 */
const spanishChatSpellings = new Map([
  ['q', 'que'],
  ['k', 'que'],
  ['ke', 'que'],
  ['xq', 'porque'],
  ['xk', 'porque'],
  ['pq', 'porque'],
  ['porq', 'porque'],
  ['tb', 'tambien'],
  ['tmb', 'tambien'],
  ['depto', 'departamento'],
  ['dpto', 'departamento'],
  // "¿ct sale ay?": "ahí" as typed, and as the "ay" of a sigh it says nothing either.
  ['ay', 'ahi'],
  // Caribbean and Central American speech drops the "es" of "estar": "ta preocupao", "toy solo".
  ['ta', 'esta'],
  ['toy', 'estoy'],
  ['tamos', 'estamos'],
  ['taba', 'estaba'],
]);

/** "Preocupao", "deportao", "encerrao": the "-ado" of speech, written as said. */
const SPOKEN_ADO = /^(\p{L}{3,})ao$/u;
const WORDS_IN_AO = new Set(['cacao', 'bacalao', 'callao', 'sarao', 'bilbao', 'macao']);

const chatSpelledOutSpanish = spelledOut(spanishChatSpellings, words);
const spelledOutSpanish = (text: string): string[] =>
  chatSpelledOutSpanish(text).map((word) =>
    WORDS_IN_AO.has(word) ? word : word.replace(SPOKEN_ADO, '$1ado'),
  );

function spanishAnalysis(): Analysis {
  const es = spanishLunr();
  const cache = new Map<string, string>(unstemmed);
  const spanishWords = (text: string) => spelledOutSpanish(foldAccents(text));
  const isSpanishStopWord = (word: string) =>
    !spanishLegalWords.has(word) &&
    !spanishContentWords.has(word) &&
    // English stop words too: Spanish questions mix in English ("the", "what"), and the entries
    // not yet translated are indexed in English.
    (es.stopWordFilter(new lunr.Token(word, {})) === undefined || stopWords.has(word));
  const spanishStem = (word: string) => {
    if (/\d/.test(word)) return word;
    let stemmed = cache.get(word);
    if (stemmed === undefined) {
      stemmed = es.stemmer(new lunr.Token(word, {}))?.toString() ?? word;
      if (cache.size < 50_000) cache.set(word, stemmed);
    }
    return stemmed;
  };
  return {
    language: 'es',
    words: spanishWords,
    stem: spanishStem,
    isStopWord: isSpanishStopWord,
    isWeakWord: (word) => spanishLegalWords.has(word) || isWeakWord(word),
    analyze: (text) =>
      spanishWords(text)
        .filter((word) => !isSpanishStopWord(word))
        .map(spanishStem),
  };
}

let spanish: Analysis | undefined;

export function analysisOf(language: Language): Analysis {
  if (language === 'en') return english;
  return (spanish ??= spanishAnalysis());
}

export { normalizeLegalText };

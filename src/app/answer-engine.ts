import type { Answer } from '../answer/answer.js';
import { answerQuestion } from '../answer/answer-question.js';
import { explainers, findEntry } from '../answer/entry-refs.js';
import { entryView, type EntryView } from '../answer/entry-view.js';
import type { Entry, Knowledge } from '../knowledge/knowledge.js';
import { entryIn, knowledgeIn } from '../knowledge/language-view.js';
import { languages, type Language } from '../knowledge/languages.js';
import { clearLanguage, localeLanguage } from '../language/detect-language.js';
import {
  buildLanguageLexicon,
  leaningLanguage,
  type LanguageLexicon,
} from '../language/vocabulary-language.js';
import {
  buildPassageIndex,
  releaseBuildTables,
  type PassageIndex,
} from '../search/passage-index.js';
import { cutInput } from '../interactions/cut-input.js';
import { rememberRecent } from '../search/recent.js';

/** Distinct questions whose answers are kept in memory (never on disk, never with who asked). */
export const RECENT_ANSWERS = 500;
/**
 * Longer questions are answered without being remembered: a command cuts what people type well
 * below this, and the cache must never hold 500 inputs of any length a caller passes.
 */
export const REMEMBERED_QUESTION_MAX = 1000;

/** One index per language, each over the knowledge as a reader of that language sees it. */
export type LanguageIndexes = Record<Language, PassageIndex>;

/**
 * Indexes made on first use: a one-shot English question never pays for the Spanish index.
 * A server warms every language before it listens.
 */
export function lazyLanguageIndexes(make: (language: Language) => PassageIndex): LanguageIndexes {
  const made = new Map<Language, PassageIndex>();
  const indexes = {} as LanguageIndexes;
  for (const language of languages) {
    Object.defineProperty(indexes, language, {
      enumerable: true,
      get() {
        let index = made.get(language);
        if (!index) made.set(language, (index = make(language)));
        return index;
      },
    });
  }
  return indexes;
}

/** An index of the knowledge in `language`, keeping only what queries read. */
function builtIndex(knowledge: Knowledge, language: Language): PassageIndex {
  const index = buildPassageIndex(knowledgeIn(knowledge, language), language);
  releaseBuildTables(index);
  return index;
}

export interface AskOptions {
  /** The reply's language; without it, the question's own when clear, else `locale`'s. */
  language?: Language;
  /** The asker's Discord locale (`es-419`), for a question whose language is not clear. */
  locale?: string;
}

/** The answer engine over one checked knowledge base: everything a front end asks of the core. */
export interface AnswerEngine {
  /** The original, English, with every entry's translations. */
  knowledge: Knowledge;
  /** The English index. */
  index: PassageIndex;
  indexes: LanguageIndexes;
  /** The words only one language of the knowledge uses, for questions a detector cannot call. */
  readonly lexicon: LanguageLexicon;
  ask(question: string, options?: AskOptions): Answer;
  /** The language a reply to `question` is in (see `AskOptions`). */
  languageOf(question: string, locale?: string): Language;
  /** The entry a person named (id, alias or title, in any language), or undefined. */
  find(typed: string): Entry | undefined;
  /** The entry in `language` where it is translated (English by default). */
  view(entry: Entry, language?: Language): EntryView;
  explainers(): Entry[];
}

/** What a saved engine brings along instead of deriving it from the knowledge again. */
export interface SavedParts {
  indexes: LanguageIndexes;
  lexicon: LanguageLexicon;
}

/**
 * An engine for one knowledge version: its remembered answers go when the knowledge is reloaded.
 * The indexes and the lexicon are built from `knowledge` unless given (from a snapshot of it).
 */
export function createAnswerEngine(
  knowledge: Knowledge,
  saved: Partial<SavedParts> = {},
): AnswerEngine {
  const indexes =
    saved.indexes ?? lazyLanguageIndexes((language) => builtIndex(knowledge, language));
  const views = new Map<string, EntryView>();
  const remembered = Object.fromEntries(
    languages.map((language) => [
      language,
      rememberRecent((question) => answerQuestion(indexes[language], question), RECENT_ANSWERS),
    ]),
  ) as Record<Language, (question: string) => Answer>;
  let lexicon = saved.lexicon;
  const lexiconOf = () => (lexicon ??= buildLanguageLexicon(knowledge));
  // A detector first; for a question it cannot call, the words only one language here uses;
  // then the asker's locale.
  const languageOf = (question: string, locale?: string) =>
    clearLanguage(question) ?? leaningLanguage(question, lexiconOf()) ?? localeLanguage(locale);
  let allLanguages: Knowledge[] | undefined;
  return {
    knowledge,
    index: indexes.en,
    indexes,
    get lexicon() {
      return lexiconOf();
    },
    languageOf,
    ask: (question, options = {}) => {
      const language = options.language ?? languageOf(question, options.locale);
      return question.length > REMEMBERED_QUESTION_MAX
        ? answerQuestion(indexes[language], question)
        : // A copy: the question may be a slice that would keep a much longer string alive.
          remembered[language](cutInput(question, REMEMBERED_QUESTION_MAX));
    },
    find: (typed) => {
      for (const inLanguage of (allLanguages ??= knowledgeInEvery(knowledge))) {
        const found = findEntry(inLanguage, typed);
        if (found) return knowledge.entriesById.get(found.id);
      }
      return undefined;
    },
    view: (entry, language = 'en') => {
      const key = `${language}:${entry.id}`;
      let view = views.get(key);
      if (!view) views.set(key, (view = entryView(entryIn(entry, language), knowledge, language)));
      return view;
    },
    explainers: () => explainers(knowledge),
  };
}

/** The knowledge in each language, English first: a name typed in English wins. */
const knowledgeInEvery = (knowledge: Knowledge) =>
  languages.map((language) => knowledgeIn(knowledge, language));

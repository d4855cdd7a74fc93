import type { Language } from '../knowledge/languages.js';
import { messagesEn, type Messages } from './messages-en.js';
import { messagesEs } from './messages-es.js';

export type { Messages };

/** One catalog per language the knowledge has: a language without one fails the type check. */
const CATALOGS: Record<Language, Messages> = { en: messagesEn, es: messagesEs };

/**
 * The fixed strings a reader of `language` sees. Command names in hints (`/explain topic:`)
 * follow `commandLanguage`, the language of the reader's Discord app, since that is what their
 * app offers to type, even when the reply follows a question asked in another language.
 */
export function messagesFor(language: Language, commandLanguage: Language = language): Messages {
  const messages = CATALOGS[language];
  if (commandLanguage === language) return messages;
  const { commands, options, subcommands } = CATALOGS[commandLanguage];
  return { ...messages, commands, options, subcommands };
}

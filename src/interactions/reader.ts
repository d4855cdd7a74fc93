import type { APIInteraction } from 'discord-api-types/v10';
import { messagesFor, type Messages } from '../i18n/messages.js';
import type { Language } from '../knowledge/languages.js';
import { localeLanguage } from '../language/detect-language.js';

/**
 * Who a reply is for, as far as language goes: the language of their Discord app (its `locale`),
 * which words every reply that is not an answer to a question, and names the commands any
 * reply suggests. An answer follows its question's language instead, when that is clear.
 */
export interface Reader {
  /** The asker's Discord locale (`es-419`, `en-US`), for `engine.ask`. */
  locale?: string;
  language: Language;
}

export function readerOf(interaction: APIInteraction): Reader {
  // Read defensively: the error boundary words its apology for interactions that are malformed.
  const value: unknown =
    typeof interaction === 'object' && interaction !== null && 'locale' in interaction
      ? interaction.locale
      : undefined;
  const locale = typeof value === 'string' ? value : undefined;
  return { ...(locale ? { locale } : {}), language: localeLanguage(locale) };
}

/** The fixed strings for a reply to `interaction` that follows its asker's app language. */
export const messagesForReader = (interaction: APIInteraction): Messages =>
  messagesFor(readerOf(interaction).language);

/** A private reply's render options, naming commands as the reader's app does. */
export const privateFor = (reader: Reader) => ({
  ephemeral: true,
  commandLanguage: reader.language,
});

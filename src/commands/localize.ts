import { Locale, type LocalizationMap } from 'discord-api-types/v10';

/** Discord's two Spanish locales: Spain's and Latin America's. Both get the same neutral words. */
export const SPANISH_LOCALES = [Locale.SpanishES, Locale.SpanishLATAM] as const;

const inEvery = (text: string): LocalizationMap =>
  Object.fromEntries(SPANISH_LOCALES.map((locale) => [locale, text]));

/**
 * A command's, option's or choice's Spanish name (and description), as Discord shows them to a
 * Spanish-language app: `name_localizations` and `description_localizations`. Discord still
 * sends the English names in interactions, so handlers read options by their English names.
 */
export function inSpanish(
  name: string,
  description?: string,
): { name_localizations: LocalizationMap; description_localizations?: LocalizationMap } {
  return {
    name_localizations: inEvery(name),
    ...(description === undefined ? {} : { description_localizations: inEvery(description) }),
  };
}

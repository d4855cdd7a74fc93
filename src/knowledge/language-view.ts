import type { Entry, Knowledge } from './knowledge.js';
import { languages, type Language } from './languages.js';

/** An entry as a reader of `language` sees it: translated where it is, the English original where not yet. */
export function entryIn(entry: Entry, language: Language): Entry {
  const translation = language === 'en' ? undefined : entry.translations[language];
  if (!translation) return entry;
  const { title, summary, aliases, questions, passages } = translation;
  // A diagram not yet translated stays in English rather than vanish.
  const diagram = translation.diagram ?? entry.diagram;
  return {
    ...entry,
    title,
    summary,
    aliases: [...aliases, ...entry.aliases],
    questions,
    passages,
    language,
    ...(diagram ? { diagram } : {}),
  };
}

/**
 * The knowledge as a reader of `language` sees it: every entry in that language where it has a
 * translation, in English where it has none yet. Ids, sources, dates and places are the same.
 */
export function knowledgeIn(knowledge: Knowledge, language: Language): Knowledge {
  if (language === 'en') return knowledge;
  const entries = knowledge.entries.map((entry) => entryIn(entry, language));
  return {
    ...knowledge,
    entries,
    entriesById: new Map(entries.map((entry) => [entry.id, entry])),
    passages: entries.flatMap((entry) => entry.passages),
  };
}

/** The language a passage id is in: translations number theirs `entry-id#es-1`. */
export function passageLanguage(passageId: string): Language {
  const tag = /#([a-z]{2})-\d+$/.exec(passageId)?.[1];
  return languages.find((language) => language === tag) ?? 'en';
}

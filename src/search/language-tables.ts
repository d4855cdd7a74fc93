import { languages, type Language } from '../knowledge/languages.js';
import { analysisOf, type Analysis } from './analysis.js';

/**
 * A table each language builds once, from the code's own phrase lists, on its first question;
 * a saved engine carries every language's (`saved`, then `use` when it loads), so a start that
 * loads one stems none of those phrases again. The snapshot is only ever read by the build that
 * saved it, so the tables it carries are this code's.
 */
export function languageTables<Table, Saved>(
  build: (analysis: Analysis) => Table,
  save: (table: Table) => Saved,
  restore: (saved: Saved) => Table,
) {
  const made = new Map<Language, Table>();
  const of = (analysis: Analysis): Table => {
    let table = made.get(analysis.language);
    if (!table) made.set(analysis.language, (table = build(analysis)));
    return table;
  };
  return {
    of,
    saved: (): Record<Language, Saved> =>
      Object.fromEntries(
        languages.map((language) => [language, save(of(analysisOf(language)))]),
      ) as Record<Language, Saved>,
    use(saved: Record<Language, Saved>): void {
      for (const language of languages) {
        if (!made.has(language)) made.set(language, restore(saved[language]));
      }
    },
  };
}

/**
 * The knowledge's languages, apart from its schema: answering needs these names, not the schema
 * library that checks files.
 */
/** Languages the knowledge may be translated into, each a folder of `knowledge/`. */
export const languages = ['en', 'es'] as const;

export type Language = (typeof languages)[number];

/** Languages with translation folders: English is the original. */
export const translatedLanguages = ['es'] as const satisfies readonly Language[];

export type TranslatedLanguage = (typeof translatedLanguages)[number];

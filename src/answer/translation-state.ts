import type { Entry } from '../knowledge/knowledge.js';

/**
 * For an entry shown in a translation made from an older version of its original: the date the
 * translation was made (its `reviewed`), so readers see which version they read.
 */
export function translatedOn(entry: Entry): { translatedOn?: string } {
  if (entry.language === 'en') return {};
  const translation = entry.translations[entry.language];
  return translation?.stale ? { translatedOn: translation.reviewed } : {};
}

import type { Messages } from '../../src/i18n/messages.js';

const MARK = '\u0001';

/**
 * The fixed text of a catalog: every string in it, and what every function adds around its
 * arguments (called with markers, which are then cut out), as fragments a reply could show.
 */
export function catalogFragments(catalog: Messages): string[] {
  const fragments: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') fragments.push(value);
    else if (typeof value === 'function') {
      const args = Array.from({ length: Math.max(1, value.length) }, () => MARK);
      for (const piece of String(value(...args)).split(MARK)) fragments.push(piece);
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(catalog);
  return [...new Set(fragments.map((f) => f.replace(/[*`]/g, '').trim()).filter(Boolean))];
}

/**
 * The English fixed strings a Spanish reply must not show: phrases (a space, five characters or
 * more) that the Spanish catalog does not itself use. Single words such as "Sources" also name
 * sources in English titles, so they are checked where they are labels, not here.
 */
export function englishPhrases(english: Messages, spanish: Messages): string[] {
  const ours = new Set(catalogFragments(spanish));
  return catalogFragments(english).filter(
    (fragment) => !ours.has(fragment) && / /.test(fragment) && fragment.length >= 5,
  );
}

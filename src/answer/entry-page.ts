import type { Language } from '../knowledge/languages.js';

/**
 * Where an entry's web page is, relative to the site's root: `detainer.html`, and in a language
 * folder for a translation (`es/detainer.html`). The site writes its pages there, and answers link
 * to them, so the two cannot drift apart.
 */
export const entryPagePath = (id: string, language: Language = 'en'): string =>
  language === 'en' ? `${id}.html` : `${language}/${id}.html`;

/** An entry's page on the public site (PUBLIC_SITE_URL), or undefined when there is no site. */
export function entryPageUrl(
  siteUrl: string | undefined,
  id: string,
  language: Language = 'en',
): string | undefined {
  if (!siteUrl) return undefined;
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(entryPagePath(id, language), base).href;
}

import { languages, type Language } from '../knowledge/languages.js';
import { html, type SafeHtml } from './html.js';
import { sections, webStrings } from './web-strings.js';

/** One page of the site, before the layout around it. */
export interface Page {
  /** Relative to the site's root, e.g. `es/detainer.html`. */
  path: string;
  language: Language;
  title: string;
  description: string;
  body: SafeHtml;
  /** The same page in each language it exists in, the page itself included. */
  alternates: Partial<Record<Language, string>>;
  ogType?: 'article' | 'website';
  /** Module scripts this page loads (paths from the root). */
  scripts?: string[];
}

export interface SiteOptions {
  /** The public address the site is served at, for canonical links and preview cards. */
  siteUrl?: string;
  knowledgeVersion: string;
  reviewed: string;
}

/** A link from the page at `from` to the file at `to`, both relative to the root. */
export function relativeLink(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth) + to;
}

/** The root of the pages in `language`: English at the top, translations in their folders. */
export const languageRoot = (language: Language): string =>
  language === 'en' ? '' : `${language}/`;

/** A page of `language`'s folder, e.g. `es/sources.html`. */
export const pageIn = (language: Language, name: string): string =>
  `${languageRoot(language)}${name}`;

/** A page that exists in every language, e.g. the index pages. */
export const inEveryLanguage = (name: string): Partial<Record<Language, string>> =>
  Object.fromEntries(languages.map((language) => [language, pageIn(language, name)]));

const absolute = (siteUrl: string | undefined, path: string) =>
  siteUrl ? new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href : undefined;

/** The page as a whole HTML document: head for search engines and preview cards, header, footer. */
export function renderPage(page: Page, site: SiteOptions): string {
  const t = webStrings[page.language];
  const link = (to: string) => relativeLink(page.path, to);
  const home = languageRoot(page.language);
  const url = absolute(site.siteUrl, page.path);
  const other = (Object.keys(page.alternates) as Language[]).find((l) => l !== page.language);
  const otherPath = other ? page.alternates[other] : undefined;
  const alternates = (Object.entries(page.alternates) as [Language, string][]).map(
    ([language, path]) =>
      html`<link
        rel="alternate"
        hreflang="${language}"
        href="${absolute(site.siteUrl, path) ?? link(path)}"
      />`,
  );
  const nav = sections.map(
    (section) =>
      html`<li><a href="${link(`${home}${section}.html`)}">${t.sections[section].title}</a></li>`,
  );
  const document = html`<!doctype html>
    <html lang="${page.language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title} · ${t.siteName}</title>
        <meta name="description" content="${page.description}" />
        <meta name="color-scheme" content="light dark" />
        ${url ? html`<link rel="canonical" href="${url}" />` : ''} ${alternates}
        <meta property="og:type" content="${page.ogType ?? 'website'}" />
        <meta property="og:site_name" content="${t.siteName}" />
        <meta property="og:title" content="${page.title}" />
        <meta property="og:description" content="${page.description}" />
        <meta property="og:locale" content="${t.ogLocale}" />
        ${url ? html`<meta property="og:url" content="${url}" />` : ''}
        <meta name="twitter:card" content="summary" />
        <link rel="stylesheet" href="${link('site.css')}" />
        ${(page.scripts ?? []).map((script) => html`<script type="module" src="${link(script)}"></script>`)}
      </head>
      <body>
        <a class="skip" href="#main">${t.skipToContent}</a>
        <header class="site-header">
          <a class="brand" href="${link(`${home}index.html`)}">${t.siteName}</a>
          <nav aria-label="${t.siteName}">
            <ul>
              ${nav}
              <li><a href="${link(`${home}sources.html`)}">${t.sources}</a></li>
              <li><a href="${link(`${home}about.html`)}">${t.about}</a></li>
              ${
                other && otherPath
                  ? html`<li>
                      <a href="${link(otherPath)}" hreflang="${other}" lang="${other}"
                        >${t.otherLanguage}</a
                      >
                    </li>`
                  : ''
              }
            </ul>
          </nav>
          <form class="search" role="search" action="${link(`${home}search.html`)}" method="get">
            <label for="q">${t.searchLabel}</label>
            <span class="search-row"
              ><input
                id="q"
                name="q"
                type="search"
                placeholder="${t.searchPlaceholder}"
                maxlength="300"
              /><button type="submit">${t.search}</button></span
            >
          </form>
        </header>
        <main id="main">${page.body}</main>
        <footer class="site-footer">
          <p>${t.notLegalAdvice}</p>
          <p>${t.knowledgeVersion(site.knowledgeVersion, site.reviewed)}</p>
        </footer>
      </body>
    </html> `;
  return document.value;
}

import { LEGAL_HELP_ENTRY } from '../knowledge/situation-entries.js';
import { entryPagePath } from '../answer/entry-page.js';
import { html } from './html.js';
import { inEveryLanguage, pageIn, relativeLink, type Page } from './layout.js';
import type { IndexContext } from './index-pages.js';
import { webStrings } from './web-strings.js';

/** Every source once, with publisher, date, link and how far it was checked. */
export function sourcesPage({ knowledge, language }: IndexContext): Page {
  const t = webStrings[language];
  const path = pageIn(language, 'sources.html');
  const items = [...knowledge.sources.values()]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((source) => {
      return html`<li id="${source.id}">
        <a href="${source.url}">${source.title}</a> — ${source.publisher},
        <time datetime="${source.date}">${source.date}</time>
        <p class="note">
          ${source.verification ? t.verification[source.verification] : ''}${source.note ? ` ${source.note}` : ''}
        </p>
      </li>`;
    });
  return {
    path,
    language,
    title: t.sources,
    description: t.sourcesIntro,
    alternates: inEveryLanguage('sources.html'),
    body: html`<h1>${t.sources}</h1>
      <p class="summary">${t.sourcesIntro}</p>
      <ol class="source-list">
        ${items}
      </ol>`,
  };
}

/** What the site and the bot are, the knowledge's version and date, what is stored (nothing). */
export function aboutPage({ knowledge, language }: IndexContext): Page {
  const t = webStrings[language];
  const path = pageIn(language, 'about.html');
  const help = knowledge.entriesById.get(LEGAL_HELP_ENTRY);
  return {
    path,
    language,
    title: t.aboutTitle,
    description: t.tagline,
    alternates: inEveryLanguage('about.html'),
    body: html`<h1>${t.aboutTitle}</h1>
      ${t.aboutParagraphs.map((p) => html`<p>${p}</p>`)}
      <p>
        <a href="${relativeLink(path, entryPagePath(LEGAL_HELP_ENTRY, help?.language ?? 'en'))}"
          >${help?.title ?? ''}</a
        >
      </p>
      <p class="dates">${t.knowledgeVersion(knowledge.version, knowledge.reviewed)}</p>`,
  };
}

/** The search page: the form, and results the script fills in; without JavaScript, a pointer. */
export function searchPage({ language }: IndexContext): Page {
  const t = webStrings[language];
  const path = pageIn(language, 'search.html');
  return {
    path,
    language,
    title: t.searchTitle,
    description: t.tagline,
    alternates: inEveryLanguage('search.html'),
    scripts: ['search.js'],
    body: html`<h1>${t.searchTitle}</h1>
      <div
        id="search-results"
        aria-live="polite"
        data-language="${language}"
        data-data="${relativeLink(path, 'search-data.json')}"
        data-root="${relativeLink(path, '')}"
        data-searching="${t.searching}"
        data-no-answer="${t.noAnswer}"
        data-closest="${t.closest}"
      >
        <noscript><p>${t.searchNeedsScript}</p></noscript>
      </div>`,
  };
}

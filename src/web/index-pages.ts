import { entryPagePath } from '../answer/entry-page.js';
import { explainers } from '../answer/entry-refs.js';
import type { Entry, Knowledge } from '../knowledge/knowledge.js';
import type { Language } from '../knowledge/languages.js';
import { html, type SafeHtml } from './html.js';
import { inEveryLanguage, pageIn, relativeLink, type Page } from './layout.js';
import { sectionKinds, sections, webStrings, type Section } from './web-strings.js';

/** `knowledge` is as a reader of `language` sees it: entries in that language where translated. */
export interface IndexContext {
  knowledge: Knowledge;
  language: Language;
}

function entryList(entries: readonly Entry[], from: string, language: Language): SafeHtml {
  return html`<ul class="entries">
    ${entries.map((entry) => {
      const translated = entry.language === language;
      const path = entryPagePath(entry.id, translated ? language : 'en');
      return html`<li>
        <a href="${relativeLink(from, path)}" ${translated ? '' : html` hreflang="en"`}
          >${entry.title}</a
        >
        <p>${entry.summary}</p>
      </li>`;
    })}
  </ul>`;
}

/** The entries of one section, current ones first, then by title. */
function sectionEntries(knowledge: Knowledge, section: Section): Entry[] {
  const kinds = sectionKinds[section];
  const inSection = knowledge.entries.filter((entry) => kinds.includes(entry.kind));
  if (section === 'explainers') return explainers(knowledge);
  return [...inSection].sort(
    (a, b) =>
      Number(a.status === 'superseded') - Number(b.status === 'superseded') ||
      a.title.localeCompare(b.title),
  );
}

export function sectionPage({ knowledge, language }: IndexContext, section: Section): Page {
  const t = webStrings[language];
  const path = pageIn(language, `${section}.html`);
  const { title, intro } = t.sections[section];
  return {
    path,
    language,
    title,
    description: intro,
    alternates: inEveryLanguage(`${section}.html`),
    body: html`<h1>${title}</h1>
      <p class="summary">${intro}</p>
      ${entryList(sectionEntries(knowledge, section), path, language)}`,
  };
}

export function homePage({ knowledge, language }: IndexContext): Page {
  const t = webStrings[language];
  const path = pageIn(language, 'index.html');
  const start = explainers(knowledge).slice(0, 4);
  const sectionLinks = sections.map(
    (section) =>
      html`<li>
        <a href="${relativeLink(path, pageIn(language, `${section}.html`))}"
          >${t.sections[section].title}</a
        >: ${t.sections[section].intro}
      </li>`,
  );
  return {
    path,
    language,
    title: t.homeTitle,
    description: t.tagline,
    alternates: inEveryLanguage('index.html'),
    body: html`<h1>${t.homeTitle}</h1>
      <p class="summary">${t.homeIntro}</p>
      <h2>${t.start}</h2>
      ${entryList(start, path, language)}
      <ul class="sections">
        ${sectionLinks}
      </ul>`,
  };
}

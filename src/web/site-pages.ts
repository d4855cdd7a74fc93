import type { Knowledge } from '../knowledge/knowledge.js';
import { knowledgeIn } from '../knowledge/language-view.js';
import { languages } from '../knowledge/languages.js';
import { entryLanguages, entryPage } from './entry-page.js';
import { homePage, sectionPage } from './index-pages.js';
import { aboutPage, searchPage, sourcesPage } from './info-pages.js';
import { renderPage, type Page, type SiteOptions } from './layout.js';
import { sections } from './web-strings.js';

/** A file of the site: its path from the root and its text. */
export interface SiteFile {
  path: string;
  text: string;
}

/** Every page of the site, in every language, as plain data. */
export function sitePages(knowledge: Knowledge): Page[] {
  return languages.flatMap((language) => {
    const seen = knowledgeIn(knowledge, language);
    const context = { knowledge: seen, language };
    const entries = knowledge.entries
      .filter((entry) => entryLanguages(entry).includes(language))
      .map((entry) => entryPage(seen.entriesById.get(entry.id) ?? entry, seen, language));
    return [
      homePage(context),
      ...sections.map((section) => sectionPage(context, section)),
      sourcesPage(context),
      aboutPage(context),
      searchPage(context),
      ...entries,
    ];
  });
}

/**
 * The site's HTML, built from the same checked knowledge the bot serves. Pure: the caller writes
 * the files, with the stylesheet, the search script and the search data beside them.
 */
export function renderSite(knowledge: Knowledge, siteUrl?: string): SiteFile[] {
  const options: SiteOptions = {
    knowledgeVersion: knowledge.version,
    reviewed: knowledge.reviewed,
    ...(siteUrl ? { siteUrl } : {}),
  };
  return sitePages(knowledge).map((page) => ({ path: page.path, text: renderPage(page, options) }));
}

import { citedSources } from '../answer/citations.js';
import { entryPagePath } from '../answer/entry-page.js';
import { entryView } from '../answer/entry-view.js';
import type { CitedSource } from '../answer/answer.js';
import type { Entry, Knowledge } from '../knowledge/knowledge.js';
import { findCitations } from '../knowledge/parse-body.js';
import type { Language } from '../knowledge/languages.js';
import { diagramHtml } from './diagram-svg.js';
import { html, type SafeHtml } from './html.js';
import { relativeLink, type Page } from './layout.js';
import { passageHtml } from './passage-html.js';
import { webStrings } from './web-strings.js';
import { inForceSince } from '../knowledge/in-force.js';

/** The languages an entry's page exists in: English, and each language it is translated into. */
export const entryLanguages = (entry: Entry): Language[] => [
  'en',
  ...(Object.keys(entry.translations) as Language[]),
];

/** `[n] Title, pinpoint — Publisher, date (note)`, the title a link: as the bot lists sources. */
export function sourceItem(source: CitedSource): SafeHtml {
  return html`<li id="source-${source.number}">
    <a href="${source.url}">${source.title}</a>${source.pinpoint ? `, ${source.pinpoint}` : ''} —
    ${source.publisher},
    <time datetime="${source.date}">${source.date}</time
    >${source.note ? html` <span class="note">(${source.note})</span>` : ''}
  </li>`;
}

/** The passages under their headings, a heading shown where it changes. */
function passagesHtml(entry: Entry, numberOf: (id: string) => number | undefined): SafeHtml[] {
  let heading: string | undefined;
  return entry.passages.map((passage) => {
    const changed = passage.heading !== undefined && passage.heading !== heading;
    heading = passage.heading ?? heading;
    return html`${changed ? html`<h2>${passage.heading}</h2>` : ''}${passageHtml(passage, numberOf)}`;
  });
}

/**
 * An entry's page in one language (`entry` as that language's reader sees it): the same passages,
 * numbered citations and sources as the bot shows, the "as of" and "reviewed" dates, the rule in
 * force now when this one was superseded, its diagram, and related entries.
 */
export function entryPage(entry: Entry, knowledge: Knowledge, language: Language): Page {
  const t = webStrings[language];
  const path = entryPagePath(entry.id, language);
  const view = entryView(entry, knowledge);
  // The diagram's sources follow the passages', so each [n] means one source across the page.
  const diagramCitations = (entry.diagram?.steps ?? []).flatMap(
    (step) => findCitations(step.text, 0).citations,
  );
  const extra = citedSources(diagramCitations, knowledge.sources)
    .filter((s) => !view.sources.some((known) => known.id === s.id))
    .map((s, i) => ({ ...s, number: view.sources.length + i + 1 }));
  const sources = [...view.sources, ...extra];
  const numberOf = (id: string) => sources.find((s) => s.id === id)?.number;
  const link = (to: string) => relativeLink(path, to);
  const pageOf = (id: string) => {
    const target = knowledge.entriesById.get(id);
    const translated = target && target.language === language && language !== 'en';
    return link(entryPagePath(id, translated ? language : 'en'));
  };
  const current = entry.superseded_by ? knowledge.entriesById.get(entry.superseded_by) : undefined;
  const translation = language === 'en' ? undefined : entry.translations[language];
  const alternates = Object.fromEntries(
    entryLanguages(entry).map((l) => [l, entryPagePath(entry.id, l)]),
  );
  const body = html`<article class="entry" data-entry="${entry.id}">
    <p class="kind">${t.kinds[entry.kind]} · ${entry.jurisdiction}</p>
    <h1>${entry.title}</h1>
    ${
      entry.status === 'superseded' && current
        ? html`<p class="notice superseded" role="note">
            <strong>${t.supersededLead}</strong> ${t.currentRule}
            <a href="${pageOf(current.id)}">${current.title}</a> (${t.since}
            <time datetime="${inForceSince(current)}">${inForceSince(current)}</time>).
          </p>`
        : ''
    }
    ${translation?.stale ? html`<p class="notice" role="note">${t.staleTranslation(translation.reviewed)}</p>` : ''}
    <p class="summary">${entry.summary}</p>
    <p class="dates">
      ${t.asOf} <time datetime="${view.asOf}">${view.asOf}</time> · ${t.reviewed}
      <time datetime="${view.reviewed}">${view.reviewed}</time>
    </p>
    ${entry.diagram ? diagramHtml(entry.diagram, numberOf, `diagram-${entry.id}`) : ''}
    ${passagesHtml(entry, numberOf)}
    ${language === 'en' ? '' : html`<p class="note">${t.officialTextInEnglish}</p>`}
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">${t.sources}</h2>
      <ol class="sources">
        ${sources.map(sourceItem)}
      </ol>
    </section>
    ${
      view.related.length > 0
        ? html`<section aria-labelledby="related-heading">
            <h2 id="related-heading">${t.related}</h2>
            <ul class="related">
              ${view.related.map((ref) => html`<li><a href="${pageOf(ref.id)}">${ref.title}</a></li>`)}
            </ul>
          </section>`
        : ''
    }
  </article>`;
  return {
    path,
    language,
    title: entry.title,
    description: entry.summary,
    body,
    alternates,
    ogType: 'article',
  };
}

import type { Answer, AnswerNotice, CitedSource } from '../answer/answer.js';
import { supportingPassages } from '../answer/supporting-passages.js';
import type { EntryView } from '../answer/entry-view.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import type { Entry } from '../knowledge/knowledge.js';
import type { Language } from '../knowledge/languages.js';

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
}

export const ansiStyle: Style = {
  bold: (text) => `\x1b[1m${text}\x1b[22m`,
  dim: (text) => `\x1b[2m${text}\x1b[22m`,
};

export const plainStyle: Style = { bold: (text) => text, dim: (text) => text };

/** Markdown bold to terminal bold, and Markdown escapes dropped. */
const inline = (markdown: string, style: Style) =>
  markdown
    .replace(/\*\*(.+?)\*\*/g, (_, text: string) => style.bold(text))
    .replace(/\\([\\*_~`|>#])/g, '$1');

function sourceLines(sources: CitedSource[], style: Style, notes = true): string[] {
  return sources.map((s) => {
    const pinpoint = s.pinpoint ? `, ${s.pinpoint}` : '';
    const note = notes && s.note ? style.dim(` (${s.note})`) : '';
    return `  [${s.number}] ${s.title}${pinpoint}. ${s.publisher}, ${s.date}. ${s.url}${note}`;
  });
}

function noticeLine(m: Messages, notice: AnswerNotice): string {
  switch (notice.kind) {
    case 'place-not-covered':
      return m.answer.placeNotCovered(notice.places.join(', ') || m.answer.thatPlace);
    case 'legal-help':
      return m.terminal.legalHelp(notice.entry.title, notice.entry.id);
  }
}

/** Said before a result shown in English in another language, or from an older original. */
function translationNote(
  m: Messages,
  language: Language,
  result: { language: Language; translatedOn?: string },
): string[] {
  if (result.language !== language) return [m.answer.notTranslated];
  return result.translatedOn ? [m.answer.staleTranslation(result.translatedOn)] : [];
}

/**
 * An answer for the terminal in the shape Discord shows it: the best entry's plain answer first,
 * then up to three passages with one list of sources, then what else to read.
 */
export function formatAnswer(answer: Answer, style: Style = plainStyle): string {
  const m = messagesFor(answer.language);
  const { terminal } = m;
  const hint = (ref: { title: string; id: string }) =>
    `  - ${ref.title} (${terminal.explainHint(ref.id)})`;
  if (answer.status === 'empty-question') return terminal.emptyQuestion;
  const [lead, ...others] = answer.results;
  if (!lead) {
    return [
      terminal.noAnswer,
      ...answer.notices.map((notice) => noticeLine(m, notice)),
      ...(answer.suggestions.length > 0
        ? [terminal.closestEntries, ...answer.suggestions.map(hint)]
        : []),
    ].join('\n');
  }
  const { passages, sources } = supportingPassages(answer);
  const oldRule =
    lead.status === 'superseded' && lead.supersededBy
      ? [terminal.oldRule(lead.supersededBy.asOf, lead.supersededBy.title, lead.supersededBy.id)]
      : [];
  const evidence = passages.map(({ result, snippet }, i) =>
    [
      ...(i === 0
        ? []
        : [
            `   ${style.bold(result.title)} ${style.dim(`(${result.id}, ${m.asOfInline(result.asOf)})`)}`,
            ...translationNote(m, answer.language, result).map((note) => `   ${style.dim(note)}`),
          ]),
      `   ${inline(snippet, style)}`,
    ].join('\n'),
  );
  const alsoRead = others.slice(passages.length - 1).map(hint);
  return [
    `${style.bold(lead.title)} ${style.dim(`(${lead.id}, ${m.asOfInline(lead.asOf)})`)}`,
    ...translationNote(m, answer.language, lead).map(style.dim),
    ...oldRule,
    lead.summary,
    evidence.join('\n\n'),
    [m.sourcesHeading, ...sourceLines(sources, style, false)].join('\n'),
    ...answer.notices.map((notice) => noticeLine(m, notice)),
    ...(alsoRead.length > 0 ? [[terminal.seeAlso, ...alsoRead].join('\n')] : []),
    style.dim(m.notLegalAdvice),
  ].join('\n\n');
}

export function formatEntry(view: EntryView, style: Style = plainStyle): string {
  const m = messagesFor(view.language);
  const translation = translationNote(m, view.language, {
    language: view.contentLanguage,
    ...(view.translatedOn ? { translatedOn: view.translatedOn } : {}),
  });
  const lines = [
    style.bold(view.title),
    style.dim(
      `${m.kinds[view.kind]} · ${view.jurisdiction} · ${m.datesLine(view.asOf, view.reviewed)}`,
    ),
    ...translation.map(style.dim),
    '',
    view.summary,
  ];
  let heading: string | undefined;
  for (const passage of view.passages) {
    if (passage.heading && passage.heading !== heading) {
      heading = passage.heading;
      lines.push('', style.bold(heading));
    }
    lines.push('', passage.text);
  }
  lines.push('', style.bold(m.sourcesHeading), ...sourceLines(view.sources, style));
  if (view.related.length > 0)
    lines.push('', m.terminal.related(view.related.map((r) => r.id).join(', ')));
  lines.push('', style.dim(m.notLegalAdvice));
  return lines.join('\n');
}

export function formatTopics(entries: readonly Entry[]): string {
  const byKind = new Map<string, Entry[]>();
  for (const entry of entries) byKind.set(entry.kind, [...(byKind.get(entry.kind) ?? []), entry]);
  return [...byKind]
    .map(([kind, list]) =>
      [`${kind}:`, ...list.map((e) => `  ${e.id.padEnd(42)} ${e.title}`)].join('\n'),
    )
    .join('\n\n');
}

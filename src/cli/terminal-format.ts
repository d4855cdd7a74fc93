import type { Answer, AnswerNotice, CitedSource } from '../answer/answer.js';
import { supportingPassages } from '../answer/supporting-passages.js';
import type { EntryView } from '../answer/entry-view.js';
import type { Entry } from '../knowledge/knowledge.js';

export const NOT_LEGAL_ADVICE = 'General information from public sources, not legal advice.';

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

function noticeLine(notice: AnswerNotice): string {
  switch (notice.kind) {
    case 'place-not-covered':
      return `The sources here cover Connecticut and federal law. Nothing here is about ${notice.places.join(', ') || 'that place'} in particular; federal rules apply everywhere.`;
    case 'legal-help':
      return `Facing ICE now? ${notice.entry.title} (explain ${notice.entry.id})`;
  }
}

/**
 * An answer for the terminal in the shape Discord shows it: the best entry's plain answer first,
 * then up to three passages with one list of sources, then what else to read.
 */
export function formatAnswer(answer: Answer, style: Style = plainStyle): string {
  if (answer.status === 'empty-question') {
    return 'Ask a question in words, for example: "What is an ICE detainer?"';
  }
  const [lead, ...others] = answer.results;
  if (!lead) {
    return [
      'No sourced answer: nothing in the knowledge base answers that well enough to quote.',
      ...answer.notices.map(noticeLine),
      ...(answer.suggestions.length > 0
        ? ['Closest entries:', ...answer.suggestions.map((s) => `  - ${s.title} (explain ${s.id})`)]
        : []),
    ].join('\n');
  }
  const { passages, sources } = supportingPassages(answer);
  const oldRule =
    lead.status === 'superseded' && lead.supersededBy
      ? [
          `Old rule: replaced on ${lead.supersededBy.asOf} by ${lead.supersededBy.title} (explain ${lead.supersededBy.id}).`,
        ]
      : [];
  const evidence = passages.map(({ result, snippet }, i) =>
    [
      ...(i === 0
        ? []
        : [`   ${style.bold(result.title)} ${style.dim(`(${result.id}, as of ${result.asOf})`)}`]),
      `   ${inline(snippet, style)}`,
    ].join('\n'),
  );
  const alsoRead = others.slice(passages.length - 1).map((r) => `  - ${r.title} (explain ${r.id})`);
  return [
    `${style.bold(lead.title)} ${style.dim(`(${lead.id}, as of ${lead.asOf})`)}`,
    ...oldRule,
    lead.summary,
    evidence.join('\n\n'),
    ['Sources', ...sourceLines(sources, style, false)].join('\n'),
    ...answer.notices.map(noticeLine),
    ...(alsoRead.length > 0 ? [['See also', ...alsoRead].join('\n')] : []),
    style.dim(NOT_LEGAL_ADVICE),
  ].join('\n\n');
}

export function formatEntry(view: EntryView, style: Style = plainStyle): string {
  const lines = [
    style.bold(view.title),
    style.dim(
      `${view.kind} · ${view.jurisdiction} · as of ${view.asOf} · reviewed ${view.reviewed}`,
    ),
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
  lines.push('', style.bold('Sources'), ...sourceLines(view.sources, style));
  if (view.related.length > 0)
    lines.push('', `Related: ${view.related.map((r) => r.id).join(', ')}`);
  lines.push('', style.dim(NOT_LEGAL_ADVICE));
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

import type { Answer, CitedSource } from '../answer/answer.js';
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

function sourceLines(sources: CitedSource[], style: Style): string[] {
  return sources.map((s) => {
    const pinpoint = s.pinpoint ? `, ${s.pinpoint}` : '';
    const note = s.note ? style.dim(` (${s.note})`) : '';
    return `  [${s.number}] ${s.title}${pinpoint}. ${s.publisher}, ${s.date}. ${s.url}${note}`;
  });
}

export function formatAnswer(answer: Answer, style: Style = plainStyle): string {
  if (answer.status === 'empty-question') {
    return 'Ask a question in words, for example: "What is an ICE detainer?"';
  }
  if (answer.results.length === 0) {
    return [
      'No sourced answer: nothing in the knowledge base answers that well enough to quote.',
      'Closest explainers:',
      ...answer.suggestions.map((s) => `  - ${s.title} (explain ${s.id})`),
    ].join('\n');
  }
  const blocks = answer.results.map((result, i) => {
    const heading = `${i + 1}. ${style.bold(result.title)} ${style.dim(`(${result.id}, as of ${result.asOf})`)}`;
    return [
      heading,
      `   ${result.summary}`,
      '',
      `   ${inline(result.snippet, style)}`,
      ...sourceLines(result.sources, style),
    ].join('\n');
  });
  return [...blocks, '', style.dim(NOT_LEGAL_ADVICE)].join('\n\n');
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

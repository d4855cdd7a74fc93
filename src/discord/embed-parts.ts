import type { APIEmbedField } from 'discord-api-types/v10';
import type { CitedSource, EntryRef } from '../answer/answer.js';
import { NOT_LEGAL_ADVICE } from '../cli/terminal-format.js';
import type { EntryKind } from '../knowledge/schema.js';
import { fitPayload, truncateText } from './fit.js';
import { EMBED_FIELD_VALUE_MAX } from './limits.js';
import { escapeText, inlineCode, markdownLink } from './markdown.js';
import { withVisibility, type MessagePayload, type RenderOptions } from './message-payload.js';

/** Embed colours: one for sourced content, a quieter one when there is nothing sourced to show. */
export const COLOR_SOURCED = 0x2f6f9f;
export const COLOR_UNSOURCED = 0x7f8c8d;

/** Knowledge text is curated, but a renderer must not trust any one string to be short. */
const short = (text: string, max: number) => escapeText(truncateText(text, max));

/** "Not legal advice · knowledge <version>": the line under every answer and entry. */
export function footerText(knowledgeVersion: string, firstLine?: string): string {
  const notAdvice = NOT_LEGAL_ADVICE.replace(/\.$/, '');
  const version = truncateText(knowledgeVersion, 40);
  return [firstLine, `${notAdvice} · knowledge ${version}`].filter(Boolean).join('\n');
}

/** "As of <date> · reviewed <date>": when the content was true, and when a curator last checked. */
export const datesLine = (asOf: string, reviewed: string): string =>
  `As of ${truncateText(asOf, 30)} · reviewed ${truncateText(reviewed, 30)}`;

const KIND_LABELS: Record<string, string> = {
  explainer: 'Explainer',
  glossary: 'Glossary',
  jurisdiction: 'Jurisdiction',
  law: 'Law',
  case: 'Court case',
  document: 'Document',
  news: 'News',
  statute: 'Statute',
  regulation: 'Regulation',
  'executive-order': 'Executive order',
  'court-opinion': 'Court opinion',
  'agency-document': 'Agency document',
  report: 'Report',
};

/** A kind of entry or source, for people (plain text): `court-opinion` reads "Court opinion". */
export const kindLabel = (kind: string): string =>
  KIND_LABELS[kind] ?? truncateText(kind.replace(/-/g, ' '), 40);

/** The command that opens an entry: glossary terms by `/define`, places by `/jurisdiction`. */
export function openCommand(ref: { id: string; kind: EntryKind }): string {
  const id = truncateText(ref.id, 80);
  if (ref.kind === 'glossary') return inlineCode(`/define term:${id}`);
  if (ref.kind === 'jurisdiction') return inlineCode(`/jurisdiction place:${id}`);
  return inlineCode(`/explain topic:${id}`);
}

export const sourcesCommand = (entryId: string): string =>
  inlineCode(`/sources topic:${truncateText(entryId, 80)}`);

/** "• Title: `/explain topic:id`", one line per entry. */
export const refLines = (refs: readonly EntryRef[]): string[] =>
  refs.map((ref) => `• ${short(ref.title, 120)}: ${openCommand(ref)}`);

/**
 * `[n] [Title](url), pinpoint — Publisher, date`: a source as answers and entries list it, so a
 * reader can match each `[n]` in the text to a link.
 */
export function sourceLine(source: CitedSource): string {
  const pinpoint = source.pinpoint ? `, ${short(source.pinpoint, 40)}` : '';
  const note = source.note ? ` (${short(source.note, 120)})` : '';
  return `[${source.number}] ${markdownLink(truncateText(source.title, 150), source.url)}${pinpoint} — ${short(source.publisher, 100)}, ${short(source.date, 20)}${note}`;
}

/**
 * The line on top of a public copy: who shared it, as a mention of their user id. Discord shows a
 * mention as the person's current name and never as a link, so a nickname that is a URL, an
 * invite or Markdown cannot make the bot post a link its sharer chose; with mentions off
 * (`allowed_mentions: { parse: [] }`) it pings nobody.
 */
export const sharedByLine = (userId: string): string =>
  SNOWFLAKE.test(userId) ? `Shared by <@${userId}>` : 'Shared by a member of this conversation';

const SNOWFLAKE = /^\d{1,20}$/;

/**
 * A rendered body as the message it is sent as: "Shared by" on a public copy, private when asked,
 * and fitted to Discord's limits with mentions off.
 */
export function finishMessage(body: MessagePayload, options: RenderOptions): MessagePayload {
  const shared = options.sharedBy === undefined ? {} : { content: sharedByLine(options.sharedBy) };
  return fitPayload(withVisibility({ ...shared, ...body }, options));
}

/**
 * Lines packed into at most `max` characters, whole lines only; when some do not fit, the last
 * line says how many were left out and `more` says where to find them.
 */
export function packLines(lines: readonly string[], max: number, more: string): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const left = lines.length - i;
    const note = left > 1 ? `… and ${left - 1} more: ${more}` : '';
    const fitsWithNote =
      length + line.length + 1 + (i < lines.length - 1 ? note.length + 1 : 0) <= max;
    if (!fitsWithNote) {
      const omitted = `… and ${left} more: ${more}`;
      if (length + omitted.length <= max) kept.push(omitted);
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return truncateText(kept.join('\n'), max);
}

/** Lines split into fields of at most 1,024 characters, whole lines kept together. */
export function linesToFields(name: string, text: string): APIEmbedField[] {
  const values: string[] = [];
  let current = '';
  for (const line of text.split('\n').map((l) => truncateText(l, EMBED_FIELD_VALUE_MAX))) {
    if (current && current.length + 1 + line.length > EMBED_FIELD_VALUE_MAX) {
      values.push(current);
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current.trim()) values.push(current);
  return values.map((value, i) => ({ name: i === 0 ? name : `${name} (continued)`, value }));
}

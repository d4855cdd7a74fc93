import type { APIEmbedField } from 'discord-api-types/v10';
import type { CitedSource, EntryRef } from '../answer/answer.js';
import type { Messages } from '../i18n/messages.js';
import type { EntryKind } from '../knowledge/schema.js';
import type { Language } from '../knowledge/languages.js';
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
export function footerText(m: Messages, knowledgeVersion: string, firstLine?: string): string {
  const notAdvice = m.notLegalAdvice.replace(/\.$/, '');
  const version = m.knowledgeVersion(truncateText(knowledgeVersion, 40));
  return [firstLine, `${notAdvice} · ${version}`].filter(Boolean).join('\n');
}

/** "As of <date> · reviewed <date>": when the content was true, and when a curator last checked. */
export const datesLine = (m: Messages, asOf: string, reviewed: string): string =>
  m.datesLine(truncateText(asOf, 30), truncateText(reviewed, 30));

/** A kind of entry or source, for people (plain text): `court-opinion` reads "Court opinion". */
export const kindLabel = (m: Messages, kind: string): string =>
  (m.kinds as Record<string, string>)[kind] ?? truncateText(kind.replace(/-/g, ' '), 40);

/**
 * What a reader should know about a result's language: that it is not translated yet (shown in
 * English in a Spanish answer), or that its translation predates a change to the original.
 */
export function translationLine(
  m: Messages,
  language: Language,
  result: { language: Language; translatedOn?: string },
): string | undefined {
  if (result.language !== language) return `*${m.answer.notTranslated}*`;
  return result.translatedOn
    ? `*${m.answer.staleTranslation(escapeText(truncateText(result.translatedOn, 20)))}*`
    : undefined;
}

/** The command that opens an entry: glossary terms by `/define`, places by `/jurisdiction`. */
export function openCommand(m: Messages, ref: { id: string; kind: EntryKind }): string {
  const id = truncateText(ref.id, 80);
  const { commands, options } = m;
  if (ref.kind === 'glossary') return inlineCode(`/${commands.define} ${options.term}:${id}`);
  if (ref.kind === 'jurisdiction')
    return inlineCode(`/${commands.jurisdiction} ${options.place}:${id}`);
  return inlineCode(`/${commands.explain} ${options.topic}:${id}`);
}

export const sourcesCommand = (m: Messages, entryId: string): string =>
  inlineCode(`/${m.commands.sources} ${m.options.topic}:${truncateText(entryId, 80)}`);

/** A command as a reader's Discord shows it, e.g. `/ask` or `/preguntar`, in code. */
export const commandCode = (m: Messages, command: keyof Messages['commands']): string =>
  inlineCode(`/${m.commands[command]}`);

/** `/explainer <sub>` as a reader's Discord shows it, e.g. `/fijados quitar`, in code. */
export const explainerCode = (m: Messages, sub: keyof Messages['subcommands']): string =>
  inlineCode(`/${m.commands.explainer} ${m.subcommands[sub]}`);

/** "• Title: `/explain topic:id`", one line per entry. */
export const refLines = (m: Messages, refs: readonly EntryRef[]): string[] =>
  refs.map((ref) => `• ${short(ref.title, 120)}: ${openCommand(m, ref)}`);

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
export const sharedByLine = (m: Messages, userId: string): string =>
  SNOWFLAKE.test(userId) ? m.sharedBy(`<@${userId}>`) : m.sharedByMember;

const SNOWFLAKE = /^\d{1,20}$/;

/**
 * A rendered body as the message it is sent as: "Shared by" on a public copy, private when asked,
 * and fitted to Discord's limits with mentions off.
 */
export function finishMessage(
  m: Messages,
  body: MessagePayload,
  options: RenderOptions,
): MessagePayload {
  const shared =
    options.sharedBy === undefined ? {} : { content: sharedByLine(m, options.sharedBy) };
  return fitPayload(withVisibility({ ...shared, ...body }, options));
}

/**
 * Lines packed into at most `max` characters, whole lines only; when some do not fit, the last
 * line says how many were left out and `more` says where to find them.
 */
export function packLines(
  m: Messages,
  lines: readonly string[],
  max: number,
  more: string,
): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const left = lines.length - i;
    const note = left > 1 ? m.andMore(left - 1, more) : '';
    const fitsWithNote =
      length + line.length + 1 + (i < lines.length - 1 ? note.length + 1 : 0) <= max;
    if (!fitsWithNote) {
      const omitted = m.andMore(left, more);
      if (length + omitted.length <= max) kept.push(omitted);
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return truncateText(kept.join('\n'), max);
}

/** Lines split into fields of at most 1,024 characters, whole lines kept together. */
export function linesToFields(m: Messages, name: string, text: string): APIEmbedField[] {
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
  return values.map((value, i) => ({ name: i === 0 ? name : m.continued(name), value }));
}

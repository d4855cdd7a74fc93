import { ComponentType, type APIEmbed } from 'discord-api-types/v10';
import type { Answer, CitedSource } from '../answer/answer.js';
import type { EntryView } from '../answer/entry-view.js';
import type { Messages } from '../i18n/messages.js';
import {
  COLOR_SOURCED,
  COLOR_UNSOURCED,
  datesLine,
  footerText,
  kindLabel,
  refLines,
  finishMessage,
  sourcesCommand,
} from './embed-parts.js';
import { truncateText } from './fit.js';
import { EMBEDS_TOTAL_MAX, EMBED_DESCRIPTION_MAX } from './limits.js';
import { escapeText, markdownLink } from './markdown.js';
import { messagesOf, type MessagePayload, type RenderOptions } from './message-payload.js';
import { pageButtons } from './page-id.js';
import { shareButton } from './share-id.js';

export interface SourcesRenderOptions extends RenderOptions {
  /** For an entry with more sources than one message holds: which page, from 1. */
  page?: number;
}

/** One page of sources: a description, with room left for its note. */
const PAGE_MAX = EMBED_DESCRIPTION_MAX - 200;
/** Room for the source lists of an answer's results together, under Discord's 6,000. */
const ANSWER_SOURCES_MAX = EMBEDS_TOTAL_MAX - 1200;

const text = (plain: string, max: number) => escapeText(truncateText(plain, max));

/**
 * One source, in full: its number and linked title, then its kind, publisher, date and the exact
 * place cited; then the curator's note (e.g. that the official text was not verified).
 */
export function sourceBlock(m: Messages, source: CitedSource): string {
  const details = [
    kindLabel(m, source.kind),
    truncateText(source.publisher, 100),
    truncateText(source.date, 20),
    ...(source.pinpoint ? [m.sources.at(truncateText(source.pinpoint, 40))] : []),
  ].map(escapeText);
  const note = source.note ? `\n*${text(source.note, 200)}*` : '';
  return `**[${source.number}]** ${markdownLink(truncateText(source.title, 200), source.url)}\n${details.join(' · ')}${note}`;
}

/** Blocks into pages of at most `max` characters each, whole blocks only (a block is far shorter). */
function paginate(blocks: readonly string[], max: number): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let length = 0;
  for (const block of blocks) {
    if (page.length > 0 && length + 2 + block.length > max) {
      pages.push(page);
      page = [];
      length = 0;
    }
    page.push(block);
    length += (page.length > 1 ? 2 : 0) + block.length;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

const pageText = (m: Messages, blocks: readonly string[] | undefined, max: number) =>
  blocks && blocks.length > 0 ? truncateText(blocks.join('\n\n'), max) : m.sources.noneListed;

function entrySources(m: Messages, view: EntryView, options: SourcesRenderOptions): MessagePayload {
  const pages = paginate(
    view.sources.map((source) => sourceBlock(m, source)),
    PAGE_MAX,
  );
  const count = Math.max(1, pages.length);
  const page = Math.min(count, Math.max(1, Math.floor(options.page ?? 1)));
  // Turning a page edits the message for everyone who sees it: only a private reply has pages.
  const paged = options.ephemeral && options.sharedBy === undefined;
  const unseen = pages.slice(page).flat().length;
  const note = !paged && unseen > 0 ? `\n\n${m.andMore(unseen, sourcesCommand(m, view.id))}` : '';
  const pageLine = paged && count > 1 ? m.sources.page(page, count) : '';
  const embed: APIEmbed = {
    color: COLOR_SOURCED,
    author: { name: `${kindLabel(m, view.kind)} · ${truncateText(view.jurisdiction, 60)}` },
    title: m.sources.title(text(view.title, 200)),
    description: pageText(m, pages[page - 1], PAGE_MAX) + note,
    footer: {
      text: footerText(m, view.knowledgeVersion, datesLine(m, view.asOf, view.reviewed) + pageLine),
    },
  };
  const { language } = view;
  const share = shareButton(m, { kind: 'sources', entryId: view.id, language });
  const buttons = paged
    ? [
        ...pageButtons(m, { kind: 'sources', entryId: view.id, language }, page, count),
        ...(share ? [share] : []),
      ]
    : [];
  return {
    embeds: [embed],
    ...(buttons.length > 0
      ? { components: [{ type: ComponentType.ActionRow, components: buttons }] }
      : {}),
  };
}

/** A result's sources in at most `max` characters; the rest counted, with where to see them. */
function resultSources(
  m: Messages,
  sources: readonly CitedSource[],
  max: number,
  entryId: string,
): string {
  const [first, ...rest] = paginate(
    sources.map((source) => sourceBlock(m, source)),
    max - 120,
  );
  const unseen = rest.flat().length;
  const more = unseen > 0 ? `\n\n${m.andMore(unseen, sourcesCommand(m, entryId))}` : '';
  return pageText(m, first, max - 120) + more;
}

function answerSources(m: Messages, answer: Answer): MessagePayload {
  const results = answer.results.slice(0, 5);
  if (results.length === 0) {
    const suggestions = refLines(m, answer.suggestions.slice(0, 5));
    const description = [
      m.sources.noAnswerText,
      ...(suggestions.length > 0
        ? [`${m.answer.closestExplainers}\n${suggestions.join('\n')}`]
        : []),
    ].join('\n\n');
    return {
      embeds: [
        {
          color: COLOR_UNSOURCED,
          title: m.sources.noAnswerTitle,
          description,
          footer: { text: footerText(m, answer.knowledgeVersion) },
        },
      ],
    };
  }
  // Each result numbers its own sources: [1] under one result is not [1] under another.
  const room = Math.min(PAGE_MAX, Math.floor(ANSWER_SOURCES_MAX / results.length));
  const embeds = results.map((result): APIEmbed => ({
    color: COLOR_SOURCED,
    title: m.sources.title(text(result.title, 200)),
    description: resultSources(m, result.sources, room, result.id),
  }));
  (embeds.at(-1) as APIEmbed).footer = { text: footerText(m, answer.knowledgeVersion) };
  return { embeds };
}

const isAnswer = (from: EntryView | Answer): from is Answer => 'results' in from;

/**
 * The sources behind an entry or an answer (`/sources`): each with its number, linked title,
 * kind, publisher, date and pinpoint, and the curator's note where there is one. An entry with
 * more sources than one message holds is shown a page at a time, with buttons to turn pages.
 */
export function renderSources(
  from: EntryView | Answer,
  options: SourcesRenderOptions,
): MessagePayload {
  const m = messagesOf(from.language, options);
  const body = isAnswer(from) ? answerSources(m, from) : entrySources(m, from, options);
  return finishMessage(m, body, options);
}

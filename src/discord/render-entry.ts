import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import type { EntryView, PassageView } from '../answer/entry-view.js';
import type { Messages } from '../i18n/messages.js';
import {
  COLOR_SOURCED,
  datesLine,
  footerText,
  kindLabel,
  linesToFields,
  packLines,
  refLines,
  finishMessage,
  sourceLine,
  sourcesCommand,
  commandCode,
  translationLine,
} from './embed-parts.js';
import { BLANK, embedsLength, truncateText } from './fit.js';
import { EMBEDS_MAX, EMBEDS_TOTAL_MAX, EMBED_DESCRIPTION_MAX, EMBED_FIELDS_MAX } from './limits.js';
import { escapeText, markdownLink } from './markdown.js';
import { messagesOf, type MessagePayload, type RenderOptions } from './message-payload.js';
import { shareRow } from './share-id.js';
import { entryPageLink, withPageLink } from './page-link.js';

export interface EntryRenderOptions extends RenderOptions {
  /** Where the entry's full text can be read, for the note where the description is cut. */
  fullTextUrl?: string;
}

type Table = NonNullable<PassageView['table']>;

/** Room kept free under Discord's 6,000 for the fitter's own marks. */
const MARGIN = 60;
/** The description should hold at least the summary and a paragraph; sources and cells give way. */
const DESCRIPTION_MIN = 700;
const TABLES_SHOWN = 3;
const COLUMNS_SHOWN = 6;
const RELATED_SHOWN = 6;

/** How much room sources and table cells get, most generous first. */
const BUDGETS = [
  { sources: 1800, cell: 400 },
  { sources: 1200, cell: 400 },
  { sources: 1200, cell: 250 },
  { sources: 800, cell: 250 },
  { sources: 800, cell: 150 },
  { sources: 500, cell: 80 },
] as const;

const text = (plain: string, max: number) => escapeText(truncateText(plain, max));

/**
 * A table as a comparison: for each row a full-width field naming the row, then one inline field
 * per cell under its column's name. Discord lays two inline fields side by side at half width
 * each, so desktop shows the two sides as columns; a phone stacks them, each still labelled.
 */
function tableFields(m: Messages, table: Table, cellMax: number): APIEmbedField[][] {
  const [corner = '', ...columns] = table.header;
  return table.rows.map((row, r) => {
    const [label = '', ...cells] = row;
    const shown = cells.slice(0, COLUMNS_SHOWN);
    const name = text(label, 200) || text(corner, 200) || m.entry.row(r + 1);
    if (shown.length <= 1) {
      // Two columns only: a list of terms and what they say.
      return [{ name, value: text(shown[0] ?? '', cellMax) || '—' }];
    }
    return [
      { name, value: BLANK },
      ...shown.map((cell, i) => ({
        name: text(columns[i] ?? '', 200) || BLANK,
        value: text(cell, cellMax) || '—',
        inline: true,
      })),
    ];
  });
}

/** A table's embeds: rows kept whole, as many to an embed as Discord's 25 fields allow. */
function tableEmbeds(m: Messages, passage: PassageView, table: Table, cellMax: number): APIEmbed[] {
  const embeds: APIEmbed[] = [];
  let fields: APIEmbedField[] = [];
  const title = text(passage.heading ?? m.entry.sideBySide, 200);
  for (const row of tableFields(m, table, cellMax)) {
    if (fields.length + row.length > EMBED_FIELDS_MAX && fields.length > 0) {
      embeds.push({
        color: COLOR_SOURCED,
        title: embeds.length === 0 ? title : m.continued(title),
        fields,
      });
      fields = [];
    }
    fields.push(...row.slice(0, EMBED_FIELDS_MAX));
  }
  if (fields.length > 0) {
    embeds.push({
      color: COLOR_SOURCED,
      title: embeds.length === 0 ? title : m.continued(title),
      fields,
    });
  }
  return embeds;
}

/** The summary, then every passage that is not a table, headings shown where they change. */
function descriptionBlocks(m: Messages, view: EntryView): string[] {
  const translation = translationLine(m, view.language, {
    language: view.contentLanguage,
    ...(view.translatedOn ? { translatedOn: view.translatedOn } : {}),
  });
  const blocks = [...(translation ? [translation] : []), text(view.summary, 1000)];
  let heading: string | undefined;
  for (const passage of view.passages) {
    if (passage.table) continue;
    const title =
      passage.heading && passage.heading !== heading ? `**${text(passage.heading, 200)}**\n` : '';
    heading = passage.heading ?? heading;
    blocks.push(title + escapeText(passage.text));
  }
  return blocks;
}

/** Said where the description is cut: where to read on. */
function continuedNote(m: Messages, view: EntryView, fullTextUrl: string | undefined): string {
  const fullText = fullTextUrl ? `${markdownLink(m.entry.fullText, fullTextUrl)} · ` : '';
  return m.entry.continuedNote(fullText, sourcesCommand(m, view.id), commandCode(m, 'ask'));
}

/** Sources and related entries as fields, under the table or the description. */
function tailFields(m: Messages, view: EntryView, sourcesMax: number): APIEmbedField[] {
  const sources = packLines(
    m,
    view.sources.map(sourceLine),
    sourcesMax,
    sourcesCommand(m, view.id),
  );
  const related = refLines(m, view.related.slice(0, RELATED_SHOWN)).join('\n');
  return [
    ...(sources ? linesToFields(m, m.sourcesHeading, sources) : []),
    ...(related ? linesToFields(m, m.relatedHeading, related) : []),
  ];
}

function entryEmbeds(
  m: Messages,
  view: EntryView,
  options: EntryRenderOptions,
  budget: (typeof BUDGETS)[number],
): { embeds: APIEmbed[]; cut: boolean } {
  const main: APIEmbed = {
    color: COLOR_SOURCED,
    author: { name: `${kindLabel(m, view.kind)} · ${truncateText(view.jurisdiction, 60)}` },
    title: text(view.title, 250),
  };
  const tables = view.passages
    .filter((p) => p.table)
    .slice(0, TABLES_SHOWN)
    .flatMap((p) => tableEmbeds(m, p, p.table as Table, budget.cell));
  const embeds = [main, ...tables].slice(0, EMBEDS_MAX - 1);
  const tail = tailFields(m, view, budget.sources);
  const last = embeds.at(-1) as APIEmbed;
  if ((last.fields?.length ?? 0) + tail.length <= EMBED_FIELDS_MAX)
    last.fields = [...(last.fields ?? []), ...tail];
  else embeds.push({ color: COLOR_SOURCED, fields: tail.slice(0, EMBED_FIELDS_MAX) });
  (embeds.at(-1) as APIEmbed).footer = {
    text: footerText(m, view.knowledgeVersion, datesLine(m, view.asOf, view.reviewed)),
  };
  // The description gets whatever room the rest leaves.
  const room = Math.min(EMBED_DESCRIPTION_MAX, EMBEDS_TOTAL_MAX - MARGIN - embedsLength(embeds));
  const description = descriptionBlocks(m, view).join('\n\n');
  main.description = truncateText(
    description,
    Math.max(0, room),
    continuedNote(m, view, options.fullTextUrl),
  );
  return { embeds, cut: main.description !== description };
}

/**
 * An entry as `/explain`, `/define` and `/jurisdiction` show it: title, summary and passages
 * (cut to fit, saying where to read on), any table side by side, numbered sources, related
 * entries, and a footer with "as of" and "reviewed" dates and the not-legal-advice line.
 */
export function renderEntry(view: EntryView, options: EntryRenderOptions): MessagePayload {
  // Sources and table cells give way, step by step, until the description has room to say something.
  const m = messagesOf(view.language, options);
  let embeds: APIEmbed[] = [];
  for (const budget of BUDGETS) {
    const built = entryEmbeds(m, view, options, budget);
    embeds = built.embeds;
    if (!built.cut || (embeds[0]?.description?.length ?? 0) >= DESCRIPTION_MIN) break;
  }
  const share =
    options.ephemeral && options.sharedBy === undefined
      ? shareRow(m, { kind: 'entry', entryId: view.id, language: view.language })
      : undefined;
  const page = entryPageLink(options.siteUrl, view.id, view.passages[0]?.id ?? view.id);
  return withPageLink(
    finishMessage(m, { embeds, ...(share ? { components: [share] } : {}) }, options),
    page,
  );
}

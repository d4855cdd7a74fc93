/**
 * A bot reply drawn as Discord's desktop client draws it in its dark theme: the "used /command"
 * line, the bot's name, embeds (colour bar, author, title, description, fields, footer), buttons,
 * and for a private reply the "Only you can see this" line. Pure: a payload in, an HTML page out.
 * Only for the README's pictures; it follows Discord's look, not every rule of its renderer.
 */
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIEmbed,
  type APIEmbedField,
} from 'discord-api-types/v10';
import type { MessagePayload } from '../src/discord/message-payload.js';

export interface PreviewOptions {
  /** The slash command the person ran, shown as "<asker> used /<command>". */
  command: string;
  asker: string;
  botName: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The Markdown Discord renders in embeds: `\` escapes, `code`, [masked](links), **bold**,
 * *italics* and `> ` quotes. Escaped characters and code are set aside first so nothing inside
 * them is read as formatting.
 */
export function markdownToHtml(markdown: string): string {
  const kept: string[] = [];
  const keep = (html: string) => `\uE000${kept.push(html) - 1}\uE000`;
  const inline = (line: string) =>
    escapeHtml(
      line
        .replace(/\\([^A-Za-z0-9\s])/g, (_, c: string) => keep(escapeHtml(c)))
        .replace(/`([^`]+)`/g, (_, code: string) => keep(`<code>${escapeHtml(code)}</code>`)),
    )
      .replace(
        /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g,
        (_, label: string, url: string) => `<a href="${url}">${label}</a>`,
      )
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[^*])\*([^*\s][^*]*?)\*/g, '$1<em>$2</em>');
  const blocks: string[] = [];
  let quote: string[] = [];
  const flushQuote = () => {
    if (quote.length > 0) blocks.push(`<blockquote>${quote.join('<br>')}</blockquote>`);
    quote = [];
  };
  for (const line of markdown.split('\n')) {
    if (line.startsWith('> ')) {
      quote.push(inline(line.slice(2)));
      continue;
    }
    flushQuote();
    blocks.push(`${inline(line)}<br>`);
  }
  flushQuote();
  return blocks
    .join('')
    .replace(/<br>$/, '')
    .replace(/\uE000(\d+)\uE000/g, (_, i: string) => kept[Number(i)] ?? '');
}

/**
 * Fields in rows as Discord lays them out: a full-width field alone, and runs of inline fields
 * up to three to a row, sharing its width equally (so two make two half-width columns).
 */
function fieldRows(fields: readonly APIEmbedField[]): APIEmbedField[][] {
  const rows: APIEmbedField[][] = [];
  for (const field of fields) {
    const last = rows.at(-1);
    if (field.inline && last?.[0]?.inline && last.length < 3) last.push(field);
    else rows.push([field]);
  }
  return rows;
}

function fieldsHtml(fields: readonly APIEmbedField[]): string {
  return fieldRows(fields)
    .map((row) => {
      const cells = row
        .map(
          (field) =>
            `<div class="field"><div class="field-name">${markdownToHtml(field.name)}</div>` +
            `<div class="field-value">${markdownToHtml(field.value)}</div></div>`,
        )
        .join('');
      return `<div class="field-row" style="grid-template-columns: repeat(${row.length}, 1fr)">${cells}</div>`;
    })
    .join('');
}

function embedHtml(embed: APIEmbed): string {
  const color = `#${(embed.color ?? 0x1e1f22).toString(16).padStart(6, '0')}`;
  const parts = [
    embed.author ? `<div class="author">${escapeHtml(embed.author.name)}</div>` : '',
    embed.title ? `<div class="title">${markdownToHtml(embed.title)}</div>` : '',
    embed.description ? `<div class="description">${markdownToHtml(embed.description)}</div>` : '',
    embed.fields?.length ? `<div class="fields">${fieldsHtml(embed.fields)}</div>` : '',
    embed.footer ? `<div class="footer">${escapeHtml(embed.footer.text)}</div>` : '',
  ];
  return `<div class="embed" style="border-left-color: ${color}">${parts.join('')}</div>`;
}

const BUTTON_CLASS: Partial<Record<ButtonStyle, string>> = {
  [ButtonStyle.Primary]: 'primary',
  [ButtonStyle.Success]: 'success',
  [ButtonStyle.Danger]: 'danger',
};

function componentsHtml(payload: MessagePayload): string {
  return (payload.components ?? [])
    .map((row) => {
      if (row.type !== ComponentType.ActionRow) return '';
      const buttons = row.components
        .map((c) =>
          c.type === ComponentType.Button && 'label' in c
            ? `<span class="button ${BUTTON_CLASS[c.style] ?? 'secondary'}">${escapeHtml(c.label ?? '')}</span>`
            : '',
        )
        .join('');
      return `<div class="action-row">${buttons}</div>`;
    })
    .join('');
}

const EYE_ICON =
  '<svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" ' +
  'd="M12 5C5.6 5 2 12 2 12s3.6 7 10 7 10-7 10-7-3.6-7-10-7Zm0 11a4 4 0 1 1 0-8 4 4 0 0 1 0 8Zm0-2a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z"/></svg>';

const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; padding: 16px 16px 20px 0; background: #313338; color: #dbdee1;
    font-family: 'gg sans', 'Noto Sans', 'Liberation Sans', Arial, sans-serif; font-size: 15px;
    line-height: 1.375; width: 620px; }
  .message { display: grid; grid-template-columns: 72px 1fr; }
  .used { grid-column: 2; display: flex; align-items: center; gap: 6px; font-size: 13px;
    color: #b5bac1; margin-bottom: 4px; position: relative; }
  .used::before { content: ''; position: absolute; left: -38px; top: 8px; width: 32px; height: 12px;
    border-left: 2px solid #4e5058; border-top: 2px solid #4e5058; border-top-left-radius: 6px; }
  .mini-avatar { width: 16px; height: 16px; border-radius: 50%; background: #5865f2; }
  .used .name { color: #dbdee1; font-weight: 600; }
  .used .command { color: #00a8fc; }
  .avatar { width: 40px; height: 40px; border-radius: 50%; margin-left: 16px; background: #2f6f9f;
    color: #fff; font-weight: 700; font-size: 15px; display: flex; align-items: center;
    justify-content: center; }
  .header { display: flex; align-items: baseline; gap: 6px; }
  .bot-name { color: #f2f3f5; font-weight: 600; font-size: 16px; }
  .app-tag { background: #5865f2; color: #fff; font-size: 10px; font-weight: 700; border-radius: 3px;
    padding: 1px 4px; position: relative; top: -2px; }
  .time { color: #949ba4; font-size: 12px; }
  .content { margin: 2px 0 4px; }
  .embed { background: #2b2d31; border-left: 4px solid; border-radius: 4px; max-width: 520px;
    padding: 8px 16px 16px 12px; margin-top: 8px; font-size: 14px; }
  .author { font-weight: 600; font-size: 14px; color: #f2f3f5; margin-top: 8px; }
  .title { font-weight: 700; font-size: 16px; color: #f2f3f5; margin-top: 8px; }
  .description { margin-top: 8px; white-space: normal; overflow-wrap: anywhere; }
  .fields { margin-top: 8px; display: grid; gap: 8px; }
  .field-row { display: grid; gap: 8px; }
  .field-name { font-weight: 600; color: #f2f3f5; margin-bottom: 2px; }
  .field-value { overflow-wrap: anywhere; }
  .footer { margin-top: 8px; font-size: 12px; color: #b5bac1; white-space: pre-line; }
  a { color: #00a8fc; text-decoration: none; }
  code { background: #1e1f22; border-radius: 4px; padding: 0 3px; font-size: 12.5px;
    font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; }
  blockquote { margin: 4px 0; padding: 0 8px 0 12px; border-left: 4px solid #4e5058;
    border-radius: 4px; }
  strong { color: #f2f3f5; }
  .action-row { display: flex; gap: 8px; margin-top: 8px; }
  .button { display: inline-flex; align-items: center; height: 32px; padding: 2px 16px;
    border-radius: 8px; font-size: 14px; font-weight: 500; color: #fff; }
  .button.secondary { background: #4e5058; }
  .button.primary { background: #5865f2; }
  .button.success { background: #248046; }
  .button.danger { background: #da373c; }
  .ephemeral { display: flex; align-items: center; gap: 4px; margin-top: 6px; font-size: 12px;
    color: #949ba4; }
  .ephemeral a { color: #00a8fc; }
`;

/** The reply to `/command`, as the person who ran it sees it in Discord. */
export function previewHtml(payload: MessagePayload, options: PreviewOptions): string {
  const ephemeral = ((payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  const initials = options.botName
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .slice(0, 2);
  const body = [
    `<div class="used"><span class="mini-avatar"></span><span class="name">${escapeHtml(options.asker)}</span> used <span class="command">/${escapeHtml(options.command)}</span></div>`,
    `<div class="avatar">${escapeHtml(initials)}</div>`,
    '<div>',
    `<div class="header"><span class="bot-name">${escapeHtml(options.botName)}</span><span class="app-tag">APP</span><span class="time">Today at 12:00</span></div>`,
    payload.content ? `<div class="content">${markdownToHtml(payload.content)}</div>` : '',
    ...(payload.embeds ?? []).map(embedHtml),
    componentsHtml(payload),
    ephemeral
      ? `<div class="ephemeral">${EYE_ICON}<span>Only you can see this •</span><a>Dismiss message</a></div>`
      : '',
    '</div>',
  ];
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body><div class="message">${body.join('')}</div></body></html>`;
}

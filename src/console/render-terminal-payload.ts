import {
  InteractionResponseType,
  type APIEmbed,
  type APIInteractionResponse,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
import { isEphemeral, type MessagePayload } from '../discord/message-payload.js';
import type { Style } from '../cli/terminal-format.js';
import { buttonsOn } from './console-buttons.js';

/** Names for user ids: Discord shows a mention `<@id>` as the person's name. */
export type PeopleNames = ReadonlyMap<string, string>;

/**
 * Discord Markdown as terminal text: bold kept as bold, links as "label <url>", user mentions as
 * "@name", escapes dropped.
 */
export function markdownToTerminal(
  markdown: string,
  style: Style,
  people: PeopleNames = new Map(),
): string {
  return markdown
    .replace(/\u200B/g, '')
    .replace(/<@!?(\d+)>/g, (_, id: string) => `@${people.get(id) ?? 'someone'}`)
    .replace(
      /\[((?:\\.|[^\]\\])*)\]\((\S+?)\)/g,
      (_, label: string, url: string) => `${label} <${url}>`,
    )
    .replace(/\*\*(.+?)\*\*/gs, (_, text: string) => style.bold(text))
    .replace(/(^|[\s(])\*(?!\s)(.+?)\*(?=$|[\s).,;:])/gm, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^> ?/gm, '│ ')
    .replace(/\\([\\*_~`|>#[\]()<@-])/g, '$1');
}

const indent = (text: string, by = '  ') =>
  text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');

function embedText(embed: APIEmbed, style: Style, people: PeopleNames): string {
  const md = (text: string) => markdownToTerminal(text, style, people);
  const lines: string[] = [];
  if (embed.author) lines.push(style.dim(md(embed.author.name)));
  if (embed.title)
    lines.push(style.bold(md(embed.title)) + (embed.url ? style.dim(` <${embed.url}>`) : ''));
  if (embed.description) lines.push('', md(embed.description));
  for (const field of embed.fields ?? []) {
    const name = md(field.name).trim();
    const value = md(field.value).trim();
    // Inline fields are the columns of a side-by-side row: one line per column under the row.
    if (field.inline && name && value) lines.push(indent(`${style.dim(`${name}:`)} ${value}`));
    else lines.push('', ...(name ? [style.bold(name)] : []), ...(value ? [indent(value)] : []));
  }
  if (embed.footer) lines.push('', style.dim(md(embed.footer.text)));
  return lines.join('\n');
}

/** The buttons that can be pressed, numbered as `/press` takes them. */
function buttonsText(components: readonly APIMessageTopLevelComponent[]): string[] {
  const buttons = buttonsOn(components);
  const [first] = buttons;
  if (!first) return [];
  // `/share` for "Share to channel": a button's first word, as `/press` accepts it.
  const short = first.name.split('-')[0] ?? first.name;
  return [
    `${buttons.map((b) => `[${b.number}: ${b.label}]`).join(' ')}  (press one: /press ${first.number} or /${short})`,
  ];
}

/** A message as a person in a terminal reads it: embeds as titled blocks, fields indented. */
export function renderTerminalPayload(
  payload: MessagePayload,
  style: Style,
  people: PeopleNames = new Map(),
): string {
  const blocks: string[] = [];
  if (isEphemeral(payload)) blocks.push(style.dim('(only you can see this reply)'));
  if (payload.content) blocks.push(markdownToTerminal(payload.content, style, people));
  for (const embed of payload.embeds ?? []) blocks.push(embedText(embed, style, people));
  blocks.push(...buttonsText(payload.components ?? []));
  return blocks.join('\n\n');
}

/** Any interaction response, readably: messages rendered, other types named. */
export function renderTerminalResponse(
  response: APIInteractionResponse,
  style: Style,
  people: PeopleNames = new Map(),
): string {
  switch (response.type) {
    case InteractionResponseType.Pong:
      return 'PONG';
    case InteractionResponseType.ChannelMessageWithSource:
      return renderTerminalPayload(response.data, style, people);
    case InteractionResponseType.UpdateMessage:
      return response.data
        ? renderTerminalPayload(response.data, style, people)
        : '(message updated)';
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return (response.data.choices ?? [])
        .map((c) => `  ${c.name}  ${style.dim(String(c.value))}`)
        .join('\n');
    default:
      return style.dim(`(response type ${response.type})`);
  }
}

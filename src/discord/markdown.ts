import { escapeMarkdown } from '../search/snippet.js';
import { truncateText } from './fit.js';

/**
 * Zero-width and direction-changing characters: invisible, they can hide or reorder what a
 * reader sees (or split "@everyone" so a filter misses it). User text never needs them.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
/** A UTF-16 half without its other half: JSON carries it, but it renders as a broken character. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text someone typed, on one line: invisible and control characters gone, spaces collapsed. */
export function cleanUserText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Text someone typed, made safe to show inside Markdown: it stays literal (no bold, spoilers,
 * masked links, headings or quotes), and mentions, channels, emoji and timestamps (`<@123>`,
 * `<t:0>`) show as typed. Messages go out with mentions disabled anyway; the zero-width space
 * after `@` also keeps "@everyone" from being highlighted as if it had pinged.
 */
export function escapeUserText(text: string, max: number): string {
  const escaped = escapeMarkdown(cleanUserText(text))
    .replace(/[[\]()<]/g, '\\$&')
    .replace(/@/g, '@\u200B');
  return truncateText(escaped, max);
}

/** Text someone typed, for places Discord shows as plain text (embed author names). */
export const plainUserText = (text: string, max: number): string =>
  truncateText(cleanUserText(text), max);

/** Knowledge-base text (titles, summaries, passages) shown as literal text inside Markdown. */
export const escapeText = (text: string): string => escapeMarkdown(text.replace(INVISIBLE, ''));

/** The longest link target worth showing: longer ones are shown as plain text. */
const LINK_URL_MAX = 512;

/**
 * A Markdown link `[label](url)`, or the label alone when the URL is not a plain web link.
 * Parentheses and spaces in the URL are percent-encoded so they cannot end the link early.
 */
export function markdownLink(label: string, url: string): string {
  const text = escapeText(label).replace(/[[\]]/g, '\\$&');
  const target = url
    .trim()
    .replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  if (!/^https?:\/\/[^/\s]+/i.test(target) || target.length > LINK_URL_MAX) return text;
  return `[${text}](${target})`;
}

/** Inline code for a command a reader can type, e.g. `/explain topic:x`. */
export const inlineCode = (text: string): string =>
  `\`${text.replace(/[`\n\r]/g, '').replace(INVISIBLE, '')}\``;

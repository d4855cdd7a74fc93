/** Marks every cut, so a reader knows something was left out. */
export const ELLIPSIS = '…';

// Made on first use: loading ICU's segmenter takes several milliseconds of every start, and a
// cut needs it only where a text has no space near the limit.
let graphemes: Intl.Segmenter | undefined;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The last grapheme boundary at or before `at`: never half an emoji or a letter without its accent. */
function graphemeBoundary(text: string, at: number): number {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const start = graphemes.segment(text).containing(at)?.index ?? at;
  if (start > 0 || at === 0) return start;
  // One grapheme longer than the room (e.g. a long run of combining marks): split it by code point.
  return isHighSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
}

/** Moves a cut that would land inside a Markdown link `[label](url)` to just before the link. */
function outsideLink(text: string, cut: number, room: number): number {
  for (const match of text.matchAll(/\[(?:\\.|[^\]\\\n])*\]\([^)\s]*\)/g)) {
    const start = match.index;
    if (start >= cut) break;
    if (cut < start + match[0].length) return start >= room * 0.3 ? start : cut;
  }
  return cut;
}

/** Where to cut so at most `room` characters stay: a paragraph or word boundary when one is near. */
function cutPoint(text: string, room: number): number {
  if (room <= 0) return 0;
  // The character at `room` is included: a space there makes `room` itself a word boundary.
  const window = text.slice(0, room + 1);
  const paragraph = window.lastIndexOf('\n\n');
  if (paragraph >= room * 0.7) return outsideLink(text, paragraph, room);
  let space = window.length - 1;
  while (space >= 0 && !/\s/.test(window[space] as string)) space--;
  if (space >= room * 0.5) return outsideLink(text, space, room);
  return outsideLink(text, graphemeBoundary(text, room), room);
}

/** Positions of `token` not escaped by a backslash. */
function unescapedIndexes(text: string, token: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(token, i)) {
      found.push(i);
      i += token.length - 1;
    }
  }
  return found;
}

/** Drops a bold or code marker whose partner was cut off, which Discord would show literally. */
function closeMarkers(text: string): string {
  let out = text;
  for (const token of ['**', '`']) {
    const found = unescapedIndexes(out, token);
    const last = found.at(-1);
    if (found.length % 2 === 1 && last !== undefined) {
      out = out.slice(0, last) + out.slice(last + token.length);
    }
  }
  return out;
}

/** The kept part of a cut text, without trailing separators or a backslash that escaped nothing. */
function tidy(kept: string): string {
  let out = closeMarkers(kept)
    .trimEnd()
    .replace(/[\s,;:–—-]+$/u, '');
  const slashes = /\\+$/.exec(out)?.[0].length ?? 0;
  if (slashes % 2 === 1) out = out.slice(0, -1);
  return out;
}

/**
 * Cuts `text` to at most `max` characters on a paragraph or word boundary and ends it with
 * `marker` (by default "…"; a longer note such as "… (continued: /sources)" says where to read on).
 * Text that fits comes back unchanged. Never splits an emoji, a Markdown link or an escape.
 */
export function truncateText(text: string, max: number, marker: string = ELLIPSIS): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  const mark = marker.length < max ? marker : ELLIPSIS;
  return tidy(text.slice(0, cutPoint(text, max - mark.length))) + mark;
}

/**
 * Splits an entry's Markdown body into blocks and passages. A passage is the unit the bot searches
 * and quotes: a paragraph, a block quote, a list or a table, under the most recent heading.
 */

export interface Citation {
  sourceId: string;
  pinpoint?: string;
  line: number;
}

/** A part of a passage that must carry its own citation: a list item or a table row. */
export interface CitedPart {
  line: number;
  markdown: string;
  citations: Citation[];
}

export type BlockType = 'paragraph' | 'quote' | 'list' | 'table';

export interface Block {
  type: BlockType;
  line: number;
  heading?: string;
  /** The block's Markdown with quote markers removed, citation markers kept. */
  markdown: string;
  citations: Citation[];
  /** For lists: the items; for tables: the body rows. Each must be cited. */
  parts: CitedPart[];
  /** For tables: the header cells and the body cells, markers kept. */
  table?: { header: string[]; rows: string[][] };
}

export interface ParsedBody {
  blocks: Block[];
  /** Markers whose id is not kebab-case, so cannot name a source. */
  malformedMarkers: { line: number; marker: string }[];
}

const markerPattern = /\[\^([^\]]*)\]/g;
const wellFormedMarker = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?::(.+))?$/;

/** Finds `[^source-id]` and `[^source-id:pinpoint]` markers in one line of Markdown. */
export function findCitations(
  markdown: string,
  line: number,
): { citations: Citation[]; malformed: string[] } {
  const citations: Citation[] = [];
  const malformed: string[] = [];
  for (const match of markdown.matchAll(markerPattern)) {
    const inner = (match[1] ?? '').trim();
    const parsed = wellFormedMarker.exec(inner);
    if (!parsed) {
      malformed.push(match[0]);
      continue;
    }
    const pinpoint = parsed[2]?.trim();
    citations.push({ sourceId: parsed[1] as string, ...(pinpoint ? { pinpoint } : {}), line });
  }
  return { citations, malformed };
}

interface RawLine {
  text: string;
  line: number;
}

function blockTypeOf(text: string): BlockType {
  if (text.startsWith('>')) return 'quote';
  if (text.startsWith('|')) return 'table';
  if (/^(?:[-*+]|\d+[.)])\s/.test(text)) return 'list';
  return 'paragraph';
}

function splitTableRow(text: string): string[] {
  const trimmed = text.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split('|').map((cell) => cell.trim());
}

const isTableDivider = (text: string) => /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/.test(text);

function buildBlock(type: BlockType, lines: RawLine[], heading: string | undefined): Block {
  const first = lines[0] as RawLine;
  let parts: RawLine[] = [];
  let table: Block['table'];
  let contentLines = lines;
  if (type === 'quote') {
    contentLines = lines.map((l) => ({ ...l, text: l.text.replace(/^>\s?/, '') }));
  } else if (type === 'list') {
    for (const l of lines) {
      const last = parts[parts.length - 1];
      if (blockTypeOf(l.text) === 'list' || !last) parts.push({ ...l });
      else last.text += ` ${l.text.trim()}`;
    }
  } else if (type === 'table') {
    const [headerLine, ...rest] = lines;
    const body = rest.filter((l) => !isTableDivider(l.text));
    parts = body;
    table = {
      header: splitTableRow(headerLine?.text ?? ''),
      rows: body.map((l) => splitTableRow(l.text)),
    };
  }
  const markdown = contentLines
    .map((l) => l.text)
    .join(type === 'paragraph' || type === 'quote' ? ' ' : '\n');
  const citations = contentLines.flatMap((l) => findCitations(l.text, l.line).citations);
  return {
    type,
    line: first.line,
    ...(heading ? { heading } : {}),
    markdown: markdown.trim(),
    citations,
    parts: parts.map((p) => ({
      line: p.line,
      markdown: p.text.trim(),
      citations: findCitations(p.text, p.line).citations,
    })),
    ...(table ? { table } : {}),
  };
}

/**
 * Parses a Markdown body. `firstLine` is the file line the body starts on, so that every block and
 * citation knows its line in the file.
 */
export function parseBody(body: string, firstLine = 1): ParsedBody {
  const blocks: Block[] = [];
  const malformedMarkers: ParsedBody['malformedMarkers'] = [];
  let heading: string | undefined;
  let pending: RawLine[] = [];

  const flush = () => {
    const first = pending[0];
    if (first) blocks.push(buildBlock(blockTypeOf(first.text), pending, heading));
    pending = [];
  };

  body.split(/\r?\n/).forEach((raw, i) => {
    const line = firstLine + i;
    const text = raw.trimEnd();
    for (const marker of findCitations(text, line).malformed)
      malformedMarkers.push({ line, marker });
    if (text.trim() === '') return flush();
    const headingMatch = /^#{1,6}\s+(.*)$/.exec(text);
    if (headingMatch) {
      flush();
      heading = (headingMatch[1] as string).trim();
      return;
    }
    // A quote or table ends where its kind of line ends, even without a blank line.
    const first = pending[0];
    if (first && blockTypeOf(first.text) !== 'paragraph' && blockTypeOf(first.text) !== 'list') {
      if (blockTypeOf(text) !== blockTypeOf(first.text)) flush();
    }
    pending.push({ text, line });
  });
  flush();
  return { blocks, malformedMarkers };
}

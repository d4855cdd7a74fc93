import type { Passage } from '../knowledge/knowledge.js';
import { markdownToText } from '../knowledge/markdown-text.js';
import { analyze as englishAnalyze } from './analyze.js';
import { rememberRecent } from './recent.js';

export const SNIPPET_CHARS = 320;
/** How much longer a snippet may grow to keep a lead-in ("only if:") with what it introduces. */
const LEAD_IN_ALLOWANCE = 1.6;

const markerPattern = /\s*\[\^([a-z0-9]+(?:-[a-z0-9]+)*)(?::[^\]]*)?\]/g;

/** Replaces each `[^source-id]` with `[n]`, n from the passage's own numbering. */
function numberMarkers(
  markdown: string,
  numberOf: (sourceId: string) => number | undefined,
): string {
  return markdown
    .replace(markerPattern, (_, id: string) => {
      const n = numberOf(id);
      return n === undefined ? '' : ` [${n}]`;
    })
    .replace(/\] \[(?=\d+\])/g, '][');
}

/** The passage as a reader sees it: plain words, numbered citations, a table as one line a row. */
export function displayText(
  passage: Passage,
  numberOf: (sourceId: string) => number | undefined,
): string {
  const plain = (markdown: string) =>
    markdownToText(numberMarkers(markdown, numberOf).replace(/\[(\d+)\]/g, '⟦$1⟧')).replace(
      /⟦(\d+)⟧/g,
      '[$1]',
    );
  if (passage.table) {
    const [, ...columns] = passage.table.header.map(plain);
    return passage.table.rows
      .map((row) => {
        const [label, ...cells] = row.map(plain);
        const described = cells.map((cell, i) => (columns[i] ? `${columns[i]}: ${cell}` : cell));
        return `${label ? `${label}: ` : ''}${described.join('; ')}`;
      })
      .join('\n');
  }
  return plain(passage.markdown);
}

/** Discord and the console read snippets as Markdown: characters from the source must stay literal. */
export const escapeMarkdown = (text: string) => text.replace(/([\\*_~`|>#])/g, '\\$1');

const CITATION_ONLY = /^(?:\[\d+\])+[\s.,;:]*$/;
/** Words that end in a full stop without ending a sentence: "U.S. Immigration", "v. Trump". */
const ABBREVIATIONS = new Set(
  'u.s. v. vs. no. nos. inc. gen. stat. sec. secs. art. e.g. i.e. al. mr. ms. mrs. dr. st. conn. mass. cal. pa. ill. or. cir. dist. ct. jan. feb. mar. apr. aug. sept. oct. nov. dec. u.s.c. c.f.r. pub. l. p. pp. fed. reg.'.split(
    ' ',
  ),
);

/** Whether a word closes its sentence ("hold them." does; "U.S." and "8 U.S.C." do not). */
function endsSentence(piece: string): boolean {
  if (/\n\s*$/.test(piece)) return true;
  const word = piece.trim();
  if (!/[.!?:]["')\]]*$/.test(word)) return false;
  const bare = word.replace(/["')\]]+$/, '').toLowerCase();
  return !ABBREVIATIONS.has(bare) && !/^(?:\p{L}\.)+$/u.test(bare);
}

interface Chunk {
  text: string;
  matched: boolean;
  /** The matched index terms in this chunk. */
  terms: string[];
  /** Matched only by modal or negation words. */
  weak: boolean;
  connector: boolean;
  sentenceStart: boolean;
}

type Analyze = (text: string) => string[];

/** Pieces of passages analyzed before, per analysis: every answer cuts snippets from the same text. */
const analyzedPieces = new WeakMap<Analyze, Analyze>();
/** Distinct pieces kept per analysis: the knowledge has fewer; questions never reach here. */
const PIECES_KEPT = 50_000;

function piecesAnalyzedBy(analyze: Analyze): Analyze {
  let remembered = analyzedPieces.get(analyze);
  if (!remembered) analyzedPieces.set(analyze, (remembered = rememberRecent(analyze, PIECES_KEPT)));
  return remembered;
}

function chunksOf(
  text: string,
  matchedTerms: ReadonlySet<string>,
  isWeak: (term: string) => boolean,
  analyze: Analyze,
): Chunk[] {
  const pieces = text.split(/(?<=\s)(?=\S)/);
  const analyzed = piecesAnalyzedBy(analyze);
  let afterEnd = true;
  const chunks = pieces.map((piece) => {
    const terms = analyzed(piece);
    const matched = terms.filter((t) => matchedTerms.has(t));
    const citation = CITATION_ONLY.test(piece);
    const chunk = {
      text: piece,
      matched: matched.some((t) => !isWeak(t)),
      weak: matched.length > 0 && matched.every(isWeak),
      terms: matched,
      // No searchable word left after stop words: "to", "or", "of the" join a bold phrase.
      connector: terms.length === 0,
      // "[1][2]" after a full stop belongs to the sentence before it.
      sentenceStart: afterEnd && !citation,
    };
    if (!citation) afterEnd = endsSentence(piece);
    return chunk;
  });
  // "can" or "only" alone is noise in bold, but inside a matched phrase ("drive only") it belongs.
  return chunks.map((chunk, i) => ({
    ...chunk,
    matched:
      chunk.matched ||
      (chunk.weak && (chunks[i - 1]?.matched === true || chunks[i + 1]?.matched === true)),
  }));
}

/**
 * The window of chunks of at most `maxChars` that best shows the match: each distinct matched term
 * counts by its weight, repeats a little, and a window that starts a sentence is preferred.
 */
function bestWindow(
  chunks: Chunk[],
  maxChars: number,
  weightOf: (term: string) => number,
): [number, number] {
  return bestSentences(chunks, maxChars, weightOf) ?? bestWords(chunks, maxChars, weightOf);
}

/** The run of whole sentences within `maxChars` that holds the most matched weight, if one fits. */
function bestSentences(
  chunks: Chunk[],
  maxChars: number,
  weightOf: (term: string) => number,
): [number, number] | undefined {
  const starts = chunks.flatMap((chunk, i) => (chunk.sentenceStart ? [i] : []));
  const ends = [...starts.slice(1), chunks.length];
  let best: [number, number] | undefined;
  let bestScore = -1;
  // A sentence that ends in a colon introduces what follows: it never ends a snippet alone.
  const leadsIn = (sentence: number) =>
    /:\s*$/.test((chunks[(ends[sentence] as number) - 1] as Chunk).text) &&
    sentence < starts.length - 1;
  for (let first = 0; first < starts.length; first++) {
    let length = 0;
    const distinct = new Set<string>();
    for (let last = first; last < starts.length; last++) {
      for (let i = starts[last] as number; i < (ends[last] as number); i++) {
        length += (chunks[i] as Chunk).text.length;
        for (const term of (chunks[i] as Chunk).terms) distinct.add(term);
      }
      if (length > maxChars * (last > first && leadsIn(last - 1) ? LEAD_IN_ALLOWANCE : 1)) break;
      if (leadsIn(last)) continue;
      const weight = [...distinct].reduce((sum, term) => sum + weightOf(term), 0);
      // More matched weight wins; then the earlier start (the passage's own lead), then more text.
      const score = weight * 10 - first * 0.01 + length / 1e6;
      if (score > bestScore) {
        bestScore = score;
        best = [starts[first] as number, ends[last] as number];
      }
    }
  }
  return best;
}

/** The window of words within `maxChars` that best shows the match, when no sentence fits. */
function bestWords(
  chunks: Chunk[],
  maxChars: number,
  weightOf: (term: string) => number,
): [number, number] {
  let best: [number, number] = [0, 0];
  let bestScore = -1;
  for (let start = 0; start < chunks.length; start++) {
    let length = 0;
    let repeats = 0;
    const distinct = new Set<string>();
    let end = start;
    while (end < chunks.length && length + (chunks[end] as Chunk).text.length <= maxChars) {
      const chunk = chunks[end] as Chunk;
      length += chunk.text.length;
      repeats += chunk.terms.length;
      for (const term of chunk.terms) distinct.add(term);
      end++;
    }
    const weight = [...distinct].reduce((sum, term) => sum + weightOf(term), 0);
    const score = weight + 0.1 * repeats + ((chunks[start] as Chunk).sentenceStart ? 0.3 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = [start, Math.max(end, start + 1)];
    }
  }
  return best;
}

/** Bolds runs of matched words, joining runs split only by small words, so phrases stay whole. */
function renderChunks(chunks: Chunk[]): string {
  let out = '';
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] as Chunk;
    if (!chunk.matched) {
      out += escapeMarkdown(chunk.text);
      continue;
    }
    let j = i;
    const extends_ = (k: number) => {
      let n = k + 1;
      while (
        n < chunks.length &&
        (chunks[n] as Chunk).connector &&
        !/[.;!?]\s*$/.test((chunks[n - 1] as Chunk).text)
      )
        n++;
      return n < chunks.length &&
        (chunks[n] as Chunk).matched &&
        !/[.;!?]\s*$/.test((chunks[n - 1] as Chunk).text)
        ? n
        : -1;
    };
    for (let next = extends_(j); next !== -1; next = extends_(j)) j = next;
    const run = chunks
      .slice(i, j + 1)
      .map((c) => c.text)
      .join('');
    const core = /^(\W*)(.*?)([^\p{L}\p{N}]*)$/su.exec(run) as RegExpExecArray;
    const [, lead = '', middle = '', trail = ''] = core;
    out += middle
      ? `${escapeMarkdown(lead)}**${escapeMarkdown(middle)}**${escapeMarkdown(trail)}`
      : escapeMarkdown(run);
    i = j;
  }
  return out;
}

/**
 * Cuts a passage around the words that matched, on word boundaries, with matched words in bold and
 * numbered citations kept. When the cut loses every citation, the numbers are added at the end, so
 * no snippet is ever shown without its sources.
 */
export function makeSnippet(
  passage: Passage,
  matchedTerms: ReadonlySet<string>,
  numberOf: (sourceId: string) => number | undefined,
  {
    maxChars = SNIPPET_CHARS,
    weightOf = () => 1,
    isWeak = () => false,
    analyze = englishAnalyze,
  }: {
    /** The analysis the passage was indexed with: matched terms are its terms. */
    analyze?: (text: string) => string[];
    maxChars?: number;
    weightOf?: (term: string) => number;
    /** Terms bolded only beside a stronger match. */
    isWeak?: (term: string) => boolean;
  } = {},
): string {
  const text = displayText(passage, numberOf);
  const chunks = chunksOf(text, matchedTerms, isWeak, analyze);
  const [start, end] = bestWindow(chunks, maxChars, weightOf);
  const shown = chunks.slice(start, end);
  let snippet = renderChunks(shown).trim();
  if (start > 0) snippet = `…${snippet}`;
  if (end < chunks.length) snippet = `${snippet.replace(/[\s,;:]+$/, '')}…`;
  if (!/\[\d+\]/.test(shown.map((c) => c.text).join(''))) {
    const numbers = [...new Set(passage.citations.map((c) => numberOf(c.sourceId)))].filter(
      (n) => n !== undefined,
    );
    snippet += ` ${numbers.map((n) => `[${n}]`).join('')}`;
  }
  return snippet;
}

/** A sentence's end in a snippet: a stop (or ? !) and any citations after it, then a space or the end. */
const SENTENCE_END = /[.!?]["')\]*]*(?:\s*\[\d+\])*(?=\s|$)/g;

/**
 * A snippet cut to `max` characters at its last whole sentence, so a reader never meets half a
 * sentence; when not even one sentence fits, on a word boundary with an ellipsis.
 */
export function cutAtSentence(
  snippet: string,
  max: number,
  cutWords: (text: string, max: number) => string,
): string {
  if (snippet.length <= max) return snippet;
  let end = 0;
  for (const match of snippet.matchAll(SENTENCE_END)) {
    const at = (match.index ?? 0) + match[0].length;
    if (at > max - 1) break;
    end = at;
  }
  return end > max / 3 ? `${snippet.slice(0, end)}…` : cutWords(snippet, max);
}

import type { Entry, Knowledge } from '../knowledge/knowledge.js';
import { displayText } from '../search/snippet.js';
import type { CitedSource, EntryRef } from './answer.js';
import { citedSources } from './citations.js';
import { relatedRefs } from './entry-refs.js';

export interface PassageView {
  id: string;
  heading?: string;
  /** Plain text with `[n]` citations numbered across the entry. */
  text: string;
  /** For a side-by-side table: header and rows, plain text with `[n]` citations. */
  table?: { header: string[]; rows: string[][] };
}

/** A whole entry, ready to show: the form `/explain`, `/define` and pinned explainers render. */
export interface EntryView {
  id: string;
  title: string;
  kind: Entry['kind'];
  jurisdiction: string;
  summary: string;
  asOf: string;
  reviewed: string;
  aliases: string[];
  passages: PassageView[];
  sources: CitedSource[];
  related: EntryRef[];
  knowledgeVersion: string;
}

export function entryView(entry: Entry, knowledge: Knowledge): EntryView {
  // One numbering for the whole entry, so [2] means the same source in every passage.
  const sources = citedSources(
    entry.passages.flatMap((p) => p.citations),
    knowledge.sources,
  );
  const numberOf = (id: string) => sources.find((s) => s.id === id)?.number;
  const passages = entry.passages.map((passage): PassageView => {
    const base = { id: passage.id, ...(passage.heading ? { heading: passage.heading } : {}) };
    if (!passage.table) return { ...base, text: displayText(passage, numberOf) };
    const cell = (markdown: string) =>
      displayText({ ...passage, table: undefined, markdown }, numberOf);
    return {
      ...base,
      text: displayText(passage, numberOf),
      table: {
        header: passage.table.header.map(cell),
        rows: passage.table.rows.map((row) => row.map(cell)),
      },
    };
  });
  return {
    id: entry.id,
    title: entry.title,
    kind: entry.kind,
    jurisdiction: entry.jurisdiction,
    summary: entry.summary,
    asOf: entry.as_of,
    reviewed: entry.reviewed,
    aliases: entry.aliases,
    passages,
    sources,
    related: relatedRefs(entry, knowledge),
    knowledgeVersion: knowledge.version,
  };
}

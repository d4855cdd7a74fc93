import type { Entry, Knowledge } from '../knowledge/knowledge.js';
import type { Language } from '../knowledge/languages.js';
import { displayText } from '../search/snippet.js';
import type { CitedSource, EntryRef } from './answer.js';
import { citedSources } from './citations.js';
import { relatedRefs } from './entry-refs.js';
import { translatedOn } from './translation-state.js';

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
  /** The language of the reader it is shown to: its fixed strings are in this language. */
  language: Language;
  /** The language its own text is in: English for an entry not yet translated. */
  contentLanguage: Language;
  /** For a translation whose original changed since: the date it was translated (reviewed). */
  translatedOn?: string;
}

/** An entry (as `entryIn` gives it for `language`) ready to show to a reader of `language`. */
export function entryView(
  entry: Entry,
  knowledge: Knowledge,
  language: Language = entry.language,
): EntryView {
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
    language,
    contentLanguage: entry.language,
    ...translatedOn(entry),
  };
}

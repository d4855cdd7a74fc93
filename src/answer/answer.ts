import type { EntryKind, EntryStatus, Source } from '../knowledge/schema.js';
import type { Language } from '../knowledge/languages.js';

/** A source as an answer shows it: numbered in the order its snippet cites it. */
export interface CitedSource {
  /** 1-based; the snippet shows it as `[n]`. */
  number: number;
  id: string;
  title: string;
  publisher: string;
  date: string;
  url: string;
  kind: Source['kind'];
  /** E.g. `(d)` or `p. 935`, when the passage names one. */
  pinpoint?: string;
  /** Set when the official text was not verified. */
  note?: string;
}

export interface EntryRef {
  id: string;
  title: string;
  kind: EntryKind;
}

/** One entry's best passage for a question. */
export interface AnswerResult {
  /** The entry id. */
  id: string;
  title: string;
  kind: EntryKind;
  jurisdiction: string;
  /** The entry's plain-language summary. */
  summary: string;
  /** The date the entry describes. */
  asOf: string;
  reviewed: string;
  passageId: string;
  heading?: string;
  /** Words around the match, cut on word boundaries; matched words in **bold**; `[n]` citations. */
  snippet: string;
  sources: CitedSource[];
  score: number;
  related: EntryRef[];
  /** Which period the entry describes; a superseded one is shown as the old rule. */
  status: EntryStatus;
  /** For a superseded entry: the entry in force now, and since when it has been (`in_force_from`). */
  supersededBy?: EntryRef & { asOf: string };
  /** The language the title, summary and snippet are in: English where not yet translated. */
  language: Language;
  /** For a translation whose original changed since: the date it was translated (reviewed). */
  translatedOn?: string;
}

/**
 * Something the reader should know about an answer as a whole: that the place asked about is one
 * the sources do not cover, or where to get legal help when someone is facing ICE now.
 */
export type AnswerNotice =
  { kind: 'place-not-covered'; places: string[] } | { kind: 'legal-help'; entry: EntryRef };

export type AnswerStatus = 'answered' | 'no-answer' | 'empty-question';

/** What the answer engine returns: plain data for the CLI, the console and the Discord renderer. */
export interface Answer {
  query: string;
  status: AnswerStatus;
  /** Best first; one per entry; at most five. */
  results: AnswerResult[];
  /** When there is no sourced answer: the closest explainers to read instead, if any is close. */
  suggestions: EntryRef[];
  knowledgeVersion: string;
  /** The language the reply is in: the index's that answered. */
  language: Language;
  notices: AnswerNotice[];
}

import type { Knowledge } from '../knowledge/knowledge.js';
import type { Analysis } from './analysis.js';
import type { PassageIndex } from './passage-index.js';

export interface EntryName {
  terms: readonly string[];
  /** The entry's number in `knowledge.entries`. */
  entry: number;
}

/** Entry names by their first analyzed word: a question looks up its own words, never every name. */
export type EntryNames = ReadonlyMap<string, readonly EntryName[]>;

function byFirstTerm(names: Iterable<EntryName>): EntryNames {
  const byFirst = new Map<string, EntryName[]>();
  for (const name of names) {
    const first = name.terms[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), name]);
  }
  return byFirst;
}

/**
 * The analyzed words of every entry name of two words or more ("probable cause", "trust act",
 * "ice hold") or with a number ("PA 13-155"): made with the index, and saved with it, since
 * analyzing every alias is most of a first question's work otherwise.
 */
export function entryNamesOf(knowledge: Knowledge, analysis: Analysis): EntryNames {
  return byFirstTerm(
    knowledge.entries.flatMap((entry, number) =>
      entry.aliases.flatMap((alias) => {
        const terms = analysis.analyze(alias);
        const first = terms[0];
        // One word names an entry only when it is a number of its own ("PA 13-155", "HB 6659").
        if (first === undefined || (terms.length < 2 && !/\d/.test(first))) return [];
        return [{ terms, entry: number }];
      }),
    ),
  );
}

/** Entry names as plain data for a snapshot, in the order `restoreEntryNames` reads them back. */
export const savedEntryNames = (names: EntryNames): EntryName[] => [...names.values()].flat();

export const restoreEntryNames = (saved: readonly EntryName[]): EntryNames => byFirstTerm(saved);

/**
 * A bare number ("1373", "287g", "section 1373") is how people say a subject; "EO 14159" or
 * "287.7" (of 8 CFR 287.7, whose other words are stop words) cites one rule.
 */
function isCitation(terms: readonly string[]): boolean {
  const words = terms.filter((term) => !SECTION.has(term));
  return words.length > 1 ? words.some((term) => /\d/.test(term)) : /\d[.-]\d/.test(words[0] ?? '');
}

const SECTION = new Set(['section', 'sec', 'seccion', 'sección']);

export interface NamesInQuestion {
  /** Question terms that together name something: "probable" and "cause" are everyday words. */
  terms: ReadonlySet<string>;
  /** The entries whose names the question holds whole ("the Trust Act"). */
  entries: ReadonlySet<number>;
  /** Of those, the ones named by a citation ("8 CFR 287.7", "EO 14159"). */
  cited: ReadonlySet<number>;
}

/** What the question names of what the knowledge names, in its own words. */
export function namesIn(
  index: PassageIndex,
  questionTerms: readonly { term: string }[],
): NamesInQuestion {
  const asked = new Set(questionTerms.map((t) => t.term));
  const { names } = index;
  const terms = new Set<string>();
  const entries = new Set<number>();
  const cited = new Set<number>();
  for (const first of asked) {
    for (const name of names.get(first) ?? []) {
      if (!name.terms.every((term) => asked.has(term))) continue;
      for (const term of name.terms) terms.add(term);
      entries.add(name.entry);
      if (isCitation(name.terms)) cited.add(name.entry);
    }
  }
  return { terms, entries, cited };
}

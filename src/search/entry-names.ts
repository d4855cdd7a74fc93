import type { PassageIndex } from './passage-index.js';

interface EntryName {
  terms: readonly string[];
  entry: number;
}

/**
 * The analyzed words of every entry name of two words or more ("probable cause", "trust act",
 * "ice hold") or with a number ("PA 13-155"), by their first word, per index: read from the knowledge the first time a question
 * needs them. A question looks up its own words, never every name.
 */
const namesOf = new WeakMap<PassageIndex, ReadonlyMap<string, readonly EntryName[]>>();

function entryNames(index: PassageIndex): ReadonlyMap<string, readonly EntryName[]> {
  let names = namesOf.get(index);
  if (!names) {
    const byFirst = new Map<string, EntryName[]>();
    index.knowledge.entries.forEach((entry, number) => {
      for (const alias of entry.aliases) {
        const terms = index.analysis.analyze(alias);
        const first = terms[0];
        // One word names an entry only when it is a number of its own ("PA 13-155", "HB 6659").
        if (first === undefined || (terms.length < 2 && !/\d/.test(first))) continue;
        byFirst.set(first, [...(byFirst.get(first) ?? []), { terms, entry: number }]);
      }
    });
    names = byFirst;
    namesOf.set(index, names);
  }
  return names;
}

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
  const names = entryNames(index);
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

import type { PassageIndex } from './passage-index.js';

/**
 * The analyzed words of every entry name of two words or more ("probable cause", "trust act",
 * "ice hold"), by their first word, per index: read from the knowledge the first time a question
 * needs them. A question looks up its own words, never every name.
 */
const namesOf = new WeakMap<PassageIndex, ReadonlyMap<string, readonly (readonly string[])[]>>();

function entryNames(index: PassageIndex): ReadonlyMap<string, readonly (readonly string[])[]> {
  let names = namesOf.get(index);
  if (!names) {
    const byFirst = new Map<string, string[][]>();
    const seen = new Set<string>();
    for (const alias of index.knowledge.entries.flatMap((entry) => entry.aliases)) {
      const terms = index.analysis.analyze(alias);
      const key = terms.join(' ');
      if (terms.length < 2 || seen.has(key)) continue;
      seen.add(key);
      byFirst.set(terms[0] as string, [...(byFirst.get(terms[0] as string) ?? []), terms]);
    }
    names = byFirst;
    namesOf.set(index, names);
  }
  return names;
}

/**
 * The question's terms that together name something the knowledge names: "probable" and "cause"
 * are everyday words, but "probable cause" is a topic of its own.
 */
export function namedTerms(index: PassageIndex, terms: readonly { term: string }[]): Set<string> {
  const asked = new Set(terms.map((t) => t.term));
  const names = entryNames(index);
  const named = new Set<string>();
  for (const first of asked) {
    for (const name of names.get(first) ?? []) {
      if (name.every((term) => asked.has(term))) for (const term of name) named.add(term);
    }
  }
  return named;
}

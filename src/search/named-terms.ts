import type { PassageIndex } from './passage-index.js';

/**
 * The analyzed words of every entry name of two words or more ("probable cause", "trust act",
 * "ice hold"), per index: read from the knowledge the first time a question needs them.
 */
const namesOf = new WeakMap<PassageIndex, readonly (readonly string[])[]>();

function entryNames(index: PassageIndex): readonly (readonly string[])[] {
  let names = namesOf.get(index);
  if (!names) {
    const seen = new Set<string>();
    names = index.knowledge.entries
      .flatMap((entry) => entry.aliases)
      .map((alias) => index.analysis.analyze(alias))
      .filter((terms) => terms.length >= 2)
      .filter((terms) => !seen.has(terms.join(' ')) && Boolean(seen.add(terms.join(' '))));
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
  const named = new Set<string>();
  for (const name of entryNames(index)) {
    if (name.every((term) => asked.has(term))) for (const term of name) named.add(term);
  }
  return named;
}

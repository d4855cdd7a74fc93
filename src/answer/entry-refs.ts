import type { Entry, Knowledge } from '../knowledge/knowledge.js';
import type { EntryRef } from './answer.js';

export const FLAGSHIP_EXPLAINER = 'detainers-vs-information-sharing';

export const toEntryRef = (entry: Entry): EntryRef => ({
  id: entry.id,
  title: entry.title,
  kind: entry.kind,
});

export function relatedRefs(entry: Entry, knowledge: Knowledge): EntryRef[] {
  return entry.related
    .map((id) => knowledge.entriesById.get(id))
    .filter((e): e is Entry => e !== undefined)
    .map(toEntryRef);
}

/** Explainers, the flagship first: the default reading list. */
export function explainers(knowledge: Knowledge): Entry[] {
  return knowledge.entries
    .filter((e) => e.kind === 'explainer')
    .sort((a, b) => Number(b.id === FLAGSHIP_EXPLAINER) - Number(a.id === FLAGSHIP_EXPLAINER));
}

/**
 * Finds an entry by what a person typed for it: its id, an alias or its title, in any case.
 * Returns undefined for anything else; callers then search.
 */
export function findEntry(knowledge: Knowledge, typed: string): Entry | undefined {
  const key = typed.trim().toLowerCase();
  if (!key) return undefined;
  return (
    knowledge.entriesById.get(key) ??
    knowledge.entries.find((e) => e.aliases.some((a) => a.toLowerCase() === key)) ??
    knowledge.entries.find((e) => e.title.toLowerCase() === key)
  );
}

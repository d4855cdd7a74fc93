import type { Citation } from '../knowledge/parse-body.js';
import type { Source } from '../knowledge/schema.js';
import type { CitedSource } from './answer.js';

/**
 * Numbers the sources of some citations in the order they are first cited: the `[n]` a reader sees in the
 * snippet is the n-th source listed under it.
 */
export function citedSources(
  citations: readonly Citation[],
  sources: ReadonlyMap<string, Source>,
): CitedSource[] {
  const numbered: CitedSource[] = [];
  for (const citation of citations) {
    if (numbered.some((s) => s.id === citation.sourceId)) continue;
    const source = sources.get(citation.sourceId);
    if (!source) continue;
    numbered.push({
      number: numbered.length + 1,
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      date: source.date,
      url: source.url,
      kind: source.kind,
      ...(citation.pinpoint ? { pinpoint: citation.pinpoint } : {}),
      ...(source.note ? { note: source.note } : {}),
    });
  }
  return numbered;
}

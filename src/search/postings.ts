import type lunr from 'lunr';

/**
 * Lunr's index as flat typed arrays: for each term and field, the passages that hold it and Lunr's
 * own BM25 weight there. Lunr's query executor scores through string-keyed objects per match; over
 * 10,000 passages that took hundreds of milliseconds, where these arrays take a few.
 */
export interface Postings {
  fieldCount: number;
  /** Term -> its slot; a slot's postings for field f run from `starts[slot * fieldCount + f]`. */
  slotOf: ReadonlyMap<string, number>;
  starts: Int32Array;
  /** Passage numbers, ascending within each term and field. */
  passages: Int32Array;
  weights: Float64Array;
}

interface LunrInternals {
  invertedIndex: Record<string, { _index: number }>;
  fieldVectors: Record<string, { elements: number[] }>;
}

/** Reads the postings out of a built Lunr index; `refs` are the passage ids in passage order. */
export function buildPostings(
  index: lunr.Index,
  fields: readonly string[],
  refs: readonly string[],
): Postings {
  const { invertedIndex, fieldVectors } = index as unknown as LunrInternals;
  const slotOf = new Map<string, number>();
  const slotOfLunrIndex: number[] = [];
  for (const [term, posting] of Object.entries(invertedIndex)) {
    slotOfLunrIndex[posting._index] = slotOf.size;
    slotOf.set(term, slotOf.size);
  }
  const fieldCount = fields.length;
  const vectors = refs.map((ref) =>
    fields.map((field) => fieldVectors[`${field}/${ref}`]?.elements ?? []),
  );

  const counts = new Int32Array(slotOf.size * fieldCount + 1);
  for (const perField of vectors) {
    perField.forEach((elements, field) => {
      for (let i = 0; i < elements.length; i += 2) {
        counts[(slotOfLunrIndex[elements[i] as number] as number) * fieldCount + field]! += 1;
      }
    });
  }
  const starts = new Int32Array(counts.length);
  for (let i = 1; i < counts.length; i++) starts[i] = starts[i - 1]! + counts[i - 1]!;

  const fill = starts.slice();
  const passages = new Int32Array(starts[starts.length - 1]!);
  const weights = new Float64Array(passages.length);
  // Passages in order, so each list comes out sorted.
  vectors.forEach((perField, passage) => {
    perField.forEach((elements, field) => {
      for (let i = 0; i < elements.length; i += 2) {
        const at = fill[(slotOfLunrIndex[elements[i] as number] as number) * fieldCount + field]!++;
        passages[at] = passage;
        weights[at] = elements[i + 1] as number;
      }
    });
  });
  return { fieldCount, slotOf, starts, passages, weights };
}

/** Whether a passage holds a term in any field. */
export function holds(postings: Postings, term: string, passage: number): boolean {
  const slot = postings.slotOf.get(term);
  if (slot === undefined) return false;
  for (let field = 0; field < postings.fieldCount; field++) {
    let low = postings.starts[slot * postings.fieldCount + field]!;
    let high = postings.starts[slot * postings.fieldCount + field + 1]!;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (postings.passages[mid]! < passage) low = mid + 1;
      else high = mid;
    }
    if (
      postings.passages[low] === passage &&
      low < postings.starts[slot * postings.fieldCount + field + 1]!
    ) {
      return true;
    }
  }
  return false;
}

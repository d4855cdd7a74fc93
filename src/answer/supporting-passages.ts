import type { Answer, AnswerResult, CitedSource } from './answer.js';

/** An answer shows the passages of its best few entries as its evidence, no more. */
export const SUPPORTING_PASSAGES = 3;

export interface SupportingPassage {
  result: AnswerResult;
  /** The result's snippet with its `[n]` renumbered into the answer's one list of sources. */
  snippet: string;
}

export interface AnswerEvidence {
  passages: SupportingPassage[];
  /** Every source the passages cite, numbered once for the whole answer, in order of citation. */
  sources: CitedSource[];
}

/**
 * The answer's evidence in reading order: the best entry's passage, then the next entries'.
 * Each result numbers its own sources from 1; shown together, one source keeps one number.
 */
export function supportingPassages(
  answer: Pick<Answer, 'results'>,
  max = SUPPORTING_PASSAGES,
): AnswerEvidence {
  const sources: CitedSource[] = [];
  const numberOf = (source: CitedSource): number => {
    const known = sources.find((s) => s.id === source.id && s.pinpoint === source.pinpoint);
    if (known) return known.number;
    sources.push({ ...source, number: sources.length + 1 });
    return sources.length;
  };
  const passages = answer.results.slice(0, max).map((result) => {
    const renumber = new Map(result.sources.map((s) => [s.number, numberOf(s)]));
    const snippet = result.snippet.replace(/\[(\d+)\]/g, (whole, n: string) => {
      const global = renumber.get(Number(n));
      return global === undefined ? whole : `[${global}]`;
    });
    return { result, snippet };
  });
  return { passages, sources };
}

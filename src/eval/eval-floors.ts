/**
 * What `npm run eval` and `npm test` hold the search to. The public questions are phrase-judged
 * (hit@3); the project's own sets, written as people ask, are judged by the entry that comes first.
 * The floors sit just under what the search reaches today, so a change that makes answers worse
 * fails; the goal is higher (90% first, every out-of-scope question declined).
 */
export const PUBLIC_HIT_AT_3 = 0.95;

export interface EntryFloors {
  first: number;
  hitAt3: number;
  /** The share of out-of-scope questions that may be answered anyway. */
  padded: number;
}

export const ENTRY_FLOORS: EntryFloors = { first: 0.86, hitAt3: 0.95, padded: 0.1 };

/** Spanish questions mix in English and slang from many countries: hit@3 sits lower for now. */
const SET_FLOORS: Record<string, EntryFloors> = {
  spanish: { first: 0.85, hitAt3: 0.93, padded: 0.1 },
  'people-es': { first: 0.85, hitAt3: 0.92, padded: 0.1 },
};

/** The floors of the set in `eval/<name>.jsonl`. */
export const floorsFor = (name: string): EntryFloors => SET_FLOORS[name] ?? ENTRY_FLOORS;

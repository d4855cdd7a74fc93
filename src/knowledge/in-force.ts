import type { Entry } from './knowledge.js';

/** The date the rule an entry states came into force: `in_force_from`, else its `as_of`. */
export const inForceSince = (entry: Pick<Entry, 'as_of' | 'in_force_from'>): string =>
  entry.in_force_from ?? entry.as_of;

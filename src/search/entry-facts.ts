import type { Entry, Knowledge } from '../knowledge/knowledge.js';
import { findPlaces } from './place-mentions.js';
import { inForceSince } from '../knowledge/in-force.js';
import { AT_THE_DOOR_ENTRY, LEGAL_HELP_ENTRY } from '../knowledge/situation-entries.js';

/** Where an entry's content applies: federal law, Connecticut, or another place with an entry. */
export type EntryRegion = 'us' | 'connecticut' | 'covered';

/** What ranking needs to know of an entry besides its words, computed once per knowledge version. */
export interface EntryFacts {
  region: EntryRegion;
  /** The place an entry is about (its place key, `@hartford`), when it is about a town or city. */
  place?: string;
  status: Entry['status'];
  isNews: boolean;
  /** A place's own policy entry (kind `jurisdiction`): it answers for that place only. */
  isPlaceEntry: boolean;
  kind: Entry['kind'];
  /** When the rule it states came into force (`inForceSince`), as a year with a fraction. */
  from: number;
  /** For a superseded entry: when the rule that replaced it came into force. */
  until?: number;
  /** It replaced an older entry's rule, so it did not yet apply before `from`. */
  supersedes: boolean;
  /** Years in its title, aliases or tags: the year in a law's name ("the 2013 Trust Act"). */
  namedYears: ReadonlySet<number>;
  /** The situation it is for, where it is one (see situation-entries). */
  situation?: Situation;
}

/** Where people facing ICE find a lawyer ("what do we do now?"); agents at the door. */
export type Situation = 'legal-help' | 'at-the-door';

const SITUATIONS: ReadonlyMap<string, Situation> = new Map([
  [LEGAL_HELP_ENTRY, 'legal-help'],
  [AT_THE_DOOR_ENTRY, 'at-the-door'],
]);

/** 2019-10-01 -> 2019.75: years compare as numbers. */
export function yearOf(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return year + (month - 1) / 12 + (day - 1) / 365;
}

function regionOf(entry: Entry, knowledge: Knowledge): Pick<EntryFacts, 'region' | 'place'> {
  const { jurisdiction } = entry;
  if (/^(?:US|United States|federal)$/i.test(jurisdiction)) return { region: 'us' };
  const [mention] = findPlaces(jurisdiction, knowledge.places);
  if (!mention || mention.place.scope === 'connecticut') {
    // An entry about a Connecticut town is Connecticut's; a jurisdiction no place names is federal.
    return mention && mention.place.kind !== 'state'
      ? { region: 'connecticut', place: mention.place.keys[0] as string }
      : { region: mention ? 'connecticut' : 'us' };
  }
  return { region: 'covered', place: mention.place.keys[0] as string };
}

export function entryFacts(knowledge: Knowledge): EntryFacts[] {
  const successors = new Set(knowledge.entries.map((e) => e.superseded_by));
  return knowledge.entries.map((entry) => {
    const next = entry.superseded_by ? knowledge.entriesById.get(entry.superseded_by) : undefined;
    const situation = SITUATIONS.get(entry.id);
    return {
      ...regionOf(entry, knowledge),
      status: entry.status,
      isNews: entry.kind === 'news',
      isPlaceEntry: entry.kind === 'jurisdiction',
      kind: entry.kind,
      from: yearOf(inForceSince(entry)),
      supersedes: successors.has(entry.id),
      namedYears: new Set(
        [entry.title, ...entry.aliases, ...entry.tags]
          .flatMap((text) => text.match(/\b(?:19|20)\d\d\b/g) ?? [])
          .map(Number),
      ),
      ...(situation ? { situation } : {}),
      ...(next ? { until: yearOf(inForceSince(next)) } : {}),
    };
  });
}

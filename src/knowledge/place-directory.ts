import type { PlacesFile } from './schema.js';

/** Where a place is, as far as the sources go: Connecticut, another place with an entry, or neither. */
export type PlaceScope = 'connecticut' | 'covered' | 'elsewhere';

export interface Place {
  /** The place's own name: "Waterbury", "Fairfield County", "Texas". */
  name: string;
  scope: PlaceScope;
  kind: 'state' | 'county' | 'town' | 'village' | 'city';
  /** The entry about this place itself, where there is one. */
  entryId?: string;
  /**
   * The places it names, smallest first, as search terms: Storrs is `@mansfield` and
   * `@connecticut`; a county is itself and the state. Phrasings and questions compare these.
   */
  keys: readonly string[];
  /**
   * Keys of the places with entries that lie within it (Oregon: Clackamas County): a court case
   * asked about there ("that Oregon case") may be theirs.
   */
  contains?: readonly string[];
}

/** One way of writing a place, as the words a question must contain in a row. */
export interface PlaceName {
  /** Lower-case words, accents removed; case-sensitive names keep their case. */
  words: readonly string[];
  place: Place;
  /** Abbreviations such as "CT" or "TX" count only in capitals. */
  caseSensitive: boolean;
  /** Everyday words ("Union", "Orange"): count only capitalized mid-sentence or next to "CT". */
  needsContext: boolean;
  /**
   * Better known as other places ("Washington", "Portland"): count only next to "Connecticut"
   * or "CT", since "what is Washington doing" asks about the federal government.
   */
  needsState: boolean;
}

export interface PlaceDirectory {
  /** Longest first, so "West Hartford" is found before "Hartford". */
  names: readonly PlaceName[];
  /** The Connecticut state entry: the state's rule leads a question about any of its towns. */
  connecticutEntry?: string;
}

export const EMPTY_PLACES: PlaceDirectory = { names: [] };

/** Words of a name or question for matching: accents off, case kept (abbreviations need it). */
export const placeWords = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const placeKey = (name: string) => `@${placeWords(name).join(' ').toLowerCase()}`;
const CONNECTICUT_KEY = placeKey('Connecticut');

/** Every name in `places.yaml`, compiled for matching against questions. */
export function buildPlaceDirectory(file: PlacesFile | undefined): PlaceDirectory {
  if (!file) return EMPTY_PLACES;
  const names: PlaceName[] = [];
  const add = (written: string, place: Place, options: Partial<PlaceName> = {}) => {
    const caseSensitive = options.caseSensitive ?? false;
    const words = placeWords(written).map((w) => (caseSensitive ? w : w.toLowerCase()));
    if (words.length > 0)
      names.push({
        words,
        place,
        caseSensitive,
        needsContext: (options.needsContext ?? false) || (options.needsState ?? false),
        needsState: options.needsState ?? false,
      });
  };
  const ct = file.connecticut;
  const state: Place = {
    name: 'Connecticut',
    scope: 'connecticut',
    kind: 'state',
    entryId: ct.entry,
    keys: [CONNECTICUT_KEY],
  };
  add('Connecticut', state);
  for (const name of ct.names) add(name, state);
  for (const code of ct.abbreviations) add(code, state, { caseSensitive: true });
  const ambiguous = new Set(ct.ambiguous);
  const knownElsewhere = new Set(ct.known_elsewhere);
  const context = (name: string) => ({
    needsContext: ambiguous.has(name),
    needsState: knownElsewhere.has(name),
  });
  const townEntry = new Map(Object.entries(ct.entries));
  const townPlaces = new Map<string, Place>();
  for (const [county, towns] of Object.entries(ct.counties)) {
    const countyName = `${county} County`;
    add(countyName, {
      name: countyName,
      scope: 'connecticut',
      kind: 'county',
      keys: [placeKey(countyName), CONNECTICUT_KEY],
    });
    for (const town of towns) {
      const entryId = townEntry.get(town);
      const place: Place = {
        name: town,
        scope: 'connecticut',
        kind: 'town',
        ...(entryId ? { entryId } : {}),
        keys: [placeKey(town), CONNECTICUT_KEY],
      };
      townPlaces.set(town, place);
      add(town, place, context(town));
    }
  }
  // "BPT", "the Brass City": the town itself, by the name its people use.
  for (const [nickname, town] of Object.entries(ct.nicknames)) {
    const place = townPlaces.get(town);
    if (place) add(nickname, place);
  }
  for (const [village, town] of Object.entries(ct.villages)) {
    const entryId = townEntry.get(town);
    add(
      village,
      {
        name: `${village} (${town})`,
        scope: 'connecticut',
        kind: 'village',
        ...(entryId ? { entryId } : {}),
        keys: [placeKey(town), CONNECTICUT_KEY],
      },
      context(village),
    );
  }
  for (const covered of file.covered) {
    const place: Place = {
      name: covered.name,
      scope: 'covered',
      kind: covered.kind,
      entryId: covered.entry,
      keys: [placeKey(covered.name)],
    };
    add(covered.name, place);
    for (const name of covered.names) add(name, place);
    for (const code of covered.abbreviations) add(code, place, { caseSensitive: true });
  }
  const within = new Map<string, string[]>();
  for (const covered of file.covered)
    for (const state of covered.within)
      within.set(state, [...(within.get(state) ?? []), placeKey(covered.name)]);
  const elsewhere = (name: string, kind: Place['kind']): Place => {
    const contains = within.get(name);
    return {
      name,
      scope: 'elsewhere',
      kind,
      keys: [placeKey(name)],
      ...(contains ? { contains } : {}),
    };
  };
  for (const name of file.elsewhere.states) add(name, elsewhere(name, 'state'));
  for (const code of file.elsewhere.abbreviations)
    add(code, elsewhere(code, 'state'), { caseSensitive: true });
  for (const name of file.elsewhere.cities) add(name, elsewhere(name, 'city'));
  names.sort((a, b) => b.words.length - a.words.length);
  return { names, connecticutEntry: ct.entry };
}

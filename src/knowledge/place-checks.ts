import type { Check } from './checks.js';
import type { ParsedKnowledge, ParsedPlaces } from './parse-knowledge.js';
import type { Problem } from './problem.js';

type Found = Omit<Problem, 'rule' | 'severity'>;

/** Connecticut is divided into 169 towns (cities and boroughs lie within them). */
export const CONNECTICUT_TOWNS = 169;

function* placeProblems(places: ParsedPlaces, knowledge: ParsedKnowledge): Generator<Found> {
  const { connecticut: ct, covered } = places.places;
  const at = (name: string, message: string): Found => ({
    file: places.file,
    line: places.lineOf(name),
    message,
  });
  const entryIds = new Set(knowledge.entries.map((e) => e.id));
  const towns = new Map<string, string>();
  for (const [county, list] of Object.entries(ct.counties)) {
    for (const town of list) {
      const first = towns.get(town);
      if (first) yield at(town, `town "${town}" is listed in both ${first} and ${county} County`);
      else towns.set(town, `${county} County`);
    }
  }
  if (towns.size !== CONNECTICUT_TOWNS)
    yield at(
      'counties',
      `Connecticut has ${CONNECTICUT_TOWNS} towns; the counties list ${towns.size}`,
    );
  for (const [village, town] of Object.entries(ct.villages)) {
    if (!towns.has(town))
      yield at(village, `village "${village}" lies in "${town}", which is no listed town`);
  }
  for (const [nickname, town] of Object.entries(ct.nicknames)) {
    if (!towns.has(town))
      yield at(nickname, `nickname "${nickname}" names "${town}", which is no listed town`);
  }
  const marked = { ambiguous: ct.ambiguous, known_elsewhere: ct.known_elsewhere };
  for (const [list, names] of Object.entries(marked)) {
    for (const name of names) {
      if (!towns.has(name) && !(name in ct.villages))
        yield at(name, `${list} "${name}" is no listed town or village`);
    }
  }
  const named = [ct.entry, ...Object.values(ct.entries), ...covered.map((c) => c.entry)];
  for (const [town, id] of Object.entries(ct.entries)) {
    if (!towns.has(town)) yield at(town, `"${town}" has an entry but is no listed town`);
    if (!entryIds.has(id)) yield at(id, `entry "${id}" for ${town} does not exist`);
  }
  for (const id of [ct.entry, ...covered.map((c) => c.entry)]) {
    if (!entryIds.has(id)) yield at(id, `entry "${id}" does not exist`);
  }
  const elsewhereStates = new Set(places.places.elsewhere.states);
  for (const place of covered) {
    for (const state of place.within) {
      if (!elsewhereStates.has(state))
        yield at(
          state,
          `${place.name} lies within "${state}", which is no state listed under elsewhere`,
        );
    }
  }
  const placed = new Set(named);
  for (const entry of knowledge.entries) {
    if (entry.frontMatter.kind === 'jurisdiction' && !placed.has(entry.id))
      yield {
        file: entry.file,
        line: entry.fieldLines.kind ?? 1,
        message: `jurisdiction entry "${entry.id}" is named by no place in places.yaml, so questions about it are not recognised`,
      };
  }
}

export const placeChecks: readonly Check[] = [
  {
    name: 'places',
    severity: 'error',
    description: `places.yaml lists Connecticut's ${CONNECTICUT_TOWNS} towns once each, and every place with an entry names an existing entry; every jurisdiction entry is named by a place.`,
    run: ({ knowledge }) =>
      knowledge.places ? [...placeProblems(knowledge.places, knowledge)] : [],
  },
];

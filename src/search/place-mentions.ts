import { withinOneEdit } from './edit-distance.js';
import {
  placeWords,
  type Place,
  type PlaceDirectory,
  type PlaceName,
} from '../knowledge/place-directory.js';

/** Only the start of a long question is read for places, as for search terms. */
const MAX_WORDS = 120;
/** How near "CT" must be for an everyday-word town ("Orange", "Union") to count as the town. */
const CONTEXT_DISTANCE = 3;

export interface PlaceMention {
  place: Place;
  /** The question's words (lower case) that named it: they say where, not what is asked. */
  words: string[];
  /**
   * Named only as where the asker lives or works ("I live in Hartford", "vivo en Danbury"): it
   * says whose rules apply, not that the town itself is asked about.
   */
  home: boolean;
  /** Named as where someone is not ("not in CT, I'm in Houston", "no estoy en CT"). */
  negated?: true;
}

/** "live in", "trabajo en", "here in": the place after them is where someone is, not a topic. */
const BEING_IN = new Set(
  'live lives living lived work works working worked stay staying here vivo vive viven vivimos vivia vivía trabajo trabaja trabajan trabajamos aqui aquí aca acá'.split(
    ' ',
  ),
);
const FROM = new Set(['from', 'de']);
/** "I'm from Hartford", "moving from Hartford to San Diego", "nos mudamos de Danbury". */
const BEING = new Set(
  "im i'm am are were soy somos es son moving moved move relocating mudamos mudando mudo mude mudé".split(
    ' ',
  ),
);

function namedAsHome(lower: readonly string[], at: number): boolean {
  const [before, next] = [lower[at - 2] ?? '', lower[at - 1] ?? ''];
  return (
    ((next === 'in' || next === 'en') && BEING_IN.has(before)) ||
    (FROM.has(next) && BEING.has(before))
  );
}

const NOT = new Set(['not', 'no', 'nunca', 'never']);
/** "I'm not living in", "no estoy en", "no vivo en": where someone is not. */
const NOT_BEING = new Set(['estoy', 'vivo', 'live']);
/** "Not in CT", "not from Connecticut", "outside CT", "no estoy en CT", "fuera de Connecticut". */
function namedAsNot(lower: readonly string[], at: number): boolean {
  const [third, before, next] = [lower[at - 3] ?? '', lower[at - 2] ?? '', lower[at - 1] ?? ''];
  if (next === 'outside' || (next === 'de' && before === 'fuera')) return true;
  if (!['in', 'from', 'en', 'de'].includes(next)) return false;
  return NOT.has(before) || (NOT.has(third) && (BEING.has(before) || NOT_BEING.has(before)));
}

const firstWords = new WeakMap<PlaceDirectory, Map<string, PlaceName[]>>();

/** Names grouped by their first word, longest first within each group. */
function byFirstWord(directory: PlaceDirectory): Map<string, PlaceName[]> {
  let grouped = firstWords.get(directory);
  if (!grouped) {
    grouped = new Map();
    for (const name of directory.names) {
      const key = (name.words[0] as string).toLowerCase();
      grouped.set(key, [...(grouped.get(key) ?? []), name]);
    }
    firstWords.set(directory, grouped);
  }
  return grouped;
}

const isCapitalized = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);

/** A misspelt place ("Bridgport", "New Britian") is one edit from its name in its last word. */
const MIN_TYPO_LENGTH = 5;

const typoCandidates = new WeakMap<PlaceDirectory, Map<string, PlaceName[]>>();

/** A name's key for typos: its word count, and its last word's first letter and length. */
const typoKey = (words: number, last: string, length = last.length) =>
  `${words}|${last[0]}|${length}`;

/**
 * Names a misspelling may stand for (not abbreviations, not everyday words, not short), by
 * `typoKey`: a typo keeps the first letter and changes the length by one at most. Only places
 * the knowledge covers: a word one letter from a place it does not ("trampa", Tampa) would turn
 * a question away from Connecticut's answer, and a misspelt town of its own brings that answer.
 */
function misspellable(directory: PlaceDirectory): Map<string, PlaceName[]> {
  let byKey = typoCandidates.get(directory);
  if (!byKey) {
    byKey = new Map();
    for (const name of directory.names) {
      const last = name.words[name.words.length - 1] as string;
      const away = name.place.scope === 'elsewhere';
      if (away || name.caseSensitive || name.needsContext || last.length < MIN_TYPO_LENGTH)
        continue;
      const key = typoKey(name.words.length, last);
      byKey.set(key, [...(byKey.get(key) ?? []), name]);
    }
    typoCandidates.set(directory, byKey);
  }
  return byKey;
}

/** Names of more words than this are not looked for misspelt. */
const MAX_NAME_WORDS = 3;

function misspelledAt(
  directory: PlaceDirectory,
  lower: readonly string[],
  at: number,
): PlaceName | undefined {
  const byKey = misspellable(directory);
  for (let n = 1; n <= MAX_NAME_WORDS; n++) {
    const typed = lower[at + n - 1];
    if (typed === undefined || typed.length < MIN_TYPO_LENGTH) continue;
    for (const length of [typed.length, typed.length - 1, typed.length + 1]) {
      const found = (byKey.get(typoKey(n, typed, length)) ?? []).find((name) => {
        const last = name.words[n - 1] as string;
        return (
          typed !== last &&
          name.words.slice(0, -1).every((word, j) => lower[at + j] === word) &&
          withinOneEdit(typed, last)
        );
      });
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The places a question names, in order, each once: "my cousin in Waterbury" names Waterbury,
 * Connecticut; "is Texas a sanctuary state" names Texas. Everyday words that are also towns
 * ("union", "orange") count only when written as a name or next to "CT".
 */
export function findPlaces(question: string, directory: PlaceDirectory): PlaceMention[] {
  if (directory.names.length === 0) return [];
  const raw = placeWords(question).slice(0, MAX_WORDS);
  const lower = raw.map((word) => word.toLowerCase());
  const grouped = byFirstWord(directory);
  const nearConnecticut = (at: number, length: number) =>
    lower
      .slice(Math.max(0, at - CONTEXT_DISTANCE), at + length + CONTEXT_DISTANCE)
      .some((word) => word === 'ct' || word === 'conn' || word === 'connecticut');
  const found = new Map<string, PlaceMention>();
  for (let at = 0; at < raw.length;) {
    const match =
      (grouped.get(lower[at] as string) ?? []).find(
        (name) =>
          name.words.every(
            (word, j) => (name.caseSensitive ? raw[at + j] : lower[at + j]) === word,
          ) &&
          (!name.needsContext ||
            (!name.needsState && at > 0 && isCapitalized(raw[at] as string)) ||
            nearConnecticut(at, name.words.length)),
      ) ?? misspelledAt(directory, lower, at);
    if (!match) {
      at++;
      continue;
    }
    const key = `${match.place.scope}:${match.place.name}`;
    const words = lower.slice(at, at + match.words.length);
    const home = namedAsHome(lower, at);
    // "Vivo en", "I live in" say where too: searched, they would find the towns' own questions.
    if (home) words.unshift(lower[at - 2] as string);
    const negated = namedAsNot(lower, at);
    const known = found.get(key);
    if (known) {
      known.words.push(...words);
      known.home &&= home;
      if (!negated) delete known.negated;
    } else found.set(key, { place: match.place, words, home, ...(negated ? { negated } : {}) });
    at += match.words.length;
  }
  return [...found.values()];
}

import { stem, words } from './analyze.js';

/**
 * Phrases that share a word with this topic but mean something else: "ice" in "ice rink" is not
 * ICE, a "living trust" is not the Trust Act, an "unlawful detainer" is an eviction. Their words
 * are not searched, so such a question finds nothing and is declined instead of padded.
 */
const otherMeanings: readonly string[] = [
  'ice rink',
  'ice skating',
  'ice skate',
  'ice hockey',
  'ice cream',
  'ice cube',
  'ice cubes',
  'dry ice',
  'black ice',
  'ice storm',
  'ice off',
  'ice on my',
  'living trust',
  'trust fund',
  'trust account',
  'unlawful detainer',
  'animal sanctuary',
  'wildlife sanctuary',
  'bird sanctuary',
  'sanctuary church service',
  'bench warrant',
  'collect unemployment',
  'collect call',
  'debt collector',
  'on hold',
  'hold music',
  'home run',
  'home runs',
  'holds the record',
  'roman numerals',
  'food court',
  'basketball court',
  'tennis court',
  'traffic court',
  'small claims',
  'parking ticket',
  'speeding ticket',
  'real id',
  'fishing license',
  'pistol permit',
  'work permit',
  'green card',
  'tourist visa',
  'student visa',
  'citizenship test',
  'civics test',
  'job with ice',
  'work for ice',
  'jobs at ice',
];

const phrases = otherMeanings.map((phrase) => words(phrase).map(stem));

/** Positions of the question's words that belong to a phrase of another meaning. */
export function otherMeaningWords(questionWords: readonly string[]): Set<number> {
  const stemmed = questionWords.map(stem);
  const taken = new Set<number>();
  for (const phrase of phrases) {
    for (let at = 0; at + phrase.length <= stemmed.length; at++) {
      if (phrase.every((s, j) => stemmed[at + j] === s))
        for (let j = 0; j < phrase.length; j++) taken.add(at + j);
    }
  }
  return taken;
}

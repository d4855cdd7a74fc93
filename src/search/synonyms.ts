import { analyze, words } from './analyze.js';

/**
 * What people say, mapped to the words the sources use. Keys are matched on the question's words
 * (before stemming). Values are alternatives separated by commas; an alternative of several words
 * is a phrase, which stands for the key only where all its words match.
 */
const synonymTable: Record<string, string> = {
  'ice hold': 'detainer',
  'immigration hold': 'detainer',
  'hold request': 'detainer',
  hold: 'detainer, custody',
  holds: 'detainer, custody',
  held: 'detain, custody',
  keep: 'detain, custody',
  cops: 'police, officer',
  cop: 'police, officer',
  officers: 'police',
  feds: 'federal',
  fed: 'federal',
  dmv: 'motor vehicle, collect',
  'motor vehicle': 'dmv',
  license: 'motor vehicle, drive only',
  licenses: 'motor vehicle, drive only',
  'drivers license': 'drive only, motor vehicle',
  migra: 'ice',
  'la migra': 'ice',
  'immigration and customs enforcement': 'ice',
  'homeland security': 'dhs',
  snitch: 'share, information, communicate',
  rat: 'share, information',
  tell: 'share, information, communicate',
  telling: 'share, information, communicate',
  report: 'share, information, notify',
  reporting: 'share, information, notify',
  give: 'share',
  send: 'share, sending',
  data: 'information, records, database',
  records: 'information database',
  database: 'information, records',
  jail: 'custody, correction',
  jails: 'custody, correction',
  prison: 'correction, custody',
  lockup: 'jail, custody',
  doc: 'correction',
  undocumented: 'immigrant, alien',
  illegal: 'immigrant, alien, unlawful',
  illegals: 'immigrant, alien',
  immigrants: 'alien',
  deport: 'removal',
  deported: 'removal',
  deportation: 'removal',
  papers: 'immigration status',
  citizenship: 'immigration status',
  'judge signed': 'judicial warrant',
  'signed by a judge': 'judicial warrant',
  lawsuit: 'court, case',
  sue: 'court, lawsuit',
  sued: 'court, lawsuit',
  money: 'grant, funding',
  funding: 'grant, funds',
  funds: 'grant, funding',
  grants: 'funding',
  jag: 'byrne',
  ct: 'connecticut',
  conn: 'connecticut',
  nyc: 'new york city',
  sf: 'san francisco',
  ag: 'attorney general',
  ruling: 'court held',
  fingerprints: 'secure communities',
  fingerprint: 'secure communities',
  obey: 'comply, honor',
  follow: 'comply, honor',
  honor: 'comply, hold, detain',
  honoring: 'comply, hold, detain',
  cooperate: 'comply, cooperation',
  mandatory: 'required',
  required: 'mandatory',
  'have to': 'required, mandatory',
  'has to': 'required, mandatory',
  constitutional: 'constitution, unconstitutional, commandeer',
  legal: 'law',
  hrs: 'hours',
  days: 'hours',
  weekend: 'saturday, sunday',
  weekends: 'saturday, sunday',
  sanctuary: 'sanctuary, jurisdiction',
  refuse: 'decline',
  ignore: 'decline',
  ignored: 'declined',
  force: 'require, compel',
  forced: 'require, compel',
  make: 'require',
  maldef: 'mexican american legal defense',
  aclu: 'american civil liberties union',
  info: 'information',
};

export interface Expansion {
  /** The question word (or phrase) the expansion came from. */
  from: string;
  /** Each alternative is a list of analyzed terms that must all match. */
  alternatives: string[][];
}

const table = Object.entries(synonymTable).map(([phrase, meaning]) => ({
  phrase: words(phrase),
  alternatives: meaning
    .split(',')
    .map((alternative) => analyze(alternative))
    .filter((terms) => terms.length > 0),
}));

/** The synonym terms for a question's words, phrases before single words. */
export function expandSynonyms(questionWords: readonly string[]): Expansion[] {
  const expansions: Expansion[] = [];
  for (const { phrase, alternatives } of table) {
    for (let i = 0; i + phrase.length <= questionWords.length; i++) {
      if (phrase.every((word, j) => questionWords[i + j] === word)) {
        expansions.push({ from: phrase.join(' '), alternatives });
        break;
      }
    }
  }
  return expansions;
}

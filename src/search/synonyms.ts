import { rememberRecent } from './recent.js';
import { analysisOf, type Analysis } from './analysis.js';
import { languageTables } from './language-tables.js';

/**
 * Words and phrases that mean the same thing here, in the words people use and the words the
 * sources use: any one of a group finds the others.
 */
const sameMeaning: readonly string[][] = [
  [
    'ice',
    'immigration and customs enforcement',
    'migra',
    'la migra',
    'immigration agents',
    'immigration officers',
    'immigration officials',
    'immigration authorities',
    'federal immigration authorities',
    'immigration enforcement',
    'federal agents',
    'ice agents',
  ],
  ['dhs', 'homeland security', 'department of homeland security'],
  ['detainer', 'ice hold', 'immigration hold', 'hold request', 'orden de retencion'],
  ['police', 'cops', 'cop', 'pd', 'police department', 'policia', 'policía'],
  ['federal', 'feds', 'fed', 'federales'],
  ['dmv', 'motor vehicle', 'motor vehicles'],
  ['home', 'house', 'apartment', 'crib', 'residence', 'dwelling', 'casa', 'hogar'],
  ['lawyer', 'attorney', 'abogado', 'abogada', 'legal aid', 'legal help', 'legal services'],
  ['free', 'pro bono', 'gratis', 'gratuito', 'no cost', 'low cost', 'sin costo'],
  ['courthouse', 'court house', 'corte', 'tribunal'],
  ['fingerprints', 'prints', 'huellas', 'huellas digitales'],
  ['removal', 'deportation', 'deport', 'deported', 'deportar', 'deportado', 'deportacion'],
  ['undocumented', 'without papers', 'no papers', 'indocumentado', 'sin papeles'],
  [
    'judicial warrant',
    'judge signed warrant',
    'warrant signed by a judge',
    'orden judicial',
    'orden de un juez',
  ],
  ['administrative warrant', 'ice warrant', 'immigration warrant'],
  ['funding', 'funds', 'grants', 'federal money', 'fondos', 'dinero federal'],
  ['lawsuit', 'sue', 'sued', 'suing', 'demanda', 'demando'],
  ['jail', 'prison', 'lockup', 'carcel', 'cárcel', 'prision', 'prisión'],
  ['information', 'info', 'data', 'informacion', 'información', 'datos'],
  ['warrant', 'orden'],
  ['judge', 'juez', 'jueza'],
  ['door', 'puerta'],
  // Not "detained": it stems as "detainer" does, and a detainer is a request, not an arrest.
  ['arrest', 'arrested', 'picked up', 'arrestar', 'arrestado', 'detenido', 'detenida'],
  ['immigrant', 'immigrants', 'inmigrante', 'inmigrantes'],
  ['immigration', 'inmigracion', 'inmigración', 'immigracion'],
  ['sanctuary', 'santuario'],
  ['attorney general', 'ag', 'fiscal general', 'procurador general'],
  ['prohibit', 'forbid', 'ban', 'bar', 'prohibir', 'prohibido'],
  ['connecticut', 'ct', 'conn'],
  ['release', 'let go', 'let out', 'get out', 'released', 'set free', 'salir', 'liberado'],
  [
    'notify',
    'notification',
    'tell',
    'inform',
    'alert',
    'tip off',
    'let ice know',
    'avisar',
    'notificar',
  ],
  ['transfer', 'hand over', 'turn over', 'handed over', 'entregar'],
  ['custody', 'locked up', 'lock up', 'in custody', 'jailed', 'behind bars'],
  ['conviction', 'convicted', 'criminal record', 'record', 'condena', 'antecedentes'],
  ['felony', 'serious crime', 'delito grave'],
  ['misdemeanor', 'minor crime', 'delito menor'],
  ['booking', 'booked', 'fichado'],
  ['entry', 'come in', 'come into', 'enter', 'get in', 'break in', 'entrar'],
  ['consent', 'let them in', 'open the door', 'permission', 'permiso'],
  ['list', 'named', 'called out', 'lista'],
  ['withhold', 'cut off', 'cut', 'take away', 'pull', 'quitar'],
];

/**
 * What Spanish speakers say, and the words the Spanish entries and the English ones not yet
 * translated use for it. Only a Spanish question reads these.
 */
const spanishSameMeaning: readonly string[][] = [
  [
    'ice',
    'migra',
    'la migra',
    'migracion',
    'inmigracion',
    'agentes de inmigracion',
    'los de inmigracion',
  ],
  [
    'detainer',
    'hold',
    'retencion',
    'orden de retencion',
    'orden de detencion',
    'peticion de retencion',
    'retener',
    'retenido',
    'aguantar',
  ],
  [
    'policia',
    'policias',
    'poli',
    'polis',
    'la jara',
    'chota',
    'la chota',
    'los azules',
    'cops',
    'police',
  ],
  [
    'colaborar',
    'colabora',
    'cooperar',
    'coopera',
    'cooperacion',
    'colaboracion',
    'cooperate',
    'comply',
    'cumplir',
  ],
  ['carcel', 'prision', 'jail', 'prison', 'bote', 'tanque', 'centro de detencion'],
  ['dmv', 'licencia', 'licencia de conducir', 'licencia de manejar', 'motor vehicle'],
  ['huellas', 'huellas digitales', 'fingerprints', 'fingerprint'],
  ['abogado', 'abogada', 'lawyer', 'attorney', 'ayuda legal', 'asesoria legal'],
  ['gratis', 'gratuito', 'gratuita', 'free', 'sin costo', 'sin cobrar'],
  ['deportar', 'deportacion', 'deportado', 'deporten', 'deportation', 'removal', 'sacar del pais'],
  ['orden judicial', 'orden de un juez', 'orden firmada por un juez', 'judicial warrant'],
  ['orden administrativa', 'administrative warrant', 'orden de ice'],
  ['juez', 'jueza', 'judge', 'magistrado'],
  ['corte', 'tribunal', 'juzgado', 'courthouse', 'court'],
  ['puerta', 'door', 'casa', 'hogar', 'home', 'house', 'apartamento', 'domicilio', 'vivienda'],
  ['ciudad santuario', 'santuario', 'sanctuary', 'sanctuary city'],
  ['fondos', 'dinero federal', 'la lana', 'funding', 'grants', 'subvenciones', 'becas'],
  ['demanda', 'demando', 'demandar', 'lawsuit', 'sued', 'pleito'],
  ['informacion', 'datos', 'information', 'data', 'info'],
  ['compartir', 'comparte', 'comparten', 'share', 'pasar informacion', 'dar informacion'],
  ['delito grave', 'felonia', 'felony'],
  ['delito menor', 'misdemeanor'],
  ['condena', 'condenado', 'convicto', 'conviction', 'antecedentes', 'record criminal'],
  ['orden ejecutiva', 'executive order', 'decreto'],
  ['ley', 'law', 'statute', 'estatuto'],
  ['estado', 'state'],
  ['gobierno federal', 'federales', 'federal', 'feds'],
  ['fiscal general', 'procurador general', 'attorney general', 'departamento de justicia', 'doj'],
  ['seguridad nacional', 'dhs', 'homeland security'],
  [
    'arrestar',
    'arresto',
    'arrestado',
    'arrestada',
    'detenido',
    'detenida',
    'agarrar',
    'agarraron',
    'arrest',
  ],
  ['liberar', 'soltar', 'soltaron', 'salir', 'release', 'released'],
  ['avisar', 'notificar', 'aviso', 'notificacion', 'notify', 'notification'],
  ['entregar', 'transferir', 'transfer', 'hand over'],
  ['indocumentado', 'indocumentada', 'sin papeles', 'undocumented'],
  ['tarjeta roja', 'red card', 'conozca sus derechos', 'know your rights'],
  ['corte suprema', 'tribunal supremo', 'supreme court'],
  ['segundo circuito', 'second circuit'],
  ['tercer circuito', 'third circuit'],
  ['septimo circuito', 'seventh circuit'],
  ['noveno circuito', 'ninth circuit'],
  ['tribunal de apelaciones', 'corte de apelaciones', 'court of appeals', 'appeals court'],
  ['nueva york', 'new york'],
  ['filadelfia', 'philadelphia'],
  ['censo', 'census'],
  [
    'mascaras',
    'mascarillas',
    'cubrebocas',
    'masks',
    'mask',
    'face coverings',
    'cara tapada',
    'tapada la cara',
    'taparse la cara',
    'cara cubierta',
    'enmascarados',
    'encapuchados',
  ],
  ['reglamento', 'regulacion', 'regulation', 'rule'],
  ['formulario', 'forma', 'form'],
  ['parrafo', 'inciso', 'subseccion', 'subsection', 'paragraph'],
  ['politica', 'policy', 'memo', 'memorando'],
  ['informe', 'reporte', 'report'],
  ['obligatorio', 'obligar', 'obliga', 'required', 'mandatory', 'tiene que'],
  ['inconstitucional', 'unconstitutional', 'constitucion', 'constitution'],
  ['48 horas', '48 hours'],
  ['inmigrante', 'inmigrantes', 'immigrant', 'immigrants'],
  ['prohibir', 'prohibido', 'prohibe', 'impedir', 'impide', 'prohibit'],
  ['connecticut', 'ct', 'conn'],
  ['fichado', 'fichar', 'booking'],
  ['entrar', 'entren', 'entran', 'entro', 'meterse', 'se metan', 'entrada', 'entry', 'enter'],
  ['permiso', 'consentimiento', 'dejar entrar', 'permitir', 'consent'],
  ['quitar', 'cortar', 'retirar', 'withhold', 'cut off'],
  ['lista', 'listado', 'list'],
  ['papeles', 'estatus migratorio', 'immigration status'],
];

/**
 * One-way hints: a word people use, and the words the sources use for what they usually mean
 * by it. Values are alternatives separated by commas; an alternative of several words is a
 * phrase, which stands for the key only where all its words match.
 */
const leadsTo: Record<string, string> = {
  hold: 'detainer, custody',
  held: 'detain, custody',
  keep: 'detain, custody',
  officers: 'police',
  license: 'motor vehicle, drive only',
  licenses: 'motor vehicle, drive only',
  'drivers license': 'drive only, motor vehicle',
  snitch: 'share, information, communicate',
  rat: 'share, information',
  tell: 'share, information, communicate',
  booked: 'fingerprint, arrest',
  prints: 'secure communities',
  fingerprints: 'secure communities',
  raid: 'arrest, home',
  hearing: 'court, courthouse',
  'court date': 'courthouse, court',
  report: 'share, information, notify',
  give: 'share',
  send: 'share, sending',
  records: 'information, database',
  database: 'information, records',
  doc: 'correction',
  illegal: 'immigrant, alien, unlawful',
  illegals: 'immigrant, alien',
  papers: 'immigration status',
  citizenship: 'immigration status',
  status: 'immigration status',
  money: 'grant, funding',
  jag: 'byrne',
  nyc: 'new york city',
  sf: 'san francisco',
  ag: 'attorney general',
  ruling: 'court held',
  obey: 'comply, honor',
  follow: 'comply, honor',
  honor: 'comply, hold, detain',
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
  sanctuary: 'jurisdiction',
  ban: 'prohibit, restrict',
  bans: 'prohibit, restrict',
  banned: 'prohibit, restrict',
  refuse: 'decline',
  ignore: 'decline',
  force: 'require, compel',
  make: 'require',
  maldef: 'mexican american legal defense',
  aclu: 'american civil liberties union',
  knock: 'door, home',
  knocked: 'door, home',
  banged: 'door, home',
  enter: 'home',
  'come in': 'home',
  'come into': 'home',
  // Letting agents in is opening one's home to them.
  'let them in': 'door, home',
  'let him in': 'door, home',
  'let her in': 'door, home',
  'let us in': 'door, home',
  'let in': 'door, home',
  'let em in': 'door, home',
  'come inside': 'door, home',
  'get inside': 'door, home',
  'open the door': 'door, home',
  'opening the door': 'door, home',
  'opened the door': 'door, home',
  'open up': 'door, home',
  abrir: 'puerta, casa',
  abrirles: 'puerta, casa',
  abrirle: 'puerta, casa',
  abrimos: 'puerta, casa',
  tocaron: 'puerta, casa',
  court: 'courthouse',
  // How ICE learned of someone is how information reaches it.
  'ice know': 'information, share, fingerprint',
  'ice even know': 'information, share, fingerprint',
  'they even know': 'information, share, fingerprint',
  'ice knew': 'information, share, fingerprint',
  'they know': 'information, share, fingerprint',
  'they knew': 'information, share, fingerprint',
  'find out': 'information, share, fingerprint',
  'found out': 'information, share, fingerprint',
  'tipped off': 'information, share',
  'told ice': 'information, share',
};

/** The same for Spanish questions. */
const spanishLeadsTo: Record<string, string> = {
  // How ICE learned of someone is how information reaches it.
  'se entera': 'informacion, compartir, huellas',
  'se enteran': 'informacion, compartir, huellas',
  'se entero': 'informacion, compartir, huellas',
  'se enteraron': 'informacion, compartir, huellas',
  'como sabe': 'informacion, compartir, huellas',
  'como saben': 'informacion, compartir, huellas',
  'como supo': 'informacion, compartir, huellas',
  'como supieron': 'informacion, compartir, huellas',
  'quien les dijo': 'informacion, compartir',
  'quien le dijo': 'informacion, compartir',
};

export interface Expansion {
  /** The question's own words (space-separated) the expansion came from. */
  from: string;
  /** Each alternative is a list of analyzed terms that must all match. */
  alternatives: string[][];
}

interface SynonymRow {
  phrase: string[];
  alternatives: string[][];
}

function synonymTable(analysis: Analysis): Map<string, SynonymRow[]> {
  // Each phrase stands in for every other of its group: read once, not once per pair.
  const wordsOf = rememberRecent(analysis.words, Infinity);
  const analyze = rememberRecent(analysis.analyze, Infinity);
  const stems = (text: string) => wordsOf(text).map(analysis.stem);
  const spanish = analysis.language === 'es';
  const groups = spanish ? spanishSameMeaning : sameMeaning;
  const table: SynonymRow[] = [
    ...groups.flatMap((group) =>
      group.map((phrase) => ({
        phrase: stems(phrase),
        // A word stands for a phrase no longer than itself: "ICE" need not search for each word of
        // "Immigration and Customs Enforcement", but the long form finds "ICE".
        alternatives: group
          .filter((other) => other !== phrase && wordsOf(other).length <= wordsOf(phrase).length)
          .map((other) => analyze(other))
          .filter((terms) => terms.length > 0),
      })),
    ),
    ...Object.entries(spanish ? spanishLeadsTo : leadsTo).map(([phrase, meaning]) => ({
      phrase: stems(phrase),
      alternatives: meaning
        .split(',')
        .map((alternative) => analyze(alternative))
        .filter((terms) => terms.length > 0),
    })),
  ];
  // Phrases by their first stem, so a question's words are looked up, not scanned against all.
  const byFirstStem = new Map<string, SynonymRow[]>();
  for (const row of table) {
    const first = row.phrase[0];
    if (first !== undefined) byFirstStem.set(first, [...(byFirstStem.get(first) ?? []), row]);
  }
  return byFirstStem;
}

const tables = languageTables(
  synonymTable,
  (table) => [...table],
  (rows: [string, SynonymRow[]][]) => new Map(rows),
);

/** Every language's synonym table as plain data, by first stem. */
export type SavedSynonymTables = ReturnType<typeof tables.saved>;

/** The tables as a saved engine carries them: analyzing these phrases was a fifth of a first question. */
export const savedSynonymTables = tables.saved;

/** Questions from now on read these tables (saved by `savedSynonymTables` from this very code). */
export const useSynonymTables = tables.use;

/** The synonym terms for a question's words, matched by stem ("holding" as "hold"). */
export function expandSynonyms(
  questionWords: readonly string[],
  analysis: Analysis = analysisOf('en'),
): Expansion[] {
  const byFirstStem = tables.of(analysis);
  const stemmed = questionWords.map(analysis.stem);
  const found = new Map<string, Expansion>();
  stemmed.forEach((first, at) => {
    const matching = (byFirstStem.get(first) ?? []).filter(({ phrase }) =>
      phrase.every((s, j) => stemmed[at + j] === s),
    );
    // "attorney general" is the Attorney General, not a lawyer: the longest phrase decides.
    const longest = Math.max(0, ...matching.map((row) => row.phrase.length));
    for (const { phrase, alternatives } of matching) {
      if (phrase.length < longest) continue;
      const from = questionWords.slice(at, at + phrase.length).join(' ');
      const known = found.get(from);
      if (known) known.alternatives.push(...alternatives);
      else found.set(from, { from, alternatives: [...alternatives] });
    }
  });
  return [...found.values()];
}

import { analysisOf, type Analysis } from './analysis.js';
import { languageTables } from './language-tables.js';

/**
 * Phrases that share a word with this topic but mean something else: "ice" in "ice rink" is not
 * ICE, a "living trust" is not the Trust Act, a "bench warrant" is not an immigration warrant.
 * Their words are not searched, so such a question finds nothing and is declined, not padded.
 */
const otherMeanings: readonly string[] = [
  'ice rink',
  'ice skating',
  'ice skate',
  'ice hockey',
  'icing',
  'hockey',
  'ice cream',
  'shaved ice',
  'ice pop',
  'ice pops',
  'ice cube',
  'ice cubes',
  'dry ice',
  'black ice',
  'ice storm',
  'ice dam',
  'ice dams',
  'ice maker',
  'ice machine',
  'ice off',
  'ice on my',
  'living trust',
  'trust fund',
  'trust account',
  'animal sanctuary',
  // Towns that vow not to enforce gun laws, not immigration ones.
  'second amendment sanctuary',
  '2nd amendment sanctuary',
  '2a sanctuary',
  'gun sanctuary',
  'detain my luggage',
  'detained my luggage',
  'detain luggage',
  'wildlife sanctuary',
  'bird sanctuary',
  'sanctuary church service',
  'bench warrant',
  // An eviction: California's "unlawful detainer", Texas's "forcible detainer".
  'unlawful detainer',
  'forcible detainer',
  'collect unemployment',
  'collect call',
  'debt collector',
  'on hold',
  'hold music',
  // Passing something on to people, not records to an agency.
  'share with my',
  'share with our',
  'share it with',
  'share this with',
  'share them with',
  'home run',
  'home runs',
  'holds the record',
  // Showing a paper, or "wait": not holding a person.
  'held up',
  'hold up',
  'holding up',
  'held a paper',
  'held the paper',
  'holding a paper',
  'holding the paper',
  'food court',
  'basketball court',
  'tennis court',
  'small claims',
  'parking ticket',
  'speeding ticket',
  'fishing license',
  // Why someone was stopped, not a question about licence records.
  'without a license',
  'without a licence',
  'without license',
  'no license',
  'unlicensed',
  'pistol permit',
  'job with ice',
  'work for ice',
  'board of pardons',
  'pardons and paroles',
  'get a pardon',
  'apply for a pardon',
  'jobs at ice',
  'ice officer job',
  'ice contact',
  'ice in my phone',
  'ice in case',
  'murphy bed',
  'trusts',
  'trustee',
  'trustees',
  'set up a trust',
  // Where someone came across what they ask about: the subject is the rest of the question.
  'in an article',
  'in a news article',
  'in the news',
  'on the news',
  'on tiktok',
  'on facebook',
  'on reddit',
  'on youtube',
  'on instagram',
];

/**
 * What people ask that this bot does not answer, whatever topic words come with it: office
 * hours, fees, salaries, forms to fill in, arithmetic. "What are the office hours of the ICE
 * office in Hartford" is declined, not answered with Hartford's policy.
 */
const declinedAsks: readonly string[] = [
  // A protest or rally to go to; one where someone was arrested is only where a story begins.
  'rally',
  'protest',
  'protests',
  'office hours',
  'opening hours',
  'business hours of',
  'during business hours',
  'what time does',
  'what time do',
  'what time is',
  'open on saturday',
  'open on sunday',
  'open on weekends',
  'open today',
  'is there parking',
  'where do i park',
  'phone number for the dmv',
  'phone number for',
  'social security office',
  'dmv hours',
  'what hours is',
  'what hours are',
  'dmv open',
  'customer service',
  'on hold with',
  'starting salary',
  'salary',
  'how do i become',
  'job opening',
  'job openings',
  'apply for a job',
  'divided by',
  'multiplied by',
  'in case of emergency',
  'emergency contact',
  'itin',
  'taxes',
  'tax return',
  'parking ticket',
  'speeding ticket',
  'small claims',
  'towed',
  'tow lot',
  'impound',
  'impounded',
  'recipe',
  'joke',
  'jokes',
  'security deposit',
  // Money and errands: a bank's or a library's hold is not a person held.
  'paycheck',
  'direct deposit',
  'my bank',
  'library book',
  'library card',
  'hold on a book',
  'renew my license',
  'renew my drive-only',
  'renew a license',
  'license renewal',
  'sports betting legal',
  'betting apps',
  'which apps',
  'what apps',
  // Other immigration and government processes: forms, fees and steps this bot does not cover.
  'real id',
  'green card',
  'work permit',
  'tourist visa',
  'student visa',
  'visa application',
  'citizenship test',
  'civics test',
  'naturalization test',
  'n400',
  'file for citizenship',
  'apply for citizenship',
  'citizenship application',
  'uscis office',
  'filing fee',
  'passport',
  'what do i bring',
  'what should i bring',
  'need to bring',
  'documents do i need',
  'papers do i need',
  'gift card',
  'is this legit',
  'is this a scam',
  // Jobs.
  'job as',
  'job at',
  'jobs at',
  'hiring',
  'starting pay',
  'requirements to become',
  // Phrases are read without one-letter words: "become a" alone would be any "become".
  'become a police',
  'become a cop',
  'become an officer',
  'become an agent',
  'become an ice agent',
  'become an ice officer',
  'career',
  'internship',
  'job application',
  'officer job',
  'correction officer',
  'jobs with',
  // Other courts and civil matters.
  'name change',
  'probate',
  'divorce',
  'child support',
  'child custody',
  'joint custody',
  'sole custody',
  'full custody',
  'custody agreement',
  'custody order',
  'visitation rights',
  'dui fine',
  'fine for a dui',
  'dui penalties',
  'penalty for a dui',
  'eviction notice',
  'before eviction',
  'landlord have to',
  'landlord give',
  'change the locks',
  'locked me out',
  'in roman numerals',
  'search my backpack',
  'search my locker',
  'eviction case',
  'answer an eviction',
  'housing court',
  'filing fee',
  'jury duty',
  'power of attorney',
  // Other immigration processes: applications, appeals and appointments.
  'board of immigration appeals',
  'citizenship application',
  'naturalization',
  'daca',
  'asylum',
  'i-589',
  'tps application',
  // Temporary Protected Status, its dates and renewals: "can ICE detain someone with TPS" is
  // still answered, as every question whether ICE may arrest or detain someone is.
  'tps',
  'temporary protected status',
  'visa interview',
  'uscis appointment',
  'biometrics appointment',
  'processing time',
  'case status',
  'status of my case',
  // Where one person's case stands: no source follows anyone's case.
  'any update on',
  'status of his case',
  'status of her case',
  'update on his case',
  'update on her case',
  'was he deported yet',
  'was she deported yet',
  'date of my hearing',
  'hearing date',
  'my court date online',
  'find my court date',
  'find out my court date',
  'when is my court date',
  'when is my next court date',
  'check my court date',
  'look up my court date',
  // Travel and benefits.
  'flight',
  'boarding pass',
  'food stamps',
  'snap benefits',
  'medicaid',
  'stimulus check',
  'weather',
  'forecast',
  'snow day',
  'school canceled',
  'cancel school',
  'school closing',
  'close the schools',
  // Who won a game or an election ("who won" a court case is this bot's to answer).
  'game last night',
  'who won the game',
  'who won the match',
  'who won the election',
  'champions league',
  'world cup',
  'super bowl',
  'score of',
  // Other meanings of this bot's words that make the whole question another subject.
  'unlawful detainer',
  'interstate agreement on detainers',
  'agreement on detainers',
  'interstate agreement',
  'trust issues',
  'angel number',
  // Subjects next to this one that the sources do not cover.
  'get a restraining order',
  'file a restraining order',
  'housing voucher',
  'housing vouchers',
  'public housing',
  'housing assistance',
  'dmv appointment',
  // Filling in the census itself: whether its answers reach ICE is answered.
  'census form online',
  'census online',
  'censo en linea',
  // Getting the license itself: the DMV's errand. Whether ICE can see its records is answered.
  'get a drive only license',
  'apply for a drive only license',
  'get my drive only license',
  // A lost hearing notice: the court's own records say when the next hearing is.
  'next immigration court hearing',
  'next court hearing',
  'lost the letter',
  'lost my letter',
  'lost my paper',
  'look up my next court date',
  'got rescheduled',
  'check the new date',
  'search my car',
  'search the car',
  'canadian law',
  'in canada',
  // Who holds an office now, and counts: the sources date, and hold neither.
  'who is the current',
  'who is the director',
  'who is the head',
  'who runs ice',
  'name of the ice',
  'field office director',
  'who is the governor',
  'running for governor',
  'running for mayor',
  'candidates for',
  'who is the attorney general',
  'how many deportations',
  'number of deportations',
  'deportation statistics',
  'exact number',
  'application deadline',
  'deadline to apply',
  // Immigration court's own steps and bonds, other visas and citizenship: the sources cover none.
  'immigration bond',
  'ice bond',
  'bond hearing',
  // Bail itself: its amount and bondsmen are the court's and the bail bond trade's.
  'bail got set',
  'bail was set',
  // Health coverage: the state's and insurers' rules, which the sources do not cover.
  'husky',
  'health insurance',
  'health coverage',
  'heating',
  'no heat',
  'look up my case',
  'check my case',
  'utility bill',
  'electric bill',
  'master calendar',
  'u visa',
  'birthright citizenship',
  // Finding someone in detention and life inside it, immigration court's own calendar, reentry
  // sentences: what happens after ICE has someone, which the sources do not follow.
  'detention center',
  'detention centers',
  'next hearing',
  'first hearing',
  'bring witnesses',
  'illegal reentry',
  'reentry after',
  'prison time',
  // Records, borders, troops, workplace audits and the mail: other agencies' business.
  'foia',
  'freedom of information',
  'accident report',
  'travel ban',
  'national guard',
  'extradition',
  'extradite',
  'i-9 audit',
  'i-9 audits',
  'hold my mail',
  'hold on my mail',
  // A tenant's rights against a landlord, even one who threatens to call ICE.
  'withhold rent',
  'hold back the rent',
  'stop paying rent',
  'behind on rent',
  'behind on my rent',
  'eviction',
  'evicted',
  'evict me',
  // One's own criminal record, from the state police.
  'copy of my criminal record',
  'get my criminal record',
  'background check for a job',
  // Discord itself: the server's settings are not this bot's to explain.
  'notifications for this channel',
  'turn off notifications',
  'leave this channel',
  'mute this channel',
  'invite link',
  // Getting around.
  'the roads',
  'road conditions',
  'road closed',
  'is closed',
  'highway',
  'metro north',
  'train schedule',
  'bus schedule',
];

/** The same for Spanish questions, which read the English lists too (people mix them). */
const spanishOtherMeanings: readonly string[] = [
  'musica del hold',
  'musica de espera',
  'en un articulo',
  'en las noticias',
  'en la tele',
  'en el periodico',
  'en tiktok',
  'en facebook',
  'en el face',
  'en youtube',
  'hold en el telefono',
  'en hold con',
  'en espera',
  // Why someone was stopped, not a question about licence records.
  'sin licencia',
  'no tenia licencia',
  'no tiene licencia',
  'pista de hielo',
  'patinar',
  'hielo',
  'fideicomiso',
  'fideicomiso trust',
  'un trust',
  'santuario de animales',
  'santuario de armas',
  'santuario de la segunda enmienda',
  'santuario de aves',
  'santuario de caballos',
  'santuario de perros',
  'hold en mi cuenta',
  'hold en la cuenta',
  'hold en la tarjeta',
  'trust para mis hijos',
  'reclamos menores',
  'corte de familia',
  'corte de reclamos',
  'iced coffee',
  'cafe con hielo',
  // "By force": asked whether something is compulsory, not about a task force or use of force.
  'a la fuerza',
  'a fuerza',
  'a fuerzas',
];

const spanishDeclinedAsks: readonly string[] = [
  'status de mi caso',
  'estatus de mi caso',
  'estado de mi caso',
  'cuanto gana',
  'cuanto ganan',
  'cuanto es la fianza',
  'cuanto cuesta la fianza',
  'protesta',
  'protestas',
  'manifestacion',
  'a que hora',
  'hora cierran',
  'hora abren',
  'cerrar las escuelas',
  'cancelaron las escuelas',
  'cancelaron las clases',
  'que documentos necesito',
  'que papeles necesito',
  'tarjetas de regalo',
  'es una estafa',
  'cierran las escuelas',
  'multa de parqueo',
  'que hora abre',
  'horario',
  'renuevo mi licencia',
  'renovar la licencia',
  'renovar mi licencia',
  'sacar la licencia',
  'saco la licencia',
  'pasaporte',
  'consulado',
  'receta',
  'chiste',
  'clima',
  'va a llover',
  'va a nevar',
  'pedir la residencia',
  'pido la residencia',
  'sacar la residencia',
  'tramitar la residencia',
  'green card',
  'examen de ciudadania',
  'ciudadania',
  'naturalizacion',
  'en el celular',
  'contacto de emergencia',
  'el deposito',
  'mi deposito',
  // Phrases, not the word: "cheque en un grupo" is Spanglish for "I checked in a group".
  'el cheque',
  'un cheque',
  'mi cheque',
  'mis cheques',
  'mi sueldo',
  'recuperar la confianza',
  'recupero la confianza',
  'pagar el ticket',
  'pago el ticket',
  'lo pago',
  'pagar la multa',
  'pago la multa',
  'multa de transito',
  'multa por dui',
  'castigo por un dui',
  'pena por dui',
  // Frozen water: Spanish says "ICE" or "la migra" for the agency, never "hielo".
  'hielo',
  'le deposito',
  'depositarle',
  'ponerle dinero',
  'mandarle dinero',
  'multa por manejar',
  'custodia compartida',
  'la custodia de los',
  'quitar las notificaciones',
  'quito las notificaciones',
  'seguro social',
  'permiso de trabajo',
  'impuestos',
  'desempleo',
  'hay chamba',
  'busco trabajo',
  'esta contratando',
  'estan contratando',
  'quiero aplicar',
  'aplicar para',
  'asilo',
  'tengo que manejar',
  'tengo q manejar',
  'carretera',
  'autopista',
  'multa de parking',
  'unas multas',
  'ofertas de trabajo',
  'cupones de comida',
  'estampillas de comida',
  'visa de turista',
  'divorcio',
  'manutencion',
  'desalojo',
  'mi celular',
  'hablar con una persona',
  'servicio al cliente',
  'trabajos en ice',
  'trabajar en ice',
  'trabajar para ice',
  'trabajar en la migra',
  'trabajar para la migra',
  'cuando es la audiencia',
  'junta de perdones',
  'multa de velocidad',
  'multa que no pago',
  'multa q no pago',
  'cuanto le pagan',
  'salario',
  'sueldo',
  'pagar la multa',
  'pagar una multa',
  'multas de transito',
  'corte de trafico',
  'corte de transito',
  'pedir el tps',
  'pido el tps',
  'renovar el tps',
  // Not "partido de" alone: it stems as "a partir de" (since) does.
  'partido de futbol',
  'el partido',
  'la champions',
  'liga mx',
  'cita en el dmv',
  'cita para la licencia',
  'cita del dmv',
  'sacar una orden de restriccion',
  'pedir una orden de restriccion',
  'pido una orden de restriccion',
  'saco una orden de restriccion',
  'perdi la carta',
  'se me perdio la carta',
  'se le perdio la carta',
  'sacar la licencia drive only',
  'saco la licencia drive only',
  'constitucion mexicana',
  'en mexico la policia',
  'centro de detencion',
  'centros de detencion',
  'localizador',
  'proxima audiencia',
  'primera audiencia',
  'llevar testigos',
  'vuelvo a entrar',
  'volver a entrar',
  'tiempo de carcel',
  'años de carcel',
  'dejar de pagar la renta',
  'en que centro',
  'cuando lo sueltan',
  'cuando la sueltan',
  'busco mi caso',
  'saco mi record',
  'sacar mi record',
  'la reprogramaron',
  'me la reprogramaron',
  'buscar mi caso',
  'seguro medico',
  'seguro de salud',
  'calefaccion',
  'multa de trafico',
  'multas de trafico',
  'no pagar la renta',
  'desalojo',
  'desalojar',
  'como va el caso de',
  'como va su caso',
  'como va mi caso',
  'ya lo deportaron',
  'ya la deportaron',
  'fianza de inmigracion',
  'audiencia de fianza',
  'fecha de mi audiencia',
  'proxima fecha de corte',
  'busco mi fecha de corte',
  'buscar mi fecha de corte',
  'ver mi fecha de corte',
  'checar mi fecha de corte',
  'cuando es la proxima corte',
  'cuando es mi proxima corte',
  'cuando es mi corte',
  'que documentos piden',
  'documentos me piden',
  'revisar el carro',
  'revisar mi carro',
  'registrar el carro',
  'pagar la luz',
  'la factura de la luz',
  'visa u',
  'peticion i-130',
  'petición i-130',
  'este canal',
  'ciudadania por nacimiento',
  'fianza de inmigración',
  'quien es el gobernador',
  'quien es la gobernadora',
  'quien es el director',
  'quien es la directora',
  'quien es el fiscal general',
  'quien es actualmente',
  'como se llama el director',
  'como se llama la directora',
  'cuantas personas deporto',
  'cuantas personas ha deportado',
  'cuantos deportados',
  'numero exacto',
  'estadisticas de deportacion',
];

/**
 * Errands declined even when the question names ICE holding or arresting someone: life inside
 * detention ("my son is held on an ICE detainer: visiting hours?"), bail bondsmen, what a
 * politician said. ICE is in them, but they never ask what ICE or the police may do.
 */
const errands: readonly string[] = [
  'visiting hours',
  'visitation hours',
  'commissary',
  'detainee locator',
  'online locator',
  'mailing address',
  'send a letter',
  'write a letter',
  'phone account',
  'jail phone',
  'bondsman',
  'bail bondsman',
  'press conference',
  'places to eat',
  'where to eat',
];

const spanishErrands: readonly string[] = [
  'horario de visita',
  'horas de visita',
  'pongo saldo',
  'localizador de detenidos',
  'localizador',
  'mandar una carta',
  'mandarle una carta',
  'escribirle una carta',
  'poner saldo',
  'ponerle saldo',
  'conferencia de prensa',
  'donde comer',
];

interface OffTopicPhrases {
  words: ReadonlySet<string>;
  otherMeanings: PhraseIndex;
  declined: PhraseIndex;
  /** Declined single words matched as written, not by stem. */
  declinedWords: ReadonlySet<string>;
  errands: PhraseIndex;
}

function offTopicPhrases(analysis: Analysis): OffTopicPhrases {
  // Questions are read without one-letter words ("a", "i") but with every number, so phrases are too.
  const stemmed = (list: readonly string[]) =>
    list.map((phrase) =>
      analysis
        .words(phrase)
        .filter((word) => word.length > 1 || /\d/.test(word))
        .map(analysis.stem),
    );
  const spanish = analysis.language === 'es';
  const others = [...otherMeanings, ...(spanish ? spanishOtherMeanings : [])];
  const single = (phrase: string) => !phrase.includes(' ');
  // Spanish stems of English words collide with Spanish words ("career" and "cara" are both
  // "car"): read by Spanish questions, the English single words match only as written.
  const declinedWords = spanish ? declinedAsks.filter(single) : [];
  const declined = [
    ...declinedAsks.filter((phrase) => !declinedWords.includes(phrase)),
    ...(spanish ? spanishDeclinedAsks : []),
  ];
  return {
    words: new Set(others.filter(single)),
    otherMeanings: phraseIndex(stemmed(others.filter((phrase) => !single(phrase)))),
    declined: phraseIndex(stemmed(declined)),
    declinedWords: new Set(declinedWords),
    errands: phraseIndex(stemmed([...errands, ...(spanish ? spanishErrands : [])])),
  };
}

interface SavedOffTopicPhrases {
  words: string[];
  otherMeanings: [string, string[][]][];
  declined: [string, string[][]][];
  declinedWords: string[];
  errands: [string, string[][]][];
}

const tables = languageTables(
  offTopicPhrases,
  (phrases): SavedOffTopicPhrases => ({
    words: [...phrases.words],
    otherMeanings: [...phrases.otherMeanings] as [string, string[][]][],
    declined: [...phrases.declined] as [string, string[][]][],
    declinedWords: [...phrases.declinedWords],
    errands: [...phrases.errands] as [string, string[][]][],
  }),
  (saved: SavedOffTopicPhrases): OffTopicPhrases => ({
    words: new Set(saved.words),
    otherMeanings: new Map(saved.otherMeanings),
    declined: new Map(saved.declined),
    declinedWords: new Set(saved.declinedWords),
    errands: new Map(saved.errands),
  }),
);
const phrasesFor = tables.of;

/** Every language's phrases of other meanings and declined asks, stemmed, as plain data. */
export type SavedOffTopicTables = ReturnType<typeof tables.saved>;

/** The phrases as a saved engine carries them: a start that loads one stems none of them again. */
export const savedOffTopicTables = tables.saved;

/** Questions from now on read these phrases (saved by `savedOffTopicTables` from this very code). */
export const useOffTopicTables = tables.use;

/** Phrases by their first stem: a question's words are looked up, not scanned against all. */
type PhraseIndex = ReadonlyMap<string, readonly string[][]>;

function phraseIndex(phrases: readonly string[][]): PhraseIndex {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const first = phrase[0];
    if (first !== undefined) byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  return byFirst;
}

function* occurrences(question: readonly string[], phrases: PhraseIndex) {
  for (let at = 0; at < question.length; at++) {
    for (const phrase of phrases.get(question[at] as string) ?? []) {
      if (phrase.every((s, j) => question[at + j] === s)) yield { at, length: phrase.length };
    }
  }
}

/**
 * Positions of the question's words that belong to a phrase of another meaning. Phrases match by
 * stem ("home runs" as "home run"), single words as written: "trusts" is not "trust".
 */
export function otherMeaningWords(
  questionWords: readonly string[],
  analysis: Analysis = analysisOf('en'),
): Set<number> {
  const phrases = phrasesFor(analysis);
  const taken = new Set<number>();
  questionWords.forEach((word, at) => {
    if (phrases.words.has(word)) taken.add(at);
  });
  const stems = questionWords.map(analysis.stem);
  for (const { at, length } of occurrences(stems, phrases.otherMeanings))
    for (let j = 0; j < length; j++) taken.add(at + j);
  if (analysis.language === 'en') {
    questionWords.forEach((_, at) => {
      if (keepsGoingOn(questionWords, at)) taken.add(at);
    });
  }
  return taken;
}

const KEEP = new Set(['keep', 'keeps', 'kept', 'keeping']);
/** A verb in -ing, as typed too ("keeps talkin"); "keep within" and "keep again" hold. */
const GOING_ON = /^(?!within$|again$|begin$)[a-z]{2,}(?:ing|[a-z]in)$/;
/** "Keeps asking", "kept calling": before a verb in -ing, "keep" means go on, not hold someone. */
const keepsGoingOn = (questionWords: readonly string[], at: number) =>
  KEEP.has(questionWords[at] ?? '') && GOING_ON.test(questionWords[at + 1] ?? '');

/**
 * Whether ICE can see or get someone's records, or be called or told about them: asked beside a
 * declined subject ("if I get the drive-only license, can ICE see my data?", "can the police
 * search my car and call la migra?"), that is the question, and this bot answers it.
 */
const AGENCY = new Set(['ice', 'migra', 'immigration', 'inmigración', 'inmigracion', 'dhs']);
const RECORDS = new Set(
  'data datos info information información informacion records registros answers respuestas address dirección direccion share shares shared sharing compartir comparte comparten see ver access acceso call calls called calling llamar llama llaman llamaron notify notified avisar avisa avisan avisaron'.split(
    ' ',
  ),
);
/**
 * Whether ICE may arrest someone: asked beside a declined errand ("my court date is for a traffic
 * ticket: can ICE arrest me inside the courthouse?"), that is the question too; so is whether
 * someone may be held or handed over for ICE.
 */
// Whether it may, not that it did ("lo agarró la migra… ¿en qué centro lo tienen?" asks where), in
// the forms that ask, with the pronouns Spanish joins to a verb: "arrestarme", "detenerlo".
const ARREST =
  /^(?:arrest(?:s|ing|ar\p{L}*|a|an|en|e)?|detain(?:s|ing|ers?)?|deport(?:s|ing|ar\p{L}*|an|en)?|detener\p{L}*|deteng\p{L}*|detien\p{L}*|agarr(?:ar\p{L}*|a|an|en|e))$/u;
// "¿Lo puede retener para la migra?", "will they hand him to ICE?"; not "my son is held at
// Wyatt… visiting hours?", which is the errand.
const HOLD = /^(?:hold|keep|retener\p{L}*|retien\p{L}*|aguant\p{L}*|entreg\p{L}*)$/u;
const COUNTING = String.raw`how many|number of|what (?:percent|percentage|share) of|cu[aá]nt[oa]s|n[uú]mero de|(?:qu[eé]|que) porcentaje de`;
/** "How many", "cuántos": a count, which the sources do not hold, whoever did the counted thing. */
const COUNT = new RegExp(String.raw`\b(?:${COUNTING}|how much)\b`);
/** How many people were arrested, deported, held, live or work somewhere: statistics, never sourced. */
const COUNT_OF_PEOPLE = new RegExp(
  String.raw`\b(?:${COUNTING})\s+(?:\p{L}+\s+)?(?:people|persons|residents|immigrants|latinos|hispanics|inmates|prisoners|arrests|deportations|detainers|agents|officers|employees|personas|gente|habitantes|inmigrantes|hispanos|presos|reos|arrestos|deportaciones|deportados|detenidos|agentes|oficiales|empleados)\b`,
  'u',
);
/** "Immigration court", "corte de inmigración", "juez de inmigración": a court, not the agency. */
const COURT_BEFORE = new Set(['corte', 'juez', 'jueza', 'audiencia', 'tribunal', 'caso']);
const COURT_AFTER = new Set(['court', 'courts', 'judge', 'judges', 'hearing', 'hearings', 'case']);
const namesCourt = (questionWords: readonly string[], at: number) =>
  COURT_AFTER.has(questionWords[at + 1] ?? '') ||
  (questionWords[at - 1] === 'de' && COURT_BEFORE.has(questionWords[at - 2] ?? ''));
const namesIce = (questionWords: readonly string[]) =>
  questionWords.some((word, at) => AGENCY.has(word) && !namesCourt(questionWords, at));
/**
 * A landlord, a boss or an ex who threatens to call ICE: the sources say what police, jails and
 * agencies may share or do, not what a private person may. Asked beside a declined errand (an
 * eviction, the heat), the call does not make it this bot's question.
 */
const PRIVATE_CALLER = new Set(
  'landlord landlady boss employer manager neighbor neighbour ex dueño dueno casero casera patron patrón jefe jefa vecino vecina'.split(
    ' ',
  ),
);
const GOVERNMENT = new Set(
  'police cops cop sheriff jail prison state city town school hospital dmv policia policía carcel cárcel estado ciudad escuela'.split(
    ' ',
  ),
);
const privateCall = (questionWords: readonly string[]) =>
  questionWords.some((word) => PRIVATE_CALLER.has(word)) &&
  !questionWords.some((word) => GOVERNMENT.has(word));

/** "Se llama José", "me llamo": a name, not a call to ICE. */
const naming = (questionWords: readonly string[], at: number) =>
  /^llam/.test(questionWords[at] ?? '') && ['se', 'me', 'te'].includes(questionWords[at - 1] ?? '');
// A word read in another meaning ("hold music", "keeps calling") asks nothing of ICE.
export const asksWhatIceMay = (
  questionWords: readonly string[],
  otherMeaning: ReadonlySet<number>,
) => {
  const records = !privateCall(questionWords);
  return (
    namesIce(questionWords) &&
    questionWords.some(
      (word, at) =>
        !otherMeaning.has(at) &&
        ((records && RECORDS.has(word) && !naming(questionWords, at)) ||
          ARREST.test(word) ||
          HOLD.test(word)),
    ) &&
    !COUNT.test(questionWords.join(' '))
  );
};

/** Whether the question asks something this bot declines whatever else it names. */
export function asksWhatIsDeclined(
  questionWords: readonly string[],
  analysis: Analysis = analysisOf('en'),
  otherMeaning: ReadonlySet<number> = otherMeaningWords(questionWords, analysis),
): boolean {
  const { declined, declinedWords, errands } = phrasesFor(analysis);
  // Whoever did the counting or was counted ("how many people were deported", "how many people
  // are in state prisons"): the sources hold no such figures.
  const countsPeople = COUNT_OF_PEOPLE.test(questionWords.join(' '));
  const stems = questionWords.map(analysis.stem);
  const found =
    questionWords.some((word) => declinedWords.has(word)) ||
    !occurrences(stems, declined).next().done;
  const errand = !occurrences(stems, errands).next().done;
  return countsPeople || errand || (found && !asksWhatIceMay(questionWords, otherMeaning));
}

import type { PlaceDirectory, PlaceScope } from '../knowledge/place-directory.js';
import { normalizeLegalText } from './analyze.js';
import { findPlaces, type PlaceMention } from './place-mentions.js';
import { readPart } from './question-terms.js';

/** When a question asks about: the years it names, and whether it looks back or at today. */
export interface QuestionEra {
  /** Years asked about; "before 2019" counts as 2018. */
  years: number[];
  /**
   * The same as spans of time, in years with fractions: 2019 is [2019, 2020), "October 2019"
   * [2019.75, 2019.83): a law that took effect that October is what "since October 2019" asks for.
   */
  spans: [number, number][];
  /** "used to", "back in", "the old rule", "originally"...: the past is asked about. */
  past: boolean;
  /** "did", "was", "were": worded in the past tense, which may or may not mean the past. */
  pastTense: boolean;
  /** "now", "still", "currently"...: today's rule is asked about, whatever else is named. */
  present: boolean;
}

/**
 * What kind of answer is wanted: a definition ("what is a detainer"), how something works ("what
 * happens when…", "how long…"), or a law's own words ("what does the statute say").
 */
export type AnswerKind = 'definition' | 'workings' | 'wording';

/** What a question says besides its search terms: where, when, about whom. */
export interface QuestionContext {
  wants?: AnswerKind;
  places: PlaceMention[];
  /** Every place key the question names, towns with their state (`@waterbury`, `@connecticut`). */
  placeKeys: ReadonlySet<string>;
  /** Asks for the whole picture ("overall, how does Connecticut deal with ICE?", "en general"). */
  asksOverview: boolean;
  /** Asks about a court case or lawsuit ("that Oregon case", "el caso Galarza"). */
  asksCase: boolean;
  /** Asks for the case itself: its name or what was decided ("what was that case called?"). */
  asksForCase: boolean;
  /** The towns and counties named only as where the asker lives or works (`@hartford`). */
  homeKeys: ReadonlySet<string>;
  /**
   * Where the question is about: Connecticut when it names a Connecticut place (and nothing
   * outside it), `covered` for another place with an entry, `elsewhere` for a place the sources do
   * not cover; undefined when it names none.
   */
  region?: PlaceScope;
  era: QuestionEra;
  /** About the news or what people said ("what did the article say", "according to Malloy"). */
  aboutNews: boolean;
  /**
   * Asks whether a story still holds ("can I still rely on it?", "¿sigue siendo cierto lo que
   * dice?"): the story is what is asked about, even beside "still".
   */
  weighsStory: boolean;
  /** Asks what federal law says or allows ("would that break federal law?"), wherever asked from. */
  aboutFederalLaw: boolean;
  /** Someone is held, arrested or facing ICE now: the answer points to legal help. */
  facingIce: boolean;
  /**
   * Someone is held or was taken, and the asker wants to know what to do or whom to call ("they
   * took my dad this morning, what do we do", "a quién llamo"): a lawyer comes first.
   */
  asksWhatToDoWhenHeld: boolean;
  /**
   * Asks what police and jails may do with ICE's holds and release dates, not about a place's own
   * policy, list or lawsuit: where a Connecticut town is named, the state's rule answers it.
   */
  aboutHolds: boolean;
  /**
   * Asks whether someone may be kept for ICE ("are they allowed to keep him?", "¿lo pueden dejar
   * encerrado?"): in Connecticut, the state's law answers that, before any federal rule.
   */
  asksMayHold: boolean;
  /** Agents are at, or came to, someone's door ("ICE knocked", "tocaron la puerta"). */
  atTheDoor: boolean;
  /** Names one of Connecticut's own rules whole ("the Trust Act"): set once the index is known. */
  namesStateRule?: boolean;
}

/** Whole words or phrases, accented letters included (`\\b` knows only ASCII letters). */
function phrases(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
}

const PAST = phrases(
  'used to|back (?:in|then|when)|the old|old (?:rule|law|trust act|policy|version)|originally|original|previous(?:ly)?|prior to|before (?:the |[a-z]+ )?(?:\\d{1,2},? )?(?:19|20)\\d\\d|at the time|in the past|historically|years ago|first trust act|back in the day|in those days|at that time|antes|antigua|antiguo|anterior|en el pasado|hace (?:unos |muchos )?(?:años|anos|tiempo|mucho)|solía|solia|en ese tiempo|en ese entonces|en aquel tiempo|en aquel entonces|en esa época|en esa epoca|cómo era|como era',
);
const PAST_TENSE = phrases(
  'did|was|were|had|used|back then|fue|fueron|era|eran|hizo|dijo|dijeron|decidi[oó]|pas[oó]|pod[ií]an?|hab[ií]an?|ten[ií]an?|hac[ií]an?|quit[oó]|firm[oó]|declar[oó]|gan[oó]|perdi[oó]|demand[oó]|orden[oó]|cumpl[ií]a',
);
const PRESENT = phrases(
  'now|today|currently|current|still|these days|nowadays|this year|anymore|ahora|hoy|actualmente|todavía|todavia|aún|aun|vigente|ahorita|hoy en d[ií]a|en este momento|sigue|siguen|todav[ií]a',
);
const HOLDS = phrases(
  'detainers?|holds?|holding|held|keep|kept|detain|release|released|releasing|retener|retenido|retenida|aguantar|soltar|liberar|custodia|solicitudes de detainer|' +
    // "Detener a alguien para ICE", "dejarlo preso pa la migra": held for ICE, not arrested.
    '(?:detener|detenerlo|detenerla|detenerme|detenga|detengan|dejar|dejarlo|dejarla|dejen|quedarse|mantener|mantenerlo|mantenerla)(?: a alguien| a una persona)? (?:pa|para|por) (?:ice|la migra|inmigraci[oó]n)|' +
    '(?:dejar|dejarlo|dejarla|dejen|lo dejan|la dejan|dejaron)(?: \\p{L}+)? (?:pres[oa]|encerrad[oa])',
);
const MAY_HOLD = phrases(
  '(?:allowed|able|permitted|legal|lawful|supposed) (?:for (?:them|the jail|the police) )?to (?:keep|hold|detain)|' +
    // After a story of someone held: "is that even legal?", "¿eso es legal aquí?".
    'is (?:that|this|it) (?:even |really )?(?:legal|lawful|allowed)|can they (?:even |really )?do that|(?:eso|esto) es (?:legal|ilegal)|es legal (?:eso|esto|que)|pueden hacer eso|' +
    '(?:can|could|may) (?:they|the jail|the police|police|the cops|cops|the sheriff|the county|the state)(?: in \\p{L}+(?:,? \\p{L}+)?)? (?:still |really |legally |even |just )?(?:keep|hold|detain)|' +
    '(?:lo|la|los|las|me|nos) (?:pueden|puede|podr[ií]an) (?:seguir )?(?:dejar|tener|retener|mantener|aguantar|detener)|' +
    '(?:pueden|puede|podr[ií]an) (?:retener|dejar|tener|mantener|aguantar|detener)(?:lo|la|los|las|me|nos)',
);
const PLACE_POLICY = phrases(
  'policy|policies|pol[ií]tica|sanctuary|santuario|list|lista|order|orden ejecutiva|mayor|alcalde|sued|lawsuit|demanda|welcoming',
);
const DOOR = phrases(
  'door|doors|front door|puerta|knock|knocks|knocked|knocking|banging on|let (?:them|him|her|em|us|ice|the agents) in|tocaron|tocando|tocan|abrirles|abrirle|' +
    // "ICE was outside my aunt's apartment… she did not open", "afuera de la casa… no abrimos".
    'outside (?:a|the|my|our|your|ur|his|her|their)(?: \\p{L}+)? (?:house|home|apartment|building)|(?:did|do|does|would|will) not open|' +
    '(?:afuera|fuera|enfrente) de (?:la|mi|su|tu|nuestra)(?: \\p{L}+)? (?:casa|apartamento|vivienda)|no (?:le |les )?(?:abr[ií]|abri[oó]|abrimos|abrieron|abras|abra)|' +
    '(?:come|coming|came|go|get|walk|barge|force their way) (?:in|into) (?:a|the|my|our|your|ur|his|her|their|someone s|somebody s|ppl s) (?:house|home|apartment|place)|' +
    'enter (?:a|the|my|our|your|ur|his|her|their|someone s|somebody s|ppl s) (?:house|home|apartment)|' +
    '(?:entrar|meterse|metersen|entrarme|meterme|entren|entraron|se metieron) (?:a|en) (?:la|mi|su|tu|nuestra|una) (?:casa|vivienda|apartamento|hogar)',
);
const AGENTS = phrases(
  'ice|immigration|migra|agents?|federal agents?|inmigraci[oó]n|agentes?|dhs|hsi|homeland security',
);
/**
 * A court case or lawsuit is asked about ("that Oregon case", "who sued", "el caso de"), or one of
 * a state's places by its kind ("an Oregon county"): the state's covered places may be meant.
 */
const COURT_CASE = phrases(
  'case|cases|lawsuit|lawsuits|sued|sue|suing|ruling|ruled|court decision|judge said|judge ruled|caso|casos|demanda|demandas|demandaron|demand[oó]|fallo|juicio|sentencia|' +
    // "An Oregon county", "un condado de Oregon": one of the state's places, by kind.
    '(?:a|an|one|that|the) (?:[a-z]+ )?(?:county|city|town)|(?:un|una|el|ese|esa) (?:condado|ciudad|pueblo)',
);
/** The case itself is asked for, by name or by what was decided; not a suit only mentioned. */
const CASE_ITSELF = phrases(
  'case|cases|caso|casos|ruling|fallo|court decision|what (?:did|was) (?:the )?(?:court|judge)s? (?:decide|decided|rule|ruled|say)|(?:que|qué) (?:decidieron|decidi[oó]|dijo el juez|dijo la corte)',
);
const OVERVIEW = phrases(
  'overall|in general|generally|tell me about|overview|big picture|the basics|everything (?:about|on)|sum up|summary of|en general|resumen|cu[eé]ntame|expl[ií]came todo|todo sobre|lo b[aá]sico|panorama',
);
const FEDERAL_LAW = phrases(
  'federal (?:law|laws|statute|rule|rules|requirement)|ley federal|leyes federales|la ley federal',
);
const NEWS = phrases(
  'news|article|articles|story|stories|piece|op-?ed|column|coverage|reported|reporter|reporters|journalist|newspaper|headlines?|press release|quoted?|interview|according to the|spokes(?:man|woman|person)|advocates?|critics|noticias|artículo|articulo|reportaje|periódico|periodico',
);
const STORY_WEIGHED = phrases(
  'rely on|reliable|accurate|accuracy|outdated|out of date|hold up|holds up|fact-?check|' +
    'sigue siendo (?:cierto|verdad|válido|valido)|(?:es|está|esta) (?:desactualizad[oa]|equivocad[oa])|confiable|confiar en',
);
const PERSONAL = phrases(
  // Spanish says who by the verb alone: "teníamos que abrirles?", "tengo que dejarlos entrar?".
  'my|mine|i|im|me|we|our|him|her|his|hers|mi|mis|yo|nosotros|nuestro|nuestra|él|ella|su|sus|tengo|tenemos|teniamos|teníamos|tenía|tenia|puedo|podemos|debo|debemos|estoy|estamos|estaba|estábamos',
);
const SITUATION = phrases(
  'arrest(?:ed|ing)?|detain(?:ed)?|detention|held|hold|holding|bail|bond|picked up|locked up|in jail|jailed|custody|deport(?:ed|ing)?|knock(?:ed|ing)?|at (?:my|the) door|outside my|raid|court date|hearing|showed up|came to|detenid[oa]s?|arrestad[oa]s?|pres[oa]s?|cárcel|carcel|deportad[oa]s?|tocando|la puerta|audiencia|corte|agarraron|agarr[oó]|se llevaron|me paran|me pararon|retenid[oa]|un hold|la migra|vinieron|llegaron|tocaron|abrirles|abrirle',
);
const DEFINITION = phrases(
  // Read after normalizeLegalText, which drops a possessive 's: "what's an I-247A" is "what an".
  "what is|what's|whats|what an?|wat is|wats|what are|q es|k es|ke es|q son|q significa|k significa|ke significa|q quiere decir|what does [\\p{L}\\d()' -]{1,40} mean|meaning of|meaning|mean by|define|definition|stand for|que es|qué es|que son|qué son|que significa|qué significa|significado|que quiere decir|qué quiere decir|para que sirve|para qué sirve|que hace|qué hace|what even is|something called|is (?:that|this|it) (?:even )?a real thing|algo llamado|una cosa llamada|wat even is|wut is|wut even is|whats even|explain [\\p{L}\\d()' -]{1,40} like (?:i'?m|im|i am) (?:\\d+|five|a kid)|eli5|in (?:simple|plain) (?:terms|words|english|language)|dumb it down|en palabras (?:sencillas|simples)|explícame (?:qué|que) es|explicame (?:qué|que) es",
);
const WORKINGS = phrases(
  'how does|how do|how can|what happens|how long|max time|maximum time|longest|how much time|walk me through|step by step|the process|how it works|como funciona|cómo funciona|que pasa|qué pasa|cuanto tiempo|cuánto tiempo|hasta cu[aá]ndo',
);
const WORDING = phrases(
  'text of|exact words|exact wording|wording|word for word|word-for-word|exact text|actual text|verbatim|what does the (?:statute|law|regulation|section|order|act) say|what does\\s+(?:section\\s+)?\\d[\\p{L}\\d.]*\\s+(?:(?:actually|really|exactly)\\s+)?say|qu[eé] dice (?:la |el )?(?:secci[oó]n\\s+)?\\d[\\p{L}\\d.]*\\s+(?:exactamente|textualmente)|full text|texto|lo que dice|qué dice exactamente|que dice exactamente|palabra por palabra',
);

const HELD = phrases(
  '(?:has|have|got|put) (?:an? )?(?:ice |immigration )?(?:hold|detainer)|arrest(?:ed|s)?|detain(?:ed|s)?|detention|held(?! up)|picked up|picks up|locked up|in jail|jailed|custody|took|takes|taken|grabbed|deport(?:ed|ing)?|detenid[oa]s?|arrestad[oa]s?|pres[oa]s?|c[aá]rcel|agarr(?:an|aron|[oó]|en)|detienen?|arrestan?|se (?:lo |la )?llev(?:aron|[oó])|retenid[oa]|tiene (?:un )?(?:hold|detainer)|le (?:pusieron|ponen|pongan)',
);
const WHAT_TO_DO = phrases(
  'what (?:do|should|can|could) (?:we|i|they|he|she|my family) (?:even |really |actually )?do|what (?:should|do) (?:we|i) be doing|what now|what are (?:my|our|his|her|their) options|what (?:are|is) (?:the )?next steps?|where (?:do|can|should) (?:we|i) (?:go|find|get|look)|who (?:do|should|can) (?:we|i) (?:call|talk to|contact)|who (?:can|could) help|need (?:a )?(?:lawyer|attorney|help)|get (?:a )?(?:lawyer|attorney)|find (?:a )?(?:lawyer|attorney)|afford (?:a )?(?:lawyer|attorney)|(?:where|how) (?:do|should|can) (?:we|i) (?:even )?(?:start|begin)|qu[eé] (?:hago|hacemos|hacer|puedo hacer|podemos hacer|debo hacer|debemos hacer)|a qui[eé]n (?:llamo|llamamos|llamar|le hablo|acudo|acudimos)|qui[eé]n (?:nos|me|le|les) puede ayudar|d[oó]nde (?:busco|buscamos|encuentro|encontramos|consigo|conseguimos|pido)|necesito (?:ayuda|un abogado|abogado)|necesitamos (?:ayuda|un abogado|abogado)|por d[oó]nde (?:empiezo|empezamos|empezar)|(?:pagar|costear) (?:un )?abogado|(?:buscar|conseguir) (?:un )?abogado',
);

function wantsOf(text: string): AnswerKind | undefined {
  if (WORDING.test(text)) return 'wording';
  if (WORKINGS.test(text)) return 'workings';
  return DEFINITION.test(text) ? 'definition' : undefined;
}

const BEFORE_YEAR =
  /\b(?:before (?:the |[a-z]+ )?(?:\d{1,2},? )?|antes de(?:l| la| que)? (?:a[nñ]o )?)((?:19|20)\d\d)\b/g;

const MONTHS = [
  ['jan', 'january', 'enero'],
  ['feb', 'february', 'febrero'],
  ['mar', 'march', 'marzo'],
  ['apr', 'april', 'abril'],
  ['may', 'mayo'],
  ['jun', 'june', 'junio'],
  ['jul', 'july', 'julio'],
  ['aug', 'august', 'agosto'],
  ['sep', 'sept', 'september', 'septiembre', 'setiembre'],
  ['oct', 'october', 'octubre'],
  ['nov', 'november', 'noviembre'],
  ['dec', 'december', 'diciembre'],
];
const monthOf = new Map(MONTHS.flatMap((names, i) => names.map((name) => [name, i] as const)));
/** "October 2019", "Oct. 1, 2019", "1 de octubre de 2019", "octubre del 2019". */
const MONTH_YEAR = new RegExp(
  `\\b(${[...monthOf.keys()].join('|')})\\.?(?: \\d{1,2},?)?(?: de| del| of)? ((?:19|20)\\d\\d)\\b`,
  'g',
);

function spansOf(text: string, years: readonly number[]): [number, number][] {
  const months = new Map<number, number>();
  for (const match of text.matchAll(MONTH_YEAR))
    months.set(Number(match[2]), monthOf.get(match[1] as string) as number);
  return years.map((year) => {
    const month = months.get(year);
    return month === undefined ? [year, year + 1] : [year + month / 12, year + (month + 1) / 12];
  });
}

/**
 * What a question asks, apart from the story it tells: its sentences that end in a question mark,
 * or else its last sentence. A story is told in the past tense ("they kept my mother, my brother
 * paid the bond"); whether it asks about the past is in the asking ("is that legal here?").
 */
function askingPart(text: string): string {
  const sentences = text.split(/(?<=[.?!])\s+/);
  if (sentences.length < 2) return text;
  const asked = sentences.filter((sentence) => sentence.includes('?'));
  return asked.length > 0 ? asked.join(' ') : (sentences.at(-1) as string);
}

function eraOf(text: string, years: readonly number[]): QuestionEra {
  const before = new Set([...text.matchAll(BEFORE_YEAR)].map((m) => Number(m[1])));
  const asked = years.map((year) => (before.has(year) ? year - 1 : year));
  return {
    years: asked,
    spans: spansOf(
      text,
      asked.filter((year) => !before.has(year + 1)),
    ).concat(asked.filter((year) => before.has(year + 1)).map((year) => [year, year + 1])),
    past: PAST.test(text),
    pastTense: PAST_TENSE.test(askingPart(text)),
    present: PRESENT.test(text),
  };
}

function regionOf(places: readonly PlaceMention[]): PlaceScope | undefined {
  const scopes = new Set(places.map((mention) => mention.place.scope));
  // A question that compares Texas with Connecticut is still about Connecticut too.
  if (scopes.has('connecticut')) return 'connecticut';
  if (scopes.has('covered')) return 'covered';
  return scopes.has('elsewhere') ? 'elsewhere' : undefined;
}

/** Reads where, when and about whom a question asks; `years` come from its search terms. */
export function questionContext(
  question: string,
  years: readonly number[],
  places: PlaceDirectory,
): QuestionContext {
  const read = readPart(question);
  const text = normalizeLegalText(read);
  const named = findPlaces(read, places);
  // A place named as where the asker is not says nothing of what is asked; its words still are
  // not searched.
  const mentions = named.filter((mention) => !mention.negated);
  const region = regionOf(mentions);
  const wants = wantsOf(text);
  // "That Oregon case": the state's covered places, whose cases may be the one meant.
  const asksCase = COURT_CASE.test(text);
  const caseAt = (mention: PlaceMention) => (asksCase ? (mention.place.contains ?? []) : []);
  return {
    ...(wants ? { wants } : {}),
    places: named,
    placeKeys: new Set(mentions.flatMap((m) => [...m.place.keys, ...caseAt(m)])),
    asksCase,
    asksForCase: CASE_ITSELF.test(text),
    asksOverview: OVERVIEW.test(text),
    homeKeys: new Set(
      mentions.flatMap((m) => (m.home && m.place.kind !== 'state' ? m.place.keys.slice(0, 1) : [])),
    ),
    ...(region ? { region } : {}),
    era: eraOf(text, years),
    aboutNews: NEWS.test(text),
    weighsStory: STORY_WEIGHED.test(text),
    aboutFederalLaw: FEDERAL_LAW.test(text),
    aboutHolds: HOLDS.test(text) && !PLACE_POLICY.test(text),
    asksMayHold: MAY_HOLD.test(text),
    facingIce: PERSONAL.test(text) && SITUATION.test(text),
    asksWhatToDoWhenHeld: PERSONAL.test(text) && HELD.test(text) && WHAT_TO_DO.test(text),
    atTheDoor: DOOR.test(text) && AGENTS.test(text),
  };
}

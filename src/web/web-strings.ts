import type { EntryKind } from '../knowledge/schema.js';
import type { Language } from '../knowledge/languages.js';

/** The pages' index sections, each a page listing entries of some kinds. */
export const sections = ['explainers', 'glossary', 'places', 'laws', 'news'] as const;
export type Section = (typeof sections)[number];

export const sectionKinds: Record<Section, readonly EntryKind[]> = {
  explainers: ['explainer'],
  glossary: ['glossary'],
  places: ['jurisdiction'],
  laws: ['law', 'case', 'document'],
  news: ['news'],
};

/** Every fixed string of the web pages, in one language: a missing one fails the type check. */
export interface WebStrings {
  languageName: string;
  /** Open Graph's locale, e.g. `en_US`. */
  ogLocale: string;
  siteName: string;
  tagline: string;
  skipToContent: string;
  sections: Record<Section, { title: string; intro: string }>;
  sources: string;
  about: string;
  search: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchTitle: string;
  searchNeedsScript: string;
  searching: string;
  noAnswer: string;
  closest: string;
  kinds: Record<EntryKind, string>;
  asOf: string;
  reviewed: string;
  related: string;
  supersededLead: string;
  currentRule: string;
  since: string;
  staleTranslation: (reviewed: string) => string;
  officialTextInEnglish: string;
  otherLanguage: string;
  notLegalAdvice: string;
  knowledgeVersion: (version: string, reviewed: string) => string;
  sourcesIntro: string;
  verification: Record<'verified' | 'partial' | 'reported', string>;
  published: string;
  aboutTitle: string;
  aboutParagraphs: readonly string[];
  homeTitle: string;
  homeIntro: string;
  start: string;
  diagramLabel: string;
}

const en: WebStrings = {
  languageName: 'English',
  ogLocale: 'en_US',
  siteName: 'Sanctuary Explainer',
  tagline: 'US “sanctuary” immigration policy, explained passage by passage from cited sources.',
  skipToContent: 'Skip to content',
  sections: {
    explainers: { title: 'Explainers', intro: 'Longer answers to the questions people ask most.' },
    glossary: {
      title: 'Glossary',
      intro: 'Short definitions of the terms in the news and the law.',
    },
    places: { title: 'Places', intro: 'What the sources say about each state, county and city.' },
    laws: {
      title: 'Laws and cases',
      intro: 'Statutes, regulations, executive orders and court cases.',
    },
    news: { title: 'News', intro: 'Recent events, with the date each one describes.' },
  },
  sources: 'Sources',
  about: 'About',
  search: 'Search',
  searchLabel: 'Ask a question',
  searchPlaceholder: 'e.g. what is an ICE detainer',
  searchTitle: 'Search the explainers',
  searchNeedsScript:
    'Search runs in your browser and needs JavaScript. Without it, browse the explainers, the glossary and the places from the menu.',
  searching: 'Searching…',
  noAnswer: 'Nothing in the sources answers that.',
  closest: 'Closest explainers:',
  kinds: {
    explainer: 'Explainer',
    glossary: 'Glossary',
    jurisdiction: 'Place',
    law: 'Law',
    case: 'Court case',
    document: 'Document',
    news: 'News',
  },
  asOf: 'As of',
  reviewed: 'reviewed',
  related: 'Related',
  supersededLead: 'This is the old rule. It no longer applies.',
  currentRule: 'The rule in force now:',
  since: 'since',
  staleTranslation: (reviewed) => `Translation of ${reviewed}; the original has changed since.`,
  officialTextInEnglish: 'Quotations of laws and court opinions are in English.',
  otherLanguage: 'Español',
  notLegalAdvice: 'General information from public sources. Not legal advice.',
  knowledgeVersion: (version, reviewed) => `Knowledge ${version}, last reviewed ${reviewed}.`,
  sourcesIntro:
    'Every source the explainers cite, with its publisher, date and link, and how far its text was checked.',
  verification: {
    verified: 'Text checked against the source.',
    partial: 'Partly checked: some facts rest on summaries.',
    reported: 'Known mainly from news reports.',
  },
  published: 'Published',
  aboutTitle: 'About this site',
  aboutParagraphs: [
    'These pages hold the same explainers as the Sanctuary Explainer bot for Discord, built from the same cited knowledge base: every passage names its sources, and every page says which date it describes and when a person last checked it.',
    'The site stores nothing about you: there are no accounts, no cookies and no analytics. Search runs in your browser; your question is never sent anywhere.',
    'This is general information from public sources. It is not legal advice. If you or someone you know is held or facing ICE now, see the explainer on getting legal help.',
  ],
  homeTitle: 'Sanctuary policy, explained with sources',
  homeIntro:
    'What a detainer is, what Section 1373 requires, what Connecticut’s Trust Act allows, and the difference between holding people for ICE and sharing information with ICE.',
  start: 'Start here',
  diagramLabel: 'Picture',
};

const es: WebStrings = {
  languageName: 'Español',
  ogLocale: 'es_US',
  siteName: 'Sanctuary Explainer',
  tagline:
    'Las políticas “santuario” de inmigración en EE. UU., explicadas pasaje por pasaje con fuentes citadas.',
  skipToContent: 'Ir al contenido',
  sections: {
    explainers: { title: 'Explicaciones', intro: 'Respuestas largas a las preguntas más comunes.' },
    glossary: {
      title: 'Glosario',
      intro: 'Definiciones cortas de los términos de las noticias y la ley.',
    },
    places: {
      title: 'Lugares',
      intro: 'Lo que dicen las fuentes sobre cada estado, condado y ciudad.',
    },
    laws: {
      title: 'Leyes y casos',
      intro: 'Leyes, reglamentos, órdenes ejecutivas y casos judiciales.',
    },
    news: { title: 'Noticias', intro: 'Hechos recientes, con la fecha que describe cada uno.' },
  },
  sources: 'Fuentes',
  about: 'Acerca de',
  search: 'Buscar',
  searchLabel: 'Haga una pregunta',
  searchPlaceholder: 'p. ej. qué es un detainer de ICE',
  searchTitle: 'Buscar en las explicaciones',
  searchNeedsScript:
    'La búsqueda funciona en su navegador y necesita JavaScript. Sin él, vea las explicaciones, el glosario y los lugares en el menú.',
  searching: 'Buscando…',
  noAnswer: 'Nada en las fuentes responde a eso.',
  closest: 'Explicaciones más cercanas:',
  kinds: {
    explainer: 'Explicación',
    glossary: 'Glosario',
    jurisdiction: 'Lugar',
    law: 'Ley',
    case: 'Caso judicial',
    document: 'Documento',
    news: 'Noticia',
  },
  asOf: 'Vigente al',
  reviewed: 'revisado el',
  related: 'Relacionado',
  supersededLead: 'Esta es la regla anterior. Ya no se aplica.',
  currentRule: 'La regla vigente:',
  since: 'desde',
  staleTranslation: (reviewed) => `Traducción del ${reviewed}; el original cambió desde entonces.`,
  officialTextInEnglish: 'Las citas de leyes y sentencias están en inglés, el idioma oficial.',
  otherLanguage: 'English',
  notLegalAdvice: 'Información general de fuentes públicas. No es asesoría legal.',
  knowledgeVersion: (version, reviewed) =>
    `Conocimiento ${version}, revisado por última vez el ${reviewed}.`,
  sourcesIntro:
    'Todas las fuentes que citan las explicaciones, con su editor, fecha y enlace, y hasta dónde se verificó su texto.',
  verification: {
    verified: 'Texto verificado con la fuente.',
    partial: 'Verificado en parte: algunos datos vienen de resúmenes.',
    reported: 'Conocido sobre todo por noticias.',
  },
  published: 'Publicado',
  aboutTitle: 'Acerca de este sitio',
  aboutParagraphs: [
    'Estas páginas tienen las mismas explicaciones que el bot Sanctuary Explainer de Discord, hechas con la misma base de conocimiento citada: cada pasaje nombra sus fuentes, y cada página dice qué fecha describe y cuándo la revisó una persona.',
    'El sitio no guarda nada sobre usted: no hay cuentas, ni cookies, ni analítica. La búsqueda funciona en su navegador; su pregunta no se envía a ninguna parte.',
    'Esto es información general de fuentes públicas. No es asesoría legal. Si usted o alguien que conoce está detenido o enfrenta a ICE ahora, vea la explicación sobre cómo conseguir ayuda legal.',
  ],
  homeTitle: 'Las políticas santuario, explicadas con fuentes',
  homeIntro:
    'Qué es un detainer, qué exige la Sección 1373, qué permite la Trust Act de Connecticut, y la diferencia entre retener personas para ICE y compartir información con ICE.',
  start: 'Empiece aquí',
  diagramLabel: 'Imagen',
};

export const webStrings: Record<Language, WebStrings> = { en, es };

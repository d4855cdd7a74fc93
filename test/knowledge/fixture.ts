/** A small, valid knowledge base in memory, and ways to corrupt one file of it at a time. */
import type { KnowledgeFiles } from '../../src/knowledge/knowledge-files.js';
import { fileHash } from '../../src/knowledge/parse-knowledge.js';

export const ROOT = 'knowledge';
/** Checks take today as a parameter; every date below lies before it. */
export const TODAY = '2026-01-15';

export const SOURCES = `${ROOT}/sources.yaml`;
export const PLACES = `${ROOT}/places.yaml`;
export const OUT_OF_SCOPE = `${ROOT}/out-of-scope.yaml`;
export const TRANSLATION = `${ROOT}/es/detainer.md`;
export const GLOSSARY = `${ROOT}/glossary/detainer.md`;
export const LAW = `${ROOT}/law/usc-8-1373.md`;
export const EXPLAINER = `${ROOT}/explainers/detainers-vs-information-sharing.md`;

const lines = (...all: string[]) => `${all.join('\n')}\n`;

const valid: Readonly<Record<string, string>> = {
  [SOURCES]: lines(
    '- id: cfr-8-287-7',
    "  title: '8 CFR § 287.7: Detainer provisions under section 287(d)(3) of the Act'",
    '  publisher: U.S. Department of Homeland Security',
    '  date: 2025-06',
    '  url: https://www.ecfr.gov/current/title-8/section-287.7',
    '  kind: regulation',
    '- id: usc-8-1373',
    "  title: '8 U.S.C. § 1373: Communication between government agencies and the INS'",
    '  publisher: U.S. Congress',
    '  date: 1996-09-30',
    '  url: https://www.law.cornell.edu/uscode/text/8/1373',
    '  kind: statute',
    '  note: Official text not verified against uscode.house.gov.',
  ),
  [EXPLAINER]: lines(
    '---',
    'title: Detainers vs. information sharing',
    'summary: A detainer asks a jail to hold someone. Section 1373 is about sharing facts.',
    'kind: explainer',
    'jurisdiction: US',
    'aliases: [detainer or 1373]',
    'tags: [detainers, 1373]',
    'as_of: 2025-10-01',
    'reviewed: 2025-11-27',
    'related: [detainer]',
    '---',
    'The two rules are often confused, but they ask for different things.[^cfr-8-287-7] [^usc-8-1373]',
    '',
    '| Rule | Asks for |',
    '| --- | --- |',
    '| Detainer | holding someone [^cfr-8-287-7:(d)] |',
    '| Section 1373 | information [^usc-8-1373:(a)] |',
  ),
  [GLOSSARY]: lines(
    '---',
    'title: What is an ICE detainer?',
    'summary: >-',
    '  A detainer is a request from ICE. It asks a jail to hold someone for up to 48 hours after',
    '  they would go free, or to tell ICE first.',
    'kind: glossary',
    'jurisdiction: US',
    'aliases: [ice hold, immigration hold]',
    'tags: [detainers, jails, 8 CFR 287.7]',
    'as_of: 2025-10-01',
    'reviewed: 2025-11-27',
    'questions: [what is an ice hold, can a jail keep me for ice]',
    '---',
    'A detainer is a form ICE sends to a jail. It asks the jail to keep holding someone',
    'so that ICE can pick them up.[^cfr-8-287-7:(a)]',
    '',
    '## How long',
    '',
    '> Such agency shall maintain custody of the alien for a period not to exceed 48 hours,',
    '> excluding Saturdays, Sundays, and holidays.[^cfr-8-287-7:(d)]',
  ),
  [LAW]: lines(
    '---',
    'title: 8 U.S.C. § 1373',
    'summary: A federal law that stops states and cities from forbidding officers to share immigration status.',
    'kind: law',
    'jurisdiction: US',
    'aliases: [section 1373]',
    'as_of: 2025-10-01',
    'reviewed: 2025-11-27',
    '---',
    'Section 1373 forbids two kinds of local rule:[^usc-8-1373:(a)]',
    '',
    '- rules that stop officers sending immigration status to ICE;[^usc-8-1373:(a)]',
    '- rules that stop officers asking ICE for it',
    '  or keeping it.[^usc-8-1373:(b)]',
  ),
};

/** The glossary entry in Spanish, made from the valid text above: passage by passage, same citations. */
export function spanishDetainer(original: string = valid[GLOSSARY] ?? ''): string {
  return lines(
    '---',
    'translation_of: detainer',
    `source_hash: ${fileHash(original)}`,
    'title: ¿Qué es un detainer de ICE?',
    'summary: Un detainer es una petición de ICE. Pide a una cárcel que retenga a alguien o que avise a ICE.',
    'reviewed: 2025-11-27',
    'questions: [que es un detainer]',
    '---',
    'Un detainer es un formulario que ICE envía a una cárcel. Pide que la cárcel siga reteniendo',
    'a alguien para que ICE lo recoja.[^cfr-8-287-7:(a)]',
    '',
    '## Cuánto tiempo',
    '',
    '> Such agency shall maintain custody of the alien for a period not to exceed 48 hours,',
    '> excluding Saturdays, Sundays, and holidays.[^cfr-8-287-7:(d)]',
    '',
    'En palabras sencillas: la cárcel puede retener a la persona hasta 48 horas, sin contar fines de semana ni feriados.[^cfr-8-287-7:(d)]',
  );
}

/** A file's new text, `null` to delete it, or an edit of its valid text. */
export type Override = string | null | ((text: string) => string);

/** Paths (e.g. `knowledge/glossary/detainer.md`) to their text, with overrides applied. */
export function knowledgeTexts(overrides: Record<string, Override> = {}): Record<string, string> {
  const texts: Record<string, string> = { ...valid };
  for (const [path, override] of Object.entries(overrides)) {
    if (override === null) delete texts[path];
    else texts[path] = typeof override === 'function' ? override(texts[path] ?? '') : override;
  }
  return texts;
}

const isTranslation = (path: string) => path.startsWith(`${ROOT}/es/`);

/** The knowledge base as `readKnowledgeFiles` would return it: entries sorted by path. */
export function knowledgeFiles(overrides: Record<string, Override> = {}): KnowledgeFiles {
  const texts = knowledgeTexts(overrides);
  const sourcesText = texts[SOURCES];
  const placesText = texts[PLACES];
  const outOfScopeText = texts[OUT_OF_SCOPE];
  return {
    sources: sourcesText === undefined ? null : { path: SOURCES, text: sourcesText },
    ...(placesText === undefined ? {} : { places: { path: PLACES, text: placesText } }),
    ...(outOfScopeText === undefined
      ? {}
      : { outOfScope: { path: OUT_OF_SCOPE, text: outOfScopeText } }),
    entries: Object.keys(texts)
      .filter((path) => path.endsWith('.md') && !isTranslation(path))
      .sort()
      .map((path) => ({ path, text: texts[path] as string })),
    translations: Object.keys(texts)
      .filter(isTranslation)
      .sort()
      .map((path) => ({ path, text: texts[path] as string })),
  };
}

/** An edit that replaces `from` with `to`, failing loudly if the fixture no longer contains `from`. */
export const replace =
  (from: string, to: string) =>
  (text: string): string => {
    if (!text.includes(from)) throw new Error(`fixture text has no ${JSON.stringify(from)}`);
    return text.replace(from, to);
  };

/** An edit that sets a one-line YAML field, e.g. `setField('kind', 'news')`. */
export const setField =
  (field: string, value: string) =>
  (text: string): string => {
    const pattern = new RegExp(`^${field}:.*$`, 'm');
    if (!pattern.test(text)) throw new Error(`fixture text has no field ${field}`);
    return text.replace(pattern, () => `${field}: ${value}`);
  };

/** The 1-based line of the first line of `text` that contains `snippet`. */
export function lineOf(text: string, snippet: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(snippet));
  if (index < 0) throw new Error(`no line contains ${JSON.stringify(snippet)}`);
  return index + 1;
}

/** The text of one file of the valid knowledge base. */
export const validText = (path: string): string => valid[path] ?? '';

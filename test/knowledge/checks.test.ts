import { describe, expect, it } from 'vitest';
import {
  MAX_SUMMARY_LENGTH,
  MAX_TITLE_LENGTH,
  checkKnowledge,
  checks,
} from '../../src/knowledge/checks.js';
import { buildKnowledge } from '../../src/knowledge/knowledge.js';
import { parseKnowledge } from '../../src/knowledge/parse-knowledge.js';
import type { Problem, Severity } from '../../src/knowledge/problem.js';
import {
  EXPLAINER,
  GLOSSARY,
  LAW,
  OUT_OF_SCOPE,
  PLACES,
  ROOT,
  SOURCES,
  TRANSLATION,
  spanishDetainer,
  TODAY,
  knowledgeFiles,
  knowledgeTexts,
  lineOf,
  replace,
  setField,
  validText,
} from './fixture.js';
import type { Override } from './fixture.js';

/** Rules reported by parsing itself rather than by a named check. */
const PARSE_RULES = ['schema', 'yaml', 'citation-syntax'];

function problemsOf(overrides: Record<string, Override> = {}): Problem[] {
  return checkKnowledge({
    knowledge: parseKnowledge(knowledgeFiles(overrides), ROOT),
    today: TODAY,
  });
}

const withoutFrontMatter = (text: string) => text.slice(text.indexOf('\n---\n') + 5);
const bodyReplacedBy = (body: string) => (text: string) =>
  text.slice(0, text.indexOf('\n---\n') + 5) + body;

/** A two-step timeline added to an entry's or a translation's front matter. */
const withDiagram = (first: string, second: string) => (text: string) =>
  text.replace(
    /^reviewed: /m,
    [
      'diagram:',
      '  kind: timeline',
      '  title: Steps',
      '  steps:',
      `    - { label: First, text: '${first}' }`,
      `    - { label: Then, text: '${second}' }`,
      'reviewed: ',
    ].join('\n'),
  );

const citedDiagram = withDiagram(
  'ICE sends the form.[^cfr-8-287-7]',
  'The jail answers.[^cfr-8-287-7]',
);

const newsEntryWithId = (id: string) => ({
  [`${ROOT}/news/${id}.md`]: [
    '---',
    'title: Jails received more detainers',
    'summary: ICE sent more detainers to jails this year than last.',
    'kind: news',
    'jurisdiction: US',
    'as_of: 2025-10-01',
    'reviewed: 2025-11-27',
    '---',
    'ICE sent more detainers this year.[^cfr-8-287-7]',
    '',
  ].join('\n'),
});

const unusedSource = [
  '- id: printz-v-united-states-1997',
  '  title: Printz v. United States, 521 U.S. 898 (1997)',
  '  publisher: Supreme Court of the United States',
  '  date: 1997-06-27',
  '  url: https://supreme.justia.com/cases/federal/us/521/898/',
  '  kind: court-opinion',
  '',
].join('\n');

interface Corruption {
  /** What the checker does with it: the test's name. */
  behaviour: string;
  rule: string;
  overrides: Record<string, Override>;
  file: string;
  /** The line of the problem: a number, or a snippet of the corrupted file's line. */
  at: number | string;
  message: RegExp;
  severity?: Severity;
  /** Other rules this corruption cannot help breaking as well. */
  also?: string[];
}

const corruptions: Corruption[] = [
  {
    behaviour: 'refuses an entry without front matter',
    rule: 'schema',
    overrides: { [EXPLAINER]: withoutFrontMatter },
    file: EXPLAINER,
    at: 1,
    message: /missing front matter: the file must start with a line "---"/,
  },
  {
    behaviour: 'refuses a knowledge base without sources.yaml',
    rule: 'schema',
    overrides: { [SOURCES]: null },
    file: SOURCES,
    at: 1,
    message: /sources\.yaml is missing/,
    also: ['known-source'],
  },
  {
    behaviour: 'refuses a source URL that is http, not https',
    rule: 'schema',
    overrides: { [SOURCES]: replace('url: https://www.law', 'url: http://www.law') },
    file: SOURCES,
    at: 'url: http://',
    message: /^url: must be an https:\/\/ link$/,
    also: ['known-source'],
  },
  {
    behaviour: 'refuses a front-matter field the format does not know, on its line',
    rule: 'schema',
    overrides: { [EXPLAINER]: replace('kind: explainer', 'kind: explainer\ncolour: red') },
    file: EXPLAINER,
    at: 'colour: red',
    message: /Unrecognized key: "colour"/,
  },
  {
    behaviour: 'refuses front matter that is not valid YAML',
    rule: 'yaml',
    overrides: { [EXPLAINER]: setField('tags', 'a: b: c') },
    file: EXPLAINER,
    at: 'tags: a: b: c',
    message: /^front matter is not valid YAML: Nested mappings/,
  },
  {
    behaviour: 'refuses a sources.yaml that is not valid YAML',
    rule: 'yaml',
    overrides: { [SOURCES]: replace('  kind: statute', '  kind: statute\n  kind: news') },
    file: SOURCES,
    at: 'kind: news',
    message: /Map keys must be unique/,
    also: ['known-source'],
  },
  {
    behaviour: 'refuses a malformed citation marker',
    rule: 'citation-syntax',
    overrides: { [GLOSSARY]: replace('(a)]', '(a)] [^Bad Id]') },
    file: GLOSSARY,
    at: '[^Bad Id]',
    message: /malformed citation marker \[\^Bad Id\]: write \[\^source-id\]/,
  },
  {
    behaviour: 'refuses a file name that is not kebab-case',
    rule: 'entry-id',
    overrides: { [LAW]: null, [`${ROOT}/law/USC_8_1373.md`]: validText(LAW) },
    file: `${ROOT}/law/USC_8_1373.md`,
    at: 1,
    message: /file name "USC_8_1373" must be kebab-case/,
  },
  {
    behaviour: 'refuses two sources with the same id',
    rule: 'unique-source-id',
    overrides: { [SOURCES]: (text) => text + validText(SOURCES).split('- id: usc')[0] + '\n' },
    file: SOURCES,
    at: 14, // the first line after the valid file's 13
    message: /source id "cfr-8-287-7" is already used on line 1/,
  },
  {
    behaviour: 'refuses two entries with the same id in different folders',
    rule: 'unique-entry-id',
    overrides: newsEntryWithId('detainer'),
    file: `${ROOT}/news/detainer.md`,
    at: 1,
    message: /entry id "detainer" is already used by knowledge\/glossary\/detainer\.md/,
  },
  {
    behaviour: 'refuses an alias that another entry already has, whatever its case',
    rule: 'unique-alias',
    overrides: { [LAW]: setField('aliases', '[section 1373, ICE Hold]') },
    file: LAW,
    at: 'aliases:',
    message: /alias "ICE Hold" is already an alias of knowledge\/glossary\/detainer\.md/,
  },
  {
    behaviour: "refuses an alias that is another entry's id",
    rule: 'unique-alias',
    overrides: { [LAW]: setField('aliases', '[section 1373, detainer]') },
    file: LAW,
    at: 'aliases:',
    message: /alias "detainer" is already the id of knowledge\/glossary\/detainer\.md/,
  },
  {
    behaviour: 'refuses a paragraph with no citation, at its first line',
    rule: 'passage-cited',
    overrides: { [GLOSSARY]: replace('them up.[^cfr-8-287-7:(a)]', 'them up.') },
    file: GLOSSARY,
    at: 'A detainer is a form',
    message: /^paragraph has no citation marker \[\^source-id\]$/,
  },
  {
    behaviour: 'refuses a list item with no citation, at the line the item starts',
    rule: 'passage-cited',
    overrides: { [LAW]: replace('keeping it.[^usc-8-1373:(b)]', 'keeping it.') },
    file: LAW,
    at: '- rules that stop officers asking',
    message: /^list item has no citation marker/,
  },
  {
    behaviour: 'refuses a table row with no citation',
    rule: 'passage-cited',
    overrides: { [EXPLAINER]: replace('information [^usc-8-1373:(a)] |', 'information |') },
    file: EXPLAINER,
    at: '| Section 1373 |',
    message: /^table row has no citation marker/,
  },
  {
    behaviour: 'refuses a block quote with no citation',
    rule: 'passage-cited',
    overrides: { [GLOSSARY]: replace('holidays.[^cfr-8-287-7:(d)]', 'holidays.') },
    file: GLOSSARY,
    at: '> Such agency',
    message: /^quote has no citation marker/,
  },
  {
    behaviour: 'refuses an entry with nothing but a heading',
    rule: 'entry-has-passages',
    overrides: { [LAW]: bodyReplacedBy('## Coming soon\n') },
    file: LAW,
    at: 1,
    message: /^entry has no passages$/,
  },
  {
    behaviour: 'refuses a citation of a source missing from sources.yaml',
    rule: 'known-source',
    overrides: { [GLOSSARY]: replace('[^cfr-8-287-7:(a)]', '[^cfr-8-287-8:(a)]') },
    file: GLOSSARY,
    at: '[^cfr-8-287-8:(a)]',
    message: /citation \[\^cfr-8-287-8\] names no source in sources\.yaml/,
  },
  {
    behaviour: 'warns about a source that no entry cites',
    rule: 'unused-source',
    overrides: { [SOURCES]: (text) => text + unusedSource },
    file: SOURCES,
    at: '- id: printz-v-united-states-1997',
    message: /source "printz-v-united-states-1997" is never cited/,
    severity: 'warning',
  },
  {
    behaviour: 'refuses a related id that names no entry',
    rule: 'known-related',
    overrides: { [EXPLAINER]: setField('related', '[detainer, no-such-entry]') },
    file: EXPLAINER,
    at: 'related:',
    message: /related entry "no-such-entry" does not exist/,
  },
  {
    behaviour: 'refuses an entry related to itself',
    rule: 'known-related',
    overrides: { [LAW]: replace('kind: law', 'kind: law\nrelated: [usc-8-1373]') },
    file: LAW,
    at: 'related:',
    message: /an entry cannot be related to itself/,
  },
  {
    behaviour: 'refuses a date that is not on the calendar',
    rule: 'real-date',
    overrides: { [GLOSSARY]: setField('as_of', '2025-02-30') },
    file: GLOSSARY,
    at: 'as_of:',
    message: /as_of "2025-02-30" is not a real date/,
  },
  {
    behaviour: 'refuses a source month that is not on the calendar',
    rule: 'real-date',
    overrides: { [SOURCES]: replace('date: 2025-06', 'date: 2025-13') },
    file: SOURCES,
    at: 'date: 2025-13',
    message: /cfr-8-287-7 date "2025-13" is not a real date/,
  },
  {
    behaviour: 'refuses a date after today',
    rule: 'date-not-future',
    overrides: { [GLOSSARY]: setField('reviewed', '2026-01-16') },
    file: GLOSSARY,
    at: 'reviewed:',
    message: /reviewed 2026-01-16 is in the future \(today is 2026-01-15\)/,
  },
  {
    behaviour: `refuses a title over ${MAX_TITLE_LENGTH} characters`,
    rule: 'discord-length',
    overrides: { [LAW]: setField('title', 't'.repeat(MAX_TITLE_LENGTH + 1)) },
    file: LAW,
    at: 'title:',
    message: /title is 101 characters; Discord shows at most 100/,
  },
  {
    behaviour: `refuses a summary over ${MAX_SUMMARY_LENGTH} characters`,
    rule: 'discord-length',
    overrides: { [LAW]: setField('summary', 's'.repeat(MAX_SUMMARY_LENGTH + 1)) },
    file: LAW,
    at: 'summary:',
    message: /summary is 281 characters; the limit is 280/,
  },
  {
    behaviour: 'refuses a summary that contains a citation marker',
    rule: 'summary-plain',
    overrides: { [LAW]: setField('summary', 'A law about sharing status.[^usc-8-1373]') },
    file: LAW,
    at: 'summary:',
    message: /summary must be plain text without \[\^markers\] or links/,
  },
  {
    behaviour: 'refuses a curated question listed under two entries',
    rule: 'unique-question',
    overrides: { [LAW]: replace('as_of:', 'questions: [What is an ICE hold?]\nas_of:') },
    file: LAW,
    at: 'questions:',
    message: /question "What is an ICE hold\?" is already listed under detainer/,
  },
  {
    behaviour: 'refuses a superseded entry that does not name what replaced it',
    rule: 'superseded-by',
    overrides: { [LAW]: replace('as_of:', 'status: superseded\nas_of:') },
    file: LAW,
    at: 'status:',
    message: /a superseded entry needs superseded_by/,
  },
  {
    behaviour: 'refuses a superseded entry replaced by another superseded entry',
    rule: 'superseded-by',
    overrides: {
      [LAW]: replace('as_of:', 'status: superseded\nsuperseded_by: detainer\nas_of:'),
      [GLOSSARY]: replace(
        'as_of:',
        'status: superseded\nsuperseded_by: detainers-vs-information-sharing\nas_of:',
      ),
    },
    file: LAW,
    at: 'superseded_by:',
    message: /superseded_by "detainer" is itself superseded/,
  },
  {
    behaviour: 'refuses superseded_by on an entry still in force',
    rule: 'superseded-by',
    overrides: { [LAW]: replace('as_of:', 'superseded_by: detainer\nas_of:') },
    file: LAW,
    at: 'superseded_by:',
    message: /superseded_by is set but status is current/,
  },
  {
    behaviour: 'refuses a rule in force only after the date it is described as of',
    rule: 'in-force-before-as-of',
    overrides: { [LAW]: replace('as_of:', 'in_force_from: 2025-11-01\nas_of:') },
    file: LAW,
    at: 'in_force_from:',
    message: /in_force_from 2025-11-01 is after as_of/,
  },
  {
    behaviour: 'refuses a glossary summary above grade 8',
    rule: 'readable-summary',
    overrides: {
      [GLOSSARY]: replace(
        'It asks a jail',
        'Notwithstanding jurisdictional considerations, administrative immigration authorities request that custodial institutions',
      ),
    },
    file: GLOSSARY,
    at: 'summary:',
    message: /summary reads at grade \d+(\.\d)?; write shorter sentences/,
  },
  {
    behaviour: "refuses an out-of-scope question that is also an entry's curated question",
    rule: 'out-of-scope',
    overrides: {
      [OUT_OF_SCOPE]: [
        'en:',
        '  - how long is a jail sentence for theft',
        '  - Can a jail keep me for ICE?',
        '',
      ].join('\n'),
    },
    file: OUT_OF_SCOPE,
    at: 'Can a jail keep me',
    message:
      /"Can a jail keep me for ICE\?" is listed as out of scope and as a way to ask "detainer"/,
  },
  {
    behaviour: 'refuses a places list that does not hold all 169 Connecticut towns',
    rule: 'places',
    overrides: {
      [PLACES]: [
        'connecticut:',
        '  entry: detainer',
        '  counties:',
        '    Hartford: [Hartford, Avon]',
        '',
      ].join('\n'),
    },
    file: PLACES,
    at: 'counties:',
    message: /Connecticut has 169 towns; the counties list 2/,
  },
  {
    behaviour: 'refuses a translation of an entry that does not exist',
    rule: 'translation-of',
    overrides: {
      [TRANSLATION]: replace(
        'translation_of: detainer',
        'translation_of: detainers',
      )(spanishDetainer()),
    },
    file: TRANSLATION,
    at: 'translation_of:',
    message: /translation_of "detainers" names no entry/,
  },
  {
    behaviour: 'refuses a translated passage that cites other sources than its original',
    rule: 'translation-citations',
    overrides: {
      [TRANSLATION]: replace(
        'lo recoja.[^cfr-8-287-7:(a)]',
        'lo recoja.[^usc-8-1373]',
      )(spanishDetainer()),
    },
    file: TRANSLATION,
    at: 'lo recoja.',
    message: /cites \[\^usc-8-1373\], which knowledge\/glossary\/detainer\.md does not cite/,
  },
  {
    behaviour: 'warns about a translation made from an older version of its original',
    rule: 'translation-stale',
    overrides: {
      [GLOSSARY]: replace('It asks a jail', 'It asks the jail'),
      [TRANSLATION]: spanishDetainer(),
    },
    file: TRANSLATION,
    at: 'source_hash:',
    message: /knowledge\/glossary\/detainer\.md changed since this translation/,
    severity: 'warning',
  },
  {
    behaviour: 'refuses a translated summary over 280 characters',
    rule: 'translation-fields',
    overrides: {
      [TRANSLATION]: spanishDetainer().replace(/^summary: .*$/m, `summary: ${'s'.repeat(281)}`),
    },
    file: TRANSLATION,
    at: 'summary:',
    message: /summary is 281 characters; the limit is 280/,
  },
  {
    behaviour: 'refuses a diagram step without a citation',
    rule: 'diagram-cited',
    overrides: {
      [GLOSSARY]: withDiagram('ICE sends the form.[^cfr-8-287-7]', 'The jail answers.'),
    },
    file: GLOSSARY,
    at: 'diagram:',
    message: /diagram step 2 \("Then"\) has no citation/,
  },
  {
    behaviour: "refuses a translated diagram step that cites another source than its original's",
    rule: 'translation-diagram',
    overrides: {
      [GLOSSARY]: citedDiagram,
      [TRANSLATION]: withDiagram(
        'ICE envía el formulario.[^cfr-8-287-7]',
        'La cárcel responde.[^usc-8-1373]',
      )(spanishDetainer(citedDiagram(validText(GLOSSARY)))),
    },
    file: TRANSLATION,
    at: 'diagram:',
    message: /diagram step 2 must cite what the original's cites: cfr-8-287-7/,
  },
  {
    behaviour: 'warns about an entry whose kind belongs in another folder',
    rule: 'kind-matches-folder',
    overrides: { [GLOSSARY]: setField('kind', 'news') },
    file: GLOSSARY,
    at: 'kind:',
    message: /kind "news" does not belong in glossary\//,
    severity: 'warning',
  },
];

describe('the valid knowledge base', () => {
  it('has no problems at all', () => {
    expect(problemsOf()).toEqual([]);
  });

  it.each([...checks.map((check) => check.name), ...PARSE_RULES])(
    'yields no %s problem',
    (rule) => {
      expect(problemsOf().filter((problem) => problem.rule === rule)).toEqual([]);
    },
  );

  it('accepts a title and a summary exactly at their limits', () => {
    const problems = problemsOf({
      [LAW]: (text) =>
        setField(
          'summary',
          's'.repeat(MAX_SUMMARY_LENGTH),
        )(setField('title', 't'.repeat(MAX_TITLE_LENGTH))(text)),
    });
    expect(problems).toEqual([]);
  });

  it('accepts a translation that follows its original passage by passage', () => {
    expect(problemsOf({ [TRANSLATION]: spanishDetainer() })).toEqual([]);
  });

  it('accepts a month-only source date in the current month', () => {
    expect(problemsOf({ [SOURCES]: replace('date: 2025-06', 'date: 2026-01') })).toEqual([]);
  });
});

describe.each(corruptions)('$rule', (corruption) => {
  it(corruption.behaviour, () => {
    const { rule, overrides, file, at, message, severity = 'error', also = [] } = corruption;
    const line = typeof at === 'number' ? at : lineOf(knowledgeTexts(overrides)[file] ?? '', at);
    const problems = problemsOf(overrides);
    expect(problems.filter((problem) => problem.rule === rule)).toEqual([
      { file, line, rule, severity, message: expect.stringMatching(message) },
    ]);
    expect(new Set(problems.map((problem) => problem.rule))).toEqual(new Set([rule, ...also]));
  });
});

describe('the checks table', () => {
  it('names every check uniquely', () => {
    const names = checks.map((check) => check.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has a corruption test for every check and every parse rule', () => {
    const tested = new Set(corruptions.map((corruption) => corruption.rule));
    const untested = [...checks.map((check) => check.name), ...PARSE_RULES].filter(
      (rule) => !tested.has(rule),
    );
    expect(untested).toEqual([]);
  });

  it('treats an unused source as a warning that does not refuse the knowledge base', () => {
    const files = knowledgeFiles({ [SOURCES]: (text) => text + unusedSource });
    const result = buildKnowledge(files, ROOT, TODAY);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map((problem) => problem.rule)).toEqual(['unused-source']);
  });

  it('refuses the whole knowledge base on any error', () => {
    const files = knowledgeFiles({ [GLOSSARY]: replace('them up.[^cfr-8-287-7:(a)]', 'them up.') });
    expect(buildKnowledge(files, ROOT, TODAY).ok).toBe(false);
  });
});

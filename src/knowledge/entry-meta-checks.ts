import type { Check } from './checks.js';
import type { Problem } from './problem.js';
import { MAX_SUMMARY_GRADE, readingGrade } from './readability.js';

type Found = Omit<Problem, 'rule' | 'severity'>;

/** Two phrasings that differ only in case, spacing or punctuation are the same question. */
export const questionKey = (question: string) =>
  question
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Kinds whose summary is the plain-language answer people read first. */
const PLAIN_KINDS: readonly string[] = ['explainer', 'glossary'];

/** Checks of the front matter that steers ranking: curated questions, periods, readability. */
export const entryMetaChecks: readonly Check[] = [
  {
    name: 'unique-question',
    severity: 'error',
    description: 'A curated question is listed under one entry only, so it has one right answer.',
    run: ({ knowledge }) => {
      const owner = new Map<string, string>();
      const found: Found[] = [];
      for (const entry of knowledge.entries) {
        for (const question of entry.frontMatter.questions) {
          const key = questionKey(question);
          const first = owner.get(key);
          if (first !== undefined) {
            found.push({
              file: entry.file,
              line: entry.fieldLines.questions ?? 1,
              message: `question "${question}" is already listed under ${first}`,
            });
          } else owner.set(key, entry.id);
        }
      }
      return found;
    },
  },
  {
    name: 'superseded-by',
    severity: 'error',
    description:
      'A superseded entry names the entry that replaced it (`superseded_by`), which is not itself superseded; no other entry names one.',
    run: ({ knowledge }) => {
      const byId = new Map(knowledge.entries.map((e) => [e.id, e]));
      return knowledge.entries.flatMap((entry): Found[] => {
        const { status, superseded_by: next } = entry.frontMatter;
        const line = entry.fieldLines.superseded_by ?? entry.fieldLines.status ?? 1;
        if (status !== 'superseded') {
          return next === undefined
            ? []
            : [{ file: entry.file, line, message: `superseded_by is set but status is ${status}` }];
        }
        if (next === undefined)
          return [{ file: entry.file, line, message: 'a superseded entry needs superseded_by' }];
        const target = byId.get(next);
        if (!target)
          return [{ file: entry.file, line, message: `superseded_by "${next}" names no entry` }];
        if (target.frontMatter.status === 'superseded')
          return [
            {
              file: entry.file,
              line,
              message: `superseded_by "${next}" is itself superseded: name the entry in force`,
            },
          ];
        return [];
      });
    },
  },
  {
    name: 'in-force-before-as-of',
    severity: 'error',
    description:
      'An entry in force since a date (`in_force_from`) describes itself as of that date or later (`as_of`).',
    run: ({ knowledge }) =>
      knowledge.entries.flatMap((entry): Found[] => {
        const { in_force_from: inForce, as_of: asOf } = entry.frontMatter;
        return inForce && inForce > asOf
          ? [
              {
                file: entry.file,
                line: entry.fieldLines.in_force_from ?? 1,
                message: `in_force_from ${inForce} is after as_of ${asOf}: the rule cannot be described before it was in force`,
              },
            ]
          : [];
      }),
  },
  {
    name: 'readable-summary',
    severity: 'error',
    description: `Explainer and glossary summaries read at US grade ${MAX_SUMMARY_GRADE} or below (Flesch–Kincaid).`,
    run: ({ knowledge }) =>
      knowledge.entries
        .filter((entry) => PLAIN_KINDS.includes(entry.frontMatter.kind))
        .map((entry) => ({ entry, grade: readingGrade(entry.frontMatter.summary) }))
        .filter(({ grade }) => grade > MAX_SUMMARY_GRADE)
        .map(({ entry, grade }) => ({
          file: entry.file,
          line: entry.fieldLines.summary ?? 1,
          message: `summary reads at grade ${grade}; write shorter sentences and plainer words (at most ${MAX_SUMMARY_GRADE})`,
        })),
  },
];

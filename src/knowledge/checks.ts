import type { ParsedEntry, ParsedKnowledge } from './parse-knowledge.js';
import type { Problem, Severity } from './problem.js';
import { entryMetaChecks } from './entry-meta-checks.js';
import { placeChecks } from './place-checks.js';
import { outOfScopeChecks } from './out-of-scope-checks.js';
import { translationChecks } from './translation-checks.js';
import { diagramChecks } from './diagram-checks.js';
import { kebabId } from './schema.js';

export interface CheckContext {
  knowledge: ParsedKnowledge;
  /** Today as YYYY-MM-DD: passed in so that checks stay pure. */
  today: string;
}

export interface Check {
  name: string;
  severity: Severity;
  description: string;
  run(context: CheckContext): Omit<Problem, 'rule' | 'severity'>[];
}

import { MAX_SOURCE_TITLE_LENGTH, MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from './field-limits.js';

export { MAX_SOURCE_TITLE_LENGTH, MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH };

const folderKinds: Record<string, readonly string[]> = {
  explainers: ['explainer'],
  glossary: ['glossary'],
  jurisdictions: ['jurisdiction'],
  law: ['law', 'case', 'document'],
  news: ['news'],
};

function isCalendarDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year as number, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function* entryDates(entry: ParsedEntry) {
  yield { field: 'as_of', value: entry.frontMatter.as_of, line: entry.fieldLines.as_of ?? 1 };
  const inForce = entry.frontMatter.in_force_from;
  if (inForce)
    yield { field: 'in_force_from', value: inForce, line: entry.fieldLines.in_force_from ?? 1 };
  yield {
    field: 'reviewed',
    value: entry.frontMatter.reviewed,
    line: entry.fieldLines.reviewed ?? 1,
  };
}

function* allDates({ knowledge }: CheckContext) {
  for (const { source, fieldLines, line } of knowledge.sources) {
    yield {
      file: knowledge.sourcesFile,
      field: `${source.id} date`,
      value: source.date,
      line: fieldLines.date ?? line,
    };
  }
  for (const entry of knowledge.entries) {
    for (const date of entryDates(entry)) yield { file: entry.file, ...date };
  }
}

/** Every file with cited passages: entries and their translations. */
const documents = (knowledge: ParsedKnowledge) => [...knowledge.entries, ...knowledge.translations];

function duplicates<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return new Map([...groups].filter(([, group]) => group.length > 1));
}

/** The named rules of `npm run kb:check`. Schema and YAML problems come from parsing itself. */
export const checks: readonly Check[] = [
  {
    name: 'entry-id',
    severity: 'error',
    description: 'A file name (the entry id) is kebab-case.',
    run: ({ knowledge }) =>
      knowledge.entries
        .filter((entry) => !kebabId.safeParse(entry.id).success)
        .map((entry) => ({
          file: entry.file,
          line: 1,
          message: `file name "${entry.id}" must be kebab-case: it is the entry's id`,
        })),
  },
  {
    name: 'unique-source-id',
    severity: 'error',
    description: 'No two sources share an id.',
    run: ({ knowledge }) =>
      [...duplicates(knowledge.sources, (s) => s.source.id)].flatMap(([id, group]) =>
        group.slice(1).map((s) => ({
          file: knowledge.sourcesFile,
          line: s.line,
          message: `source id "${id}" is already used on line ${group[0]?.line}`,
        })),
      ),
  },
  {
    name: 'unique-entry-id',
    severity: 'error',
    description: 'No two entries share an id, even in different folders.',
    run: ({ knowledge }) =>
      [...duplicates(knowledge.entries, (e) => e.id)].flatMap(([id, group]) =>
        group.slice(1).map((e) => ({
          file: e.file,
          line: 1,
          message: `entry id "${id}" is already used by ${group[0]?.file}`,
        })),
      ),
  },
  {
    name: 'unique-alias',
    severity: 'error',
    description: "An alias names one entry only, and is not another entry's id.",
    run: ({ knowledge }) => {
      const owners = new Map<string, string>();
      for (const entry of knowledge.entries) owners.set(entry.id, `the id of ${entry.file}`);
      const problems: Omit<Problem, 'rule' | 'severity'>[] = [];
      for (const entry of knowledge.entries) {
        const own = new Set<string>();
        for (const alias of entry.frontMatter.aliases) {
          const key = alias.trim().toLowerCase();
          const owner = owners.get(key);
          if (own.has(key) || (owner && owner !== `the id of ${entry.file}`)) {
            problems.push({
              file: entry.file,
              line: entry.fieldLines.aliases ?? 1,
              message: `alias "${alias}" is already ${own.has(key) ? 'listed in this entry' : owner}`,
            });
          }
          own.add(key);
          if (!owner) owners.set(key, `an alias of ${entry.file}`);
        }
      }
      return problems;
    },
  },
  {
    name: 'passage-cited',
    severity: 'error',
    description: 'Every paragraph and quote, list item and table row carries a citation marker.',
    run: ({ knowledge }) =>
      documents(knowledge).flatMap((entry) =>
        entry.blocks.flatMap((block) => {
          if (block.parts.length > 0) {
            const what = block.type === 'table' ? 'table row' : 'list item';
            return block.parts
              .filter((part) => part.citations.length === 0)
              .map((part) => ({
                file: entry.file,
                line: part.line,
                message: `${what} has no citation marker [^source-id]`,
              }));
          }
          if (block.citations.length > 0) return [];
          return [
            {
              file: entry.file,
              line: block.line,
              message: `${block.type} has no citation marker [^source-id]`,
            },
          ];
        }),
      ),
  },
  {
    name: 'entry-has-passages',
    severity: 'error',
    description: 'An entry has at least one cited passage to show.',
    run: ({ knowledge }) =>
      knowledge.entries
        .filter((entry) => entry.blocks.length === 0)
        .map((entry) => ({ file: entry.file, line: 1, message: 'entry has no passages' })),
  },
  {
    name: 'known-source',
    severity: 'error',
    description: 'A citation names a source listed in sources.yaml.',
    run: ({ knowledge }) => {
      const known = new Set(knowledge.sources.map((s) => s.source.id));
      return documents(knowledge).flatMap((entry) =>
        entry.blocks
          .flatMap((block) => block.citations)
          .filter((citation) => !known.has(citation.sourceId))
          .map((citation) => ({
            file: entry.file,
            line: citation.line,
            message: `citation [^${citation.sourceId}] names no source in sources.yaml`,
          })),
      );
    },
  },
  {
    name: 'unused-source',
    severity: 'warning',
    description: 'Every source in sources.yaml is cited somewhere.',
    run: ({ knowledge }) => {
      const cited = new Set(
        knowledge.entries.flatMap((e) =>
          e.blocks.flatMap((b) => b.citations.map((c) => c.sourceId)),
        ),
      );
      return knowledge.sources
        .filter((s) => !cited.has(s.source.id))
        .map((s) => ({
          file: knowledge.sourcesFile,
          line: s.line,
          message: `source "${s.source.id}" is never cited`,
        }));
    },
  },
  {
    name: 'known-related',
    severity: 'error',
    description: 'Every id in `related` names an existing entry other than itself.',
    run: ({ knowledge }) => {
      const ids = new Set(knowledge.entries.map((e) => e.id));
      return knowledge.entries.flatMap((entry) =>
        entry.frontMatter.related
          .filter((id) => !ids.has(id) || id === entry.id)
          .map((id) => ({
            file: entry.file,
            line: entry.fieldLines.related ?? 1,
            message:
              id === entry.id
                ? 'an entry cannot be related to itself'
                : `related entry "${id}" does not exist`,
          })),
      );
    },
  },
  {
    name: 'real-date',
    severity: 'error',
    description: 'Dates are real calendar dates.',
    run: (context) =>
      [...allDates(context)]
        .filter((date) => !isCalendarDate(date.value))
        .map((date) => ({
          file: date.file,
          line: date.line,
          message: `${date.field} "${date.value}" is not a real date`,
        })),
  },
  {
    name: 'date-not-future',
    severity: 'error',
    description: 'No date lies after today: the knowledge describes what has happened.',
    run: (context) =>
      [...allDates(context)]
        .filter((date) => date.value.localeCompare(context.today.slice(0, date.value.length)) > 0)
        .map((date) => ({
          file: date.file,
          line: date.line,
          message: `${date.field} ${date.value} is in the future (today is ${context.today})`,
        })),
  },
  {
    name: 'discord-length',
    severity: 'error',
    description: `Titles fit a Discord autocomplete choice (${MAX_TITLE_LENGTH}), summaries ${MAX_SUMMARY_LENGTH}, source titles an embed field name (${MAX_SOURCE_TITLE_LENGTH}).`,
    run: ({ knowledge }) => [
      ...knowledge.entries.flatMap((entry) => {
        const { title, summary, aliases } = entry.frontMatter;
        const found: Omit<Problem, 'rule' | 'severity'>[] = [];
        if (title.length > MAX_TITLE_LENGTH) {
          found.push({
            file: entry.file,
            line: entry.fieldLines.title ?? 1,
            message: `title is ${title.length} characters; Discord shows at most ${MAX_TITLE_LENGTH}`,
          });
        }
        if (summary.length > MAX_SUMMARY_LENGTH) {
          found.push({
            file: entry.file,
            line: entry.fieldLines.summary ?? 1,
            message: `summary is ${summary.length} characters; the limit is ${MAX_SUMMARY_LENGTH}`,
          });
        }
        for (const alias of aliases.filter((a) => a.length > MAX_TITLE_LENGTH)) {
          found.push({
            file: entry.file,
            line: entry.fieldLines.aliases ?? 1,
            message: `alias "${alias.slice(0, 40)}…" is longer than ${MAX_TITLE_LENGTH} characters`,
          });
        }
        return found;
      }),
      ...knowledge.sources
        .filter((s) => s.source.title.length > MAX_SOURCE_TITLE_LENGTH)
        .map((s) => ({
          file: knowledge.sourcesFile,
          line: s.fieldLines.title ?? s.line,
          message: `source title is ${s.source.title.length} characters; Discord shows at most ${MAX_SOURCE_TITLE_LENGTH}`,
        })),
    ],
  },
  {
    name: 'summary-plain',
    severity: 'error',
    description:
      'A summary is plain text: no citation markers or Markdown links (it is shown beside its citations).',
    run: ({ knowledge }) =>
      knowledge.entries
        .filter((entry) => /\[\^|\]\(/.test(entry.frontMatter.summary))
        .map((entry) => ({
          file: entry.file,
          line: entry.fieldLines.summary ?? 1,
          message: 'summary must be plain text without [^markers] or links',
        })),
  },
  {
    name: 'kind-matches-folder',
    severity: 'warning',
    description: 'An entry sits in the folder for its kind, so curators find it.',
    run: ({ knowledge }) =>
      knowledge.entries
        .filter((entry) => {
          const allowed = folderKinds[entry.folder];
          return allowed !== undefined && !allowed.includes(entry.frontMatter.kind);
        })
        .map((entry) => ({
          file: entry.file,
          line: entry.fieldLines.kind ?? 1,
          message: `kind "${entry.frontMatter.kind}" does not belong in ${entry.folder}/`,
        })),
  },
  ...entryMetaChecks,
  ...placeChecks,
  ...outOfScopeChecks,
  ...translationChecks,
  ...diagramChecks,
];

/** Runs every named check and returns parse problems and check problems, sorted by file and line. */
export function checkKnowledge(context: CheckContext): Problem[] {
  const found: Problem[] = [
    ...context.knowledge.problems,
    ...checks.flatMap((check) =>
      check.run(context).map((p) => ({ ...p, rule: check.name, severity: check.severity })),
    ),
  ];
  return found.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

import type { Check } from './checks.js';
import { findCitations, type Citation } from './parse-body.js';
import type { ParsedKnowledge } from './parse-knowledge.js';
import type { Problem } from './problem.js';
import type { Diagram } from './schema.js';

type Found = Omit<Problem, 'rule' | 'severity'>;

/** The citations of each step of a diagram, in order. */
export const stepCitations = (diagram: Diagram, line: number): Citation[][] =>
  diagram.steps.map((step) => findCitations(step.text, line).citations);

const keys = (citations: readonly Citation[]) =>
  citations
    .map((c) => `${c.sourceId}${c.pinpoint ? `:${c.pinpoint}` : ''}`)
    .sort()
    .join(' ');

/** Every file whose front matter may hold a diagram: entries and their translations. */
function diagrams(knowledge: ParsedKnowledge) {
  return [...knowledge.entries, ...knowledge.translations].flatMap((document) => {
    const { diagram } = document.frontMatter;
    return diagram
      ? [{ file: document.file, line: document.fieldLines.diagram ?? 1, diagram }]
      : [];
  });
}

/** Diagrams are cited like passages, step by step, and translated step for step. */
export const diagramChecks: readonly Check[] = [
  {
    name: 'diagram-cited',
    severity: 'error',
    description: 'Each step of a diagram cites a source listed in sources.yaml.',
    run: ({ knowledge }) => {
      const known = new Set(knowledge.sources.map((s) => s.source.id));
      return diagrams(knowledge).flatMap(({ file, line, diagram }): Found[] =>
        stepCitations(diagram, line).flatMap((citations, i) => {
          const step = `diagram step ${i + 1} ("${diagram.steps[i]?.label}")`;
          if (citations.length === 0) return [{ file, line, message: `${step} has no citation` }];
          return citations
            .filter((c) => !known.has(c.sourceId))
            .map((c) => ({
              file,
              line,
              message: `${step} cites [^${c.sourceId}], which names no source in sources.yaml`,
            }));
        }),
      );
    },
  },
  {
    name: 'translation-diagram',
    severity: 'error',
    description:
      "A translation's diagram has its original's steps, in order, citing the same sources.",
    run: ({ knowledge }) => {
      const originals = new Map(knowledge.entries.map((e) => [e.id, e]));
      return knowledge.translations.flatMap((t): Found[] => {
        const mine = t.frontMatter.diagram;
        if (!mine) return [];
        const line = t.fieldLines.diagram ?? 1;
        const theirs = originals.get(t.frontMatter.translation_of)?.frontMatter.diagram;
        if (!theirs) return [{ file: t.file, line, message: 'the original has no diagram' }];
        if (mine.kind !== theirs.kind || mine.steps.length !== theirs.steps.length)
          return [
            {
              file: t.file,
              line,
              message: `the diagram must have the original's ${theirs.steps.length} ${theirs.kind} steps`,
            },
          ];
        const original = stepCitations(theirs, line);
        return stepCitations(mine, line).flatMap((citations, i) =>
          keys(citations) === keys(original[i] ?? [])
            ? []
            : [
                {
                  file: t.file,
                  line,
                  message: `diagram step ${i + 1} must cite what the original's cites: ${keys(original[i] ?? []) || 'nothing'}`,
                },
              ],
        );
      });
    },
  },
];

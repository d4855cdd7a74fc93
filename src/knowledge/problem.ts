export type Severity = 'error' | 'warning';

/** One thing wrong with the knowledge base, located to a file and line. */
export interface Problem {
  file: string;
  line: number;
  rule: string;
  severity: Severity;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.severity} [${problem.rule}] ${problem.message}`;
}

export const hasErrors = (problems: readonly Problem[]) =>
  problems.some((problem) => problem.severity === 'error');

/** Problems that stop a file from being read at all: the others often follow from them. */
const ROOT_CAUSE_RULES: readonly string[] = ['yaml', 'schema', 'citation-syntax'];

/** The same problems, those that stop a file from being read first, otherwise as they were. */
export const rootCausesFirst = (problems: readonly Problem[]): Problem[] => [
  ...problems.filter((p) => ROOT_CAUSE_RULES.includes(p.rule)),
  ...problems.filter((p) => !ROOT_CAUSE_RULES.includes(p.rule)),
];

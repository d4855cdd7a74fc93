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

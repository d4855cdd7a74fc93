import type { Knowledge } from '../knowledge/knowledge.js';
import { MAX_SUMMARY_GRADE, readingGrade } from '../knowledge/readability.js';
import { median } from './statistics.js';

export interface GradeDistribution {
  kinds: readonly string[];
  count: number;
  mean: number;
  median: number;
  max: number;
  /** Summaries per whole grade, e.g. { 5: 3, 6: 10 }. */
  byGrade: Record<number, number>;
  aboveLimit: number;
}

/** The reading grade of the summaries of some kinds of entry, as a distribution. */
export function summaryGrades(
  knowledge: Knowledge,
  kinds: readonly string[] = ['explainer', 'glossary'],
): GradeDistribution {
  const grades = knowledge.entries
    .filter((entry) => kinds.includes(entry.kind))
    .map((entry) => readingGrade(entry.summary))
    .sort((a, b) => a - b);
  const byGrade: Record<number, number> = {};
  for (const grade of grades) byGrade[Math.floor(grade)] = (byGrade[Math.floor(grade)] ?? 0) + 1;
  return {
    kinds,
    count: grades.length,
    mean: grades.reduce((a, b) => a + b, 0) / (grades.length || 1),
    median: median(grades),
    max: grades.at(-1) ?? 0,
    byGrade,
    aboveLimit: grades.filter((grade) => grade > MAX_SUMMARY_GRADE).length,
  };
}

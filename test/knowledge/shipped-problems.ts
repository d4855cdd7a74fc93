import { checkKnowledge } from '../../src/knowledge/checks.js';
import type { KnowledgeFiles } from '../../src/knowledge/knowledge-files.js';
import { parseKnowledge } from '../../src/knowledge/parse-knowledge.js';
import type { Problem } from '../../src/knowledge/problem.js';
import { readKnowledgeFiles } from '../../src/knowledge/read-knowledge-files.js';

const shipped = await readKnowledgeFiles('knowledge');
const today = new Date().toISOString().slice(0, 10);

/** The problems of `rules` in the shipped knowledge, with one of its data files edited. */
export function shippedProblems(
  file: 'places' | 'outOfScope',
  edit: (text: string) => string,
  rules: readonly string[],
): Problem[] {
  const listed = shipped[file];
  if (!listed) throw new Error(`the shipped knowledge has no ${file} file`);
  const files: KnowledgeFiles = { ...shipped, [file]: { ...listed, text: edit(listed.text) } };
  return checkKnowledge({ knowledge: parseKnowledge(files, 'knowledge'), today }).filter((p) =>
    rules.includes(p.rule),
  );
}

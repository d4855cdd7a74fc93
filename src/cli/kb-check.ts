/** `npm run kb:check [DIR]`: checks the knowledge base and prints `file:line: message` per problem. */
import { parseKnowledge } from '../knowledge/parse-knowledge.js';
import { checkKnowledge } from '../knowledge/checks.js';
import { readKnowledgeFiles } from '../knowledge/read-knowledge-files.js';
import { DEFAULT_KNOWLEDGE_DIR, todayIso } from '../knowledge/load-knowledge.js';
import { formatProblem, hasErrors } from '../knowledge/problem.js';
import { exitQuietlyOnClosedPipe } from './closed-pipe.js';

exitQuietlyOnClosedPipe();
const dir = process.argv[2] ?? DEFAULT_KNOWLEDGE_DIR;

try {
  const files = await readKnowledgeFiles(dir);
  const parsed = parseKnowledge(files, dir);
  const problems = checkKnowledge({ knowledge: parsed, today: todayIso() });
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const passages = parsed.entries.reduce((n, e) => n + e.blocks.length, 0);
  console.log(
    `${dir}: ${parsed.entries.length} entries, ${passages} passages, ${parsed.sources.length} sources; ` +
      `${errors} error(s), ${warnings} warning(s)`,
  );
  process.exitCode = hasErrors(problems) ? 1 : 0;
} catch (error) {
  console.error(`kb:check: cannot read ${dir}: ${(error as Error).message}`);
  process.exitCode = 2;
}

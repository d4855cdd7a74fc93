import { loadKnowledge, DEFAULT_KNOWLEDGE_DIR } from '../knowledge/load-knowledge.js';
import { formatProblem, type Problem } from '../knowledge/problem.js';
import { createAnswerEngine, type AnswerEngine } from './answer-engine.js';

export type EngineResult =
  { ok: true; engine: AnswerEngine; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Reads, checks and indexes the knowledge base. Invalid knowledge is an error value, never half-served. */
export async function loadEngine(
  dir = process.env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR,
): Promise<EngineResult> {
  const loaded = await loadKnowledge(dir);
  if (!loaded.ok) return loaded;
  return { ok: true, engine: createAnswerEngine(loaded.knowledge), warnings: loaded.warnings };
}

/** A message for people when the knowledge base cannot be served. */
export function describeKnowledgeProblems(problems: readonly Problem[], shown = 10): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const lines = errors.slice(0, shown).map(formatProblem);
  if (errors.length > shown)
    lines.push(`… and ${errors.length - shown} more (run npm run kb:check)`);
  return `The knowledge base has ${errors.length} error(s):\n${lines.join('\n')}`;
}

import { knowledgeVersion } from '../knowledge/knowledge-version.js';
import { formatProblem, type Problem } from '../knowledge/problem.js';
import { DEFAULT_KNOWLEDGE_DIR, readKnowledgeFiles } from '../knowledge/read-knowledge-files.js';
import { createAnswerEngine, type AnswerEngine } from './answer-engine.js';
import { buildSnapshots, type EngineSnapshots } from './engine-snapshot.js';

export type EngineResult =
  { ok: true; engine: AnswerEngine; warnings: Problem[] } | { ok: false; problems: Problem[] };

export interface LoadEngineOptions {
  /** Where built engines are kept between runs; default: the running build's (none from sources). */
  snapshots?: EngineSnapshots;
}

/**
 * Reads, checks and indexes the knowledge base. Invalid knowledge is an error value, never
 * half-served. Knowledge this build has indexed before is loaded from its snapshot instead. The
 * engine keeps only what queries read: a long-running process holds it for its whole life.
 */
export async function loadEngine(
  dir = process.env.KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR,
  { snapshots = buildSnapshots() }: LoadEngineOptions = {},
): Promise<EngineResult> {
  const files = await readKnowledgeFiles(dir);
  const saved = await snapshots?.load(knowledgeVersion(files));
  // A snapshot's indexes hold no build tables: nothing to release.
  if (saved) return { ok: true, ...saved };
  // The parser and checker need the YAML, front matter and schema libraries: loaded to build only.
  const [{ buildKnowledge }, { todayIso }] = await Promise.all([
    import('../knowledge/knowledge.js'),
    import('../knowledge/load-knowledge.js'),
  ]);
  const built = buildKnowledge(files, dir, todayIso());
  if (!built.ok) return built;
  const engine = createAnswerEngine(built.knowledge);
  await snapshots?.save(engine, built.warnings);
  return { ok: true, engine, warnings: built.warnings };
}

/** A message for people when the knowledge base cannot be served. */
export function describeKnowledgeProblems(problems: readonly Problem[], shown = 10): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const lines = errors.slice(0, shown).map(formatProblem);
  if (errors.length > shown)
    lines.push(`… and ${errors.length - shown} more (run npm run kb:check)`);
  return `The knowledge base has ${errors.length} error(s):\n${lines.join('\n')}`;
}

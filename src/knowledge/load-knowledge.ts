import { buildKnowledge, type LoadResult } from './knowledge.js';
import { DEFAULT_KNOWLEDGE_DIR, readKnowledgeFiles } from './read-knowledge-files.js';

export { DEFAULT_KNOWLEDGE_DIR };

export const todayIso = (now: Date = new Date()) => now.toISOString().slice(0, 10);

/** Reads and checks the knowledge base in `dir`: the one edge between the disk and the core. */
export async function loadKnowledge(
  dir = DEFAULT_KNOWLEDGE_DIR,
  now = new Date(),
): Promise<LoadResult> {
  return buildKnowledge(await readKnowledgeFiles(dir), dir, todayIso(now));
}

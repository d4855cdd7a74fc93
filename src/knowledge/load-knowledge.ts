import { buildKnowledge, type LoadResult } from './knowledge.js';
import { readKnowledgeFiles } from './read-knowledge-files.js';

export const DEFAULT_KNOWLEDGE_DIR = 'knowledge';

export const todayIso = (now: Date = new Date()) => now.toISOString().slice(0, 10);

/** Reads and checks the knowledge base in `dir`: the one edge between the disk and the core. */
export async function loadKnowledge(
  dir = DEFAULT_KNOWLEDGE_DIR,
  now = new Date(),
): Promise<LoadResult> {
  return buildKnowledge(await readKnowledgeFiles(dir), dir, todayIso(now));
}

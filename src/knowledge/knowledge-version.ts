import { createHash } from 'node:crypto';
import type { KnowledgeFiles } from './knowledge-files.js';

/** A short hash of every file of a knowledge base: it changes whenever any content changes. */
export function knowledgeVersion(files: KnowledgeFiles): string {
  const hash = createHash('sha256');
  for (const file of [
    files.sources,
    files.places ?? null,
    files.outOfScope ?? null,
    ...files.entries,
    ...(files.translations ?? []),
  ]) {
    if (file) hash.update(file.path).update('\0').update(file.text).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

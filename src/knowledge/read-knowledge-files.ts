import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeFiles, TextFile } from './knowledge-files.js';

export const DEFAULT_KNOWLEDGE_DIR = 'knowledge';
export const SOURCES_FILE = 'sources.yaml';

async function listMarkdown(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) found.push(...(await listMarkdown(full)));
    else if (item.isFile() && item.name.endsWith('.md') && item.name !== 'README.md')
      found.push(full);
  }
  return found.sort();
}

/** Reads `sources.yaml` and every entry file below `dir`. Paths in the result are relative to the cwd. */
export async function readKnowledgeFiles(dir: string): Promise<KnowledgeFiles> {
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  const read = async (file: string): Promise<TextFile> => ({
    path: shown(file),
    text: await readFile(file, 'utf8'),
  });
  const sourcesPath = path.join(dir, SOURCES_FILE);
  const sources = await read(sourcesPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  const entries = await Promise.all((await listMarkdown(dir)).map(read));
  return { sources, entries };
}

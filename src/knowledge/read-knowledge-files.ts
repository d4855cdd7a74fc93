import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeFiles, TextFile } from './knowledge-files.js';
import { translatedLanguages } from './languages.js';

export const DEFAULT_KNOWLEDGE_DIR = 'knowledge';
export const SOURCES_FILE = 'sources.yaml';
export const PLACES_FILE = 'places.yaml';

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
  const readIfPresent = (file: string) =>
    read(path.join(dir, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
  const translated = (file: string) =>
    (translatedLanguages as readonly string[]).includes(
      path.relative(dir, file).split(path.sep)[0] ?? '',
    );
  const files = await listMarkdown(dir);
  const [sources, places, entries, translations] = await Promise.all([
    readIfPresent(SOURCES_FILE),
    readIfPresent(PLACES_FILE),
    Promise.all(files.filter((file) => !translated(file)).map(read)),
    Promise.all(files.filter(translated).map(read)),
  ]);
  return { sources, places, entries, translations };
}

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { KnowledgeFiles, TextFile } from './knowledge-files.js';
import { translatedLanguages } from './languages.js';

export const DEFAULT_KNOWLEDGE_DIR = 'knowledge';
export const SOURCES_FILE = 'sources.yaml';
export const PLACES_FILE = 'places.yaml';
export const OUT_OF_SCOPE_FILE = 'out-of-scope.yaml';

function listMarkdown(dir: string): string[] {
  const found: string[] = [];
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) found.push(...listMarkdown(full));
    else if (item.isFile() && item.name.endsWith('.md') && item.name !== 'README.md')
      found.push(full);
  }
  return found.sort();
}

/** Reads `sources.yaml` and every entry file below `dir`. Paths in the result are relative to the cwd. */
export async function readKnowledgeFiles(dir: string): Promise<KnowledgeFiles> {
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  // Listed and read one after another, synchronously: some 150 small files in a few folders take
  // a quarter of the time they take through the thread pool, and every start reads them all to
  // know the knowledge's hash.
  const read = (file: string): TextFile => ({
    path: shown(file),
    text: readFileSync(file, 'utf8'),
  });
  const readIfPresent = (file: string) => {
    try {
      return read(path.join(dir, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };
  const translated = (file: string) =>
    (translatedLanguages as readonly string[]).includes(
      path.relative(dir, file).split(path.sep)[0] ?? '',
    );
  const files = listMarkdown(dir);
  return {
    sources: readIfPresent(SOURCES_FILE),
    places: readIfPresent(PLACES_FILE),
    outOfScope: readIfPresent(OUT_OF_SCOPE_FILE),
    entries: files.filter((file) => !translated(file)).map(read),
    translations: files.filter(translated).map(read),
  };
}

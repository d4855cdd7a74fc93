/** A copy of the shipped knowledge base in a temporary folder, for tests that edit it. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/run-cli.js';

export interface KnowledgeCopy {
  dir: string;
  /** Replaces `from` with `to` in one file (path relative to the knowledge folder); fails if absent. */
  edit(file: string, from: string, to: string): void;
  /** Deletes one file (path relative to the knowledge folder), e.g. a translation. */
  drop(file: string): void;
  remove(): void;
}

export function copyKnowledge(): KnowledgeCopy {
  const root = mkdtempSync(join(tmpdir(), 'sanctuary-knowledge-'));
  const dir = join(root, 'knowledge');
  cpSync(join(repoRoot, 'knowledge'), dir, { recursive: true });
  return {
    dir,
    edit(file, from, to) {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
      writeFileSync(path, text.replace(from, to));
    },
    drop: (file) => rmSync(join(dir, file)),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../src/knowledge/parse-body.js';
import { parseKnowledge } from '../../src/knowledge/parse-knowledge.js';
import { readKnowledgeFiles } from '../../src/knowledge/read-knowledge-files.js';
import { compiled } from '../support/run-cli.js';
import { GLOSSARY, ROOT, knowledgeTexts, lineOf, replace } from './fixture.js';
import type { Override } from './fixture.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const realKnowledge = path.join(repoRoot, 'knowledge');

const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kb-check-'));
  tempDirs.push(dir);
  return dir;
}

/** Writes the fixture knowledge base, with overrides, to a fresh temp folder. */
async function writeKnowledge(overrides: Record<string, Override> = {}): Promise<string> {
  const dir = await tempDir();
  for (const [file, text] of Object.entries(knowledgeTexts(overrides))) {
    const target = path.join(dir, path.relative(ROOT, file));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  return dir;
}

function kbCheck(dir: string): { status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, [compiled('src/cli/kb-check.ts'), dir], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout };
}

/** How kb:check shows a file: relative to its working directory, the repo root. */
const shown = (file: string) => path.relative(repoRoot, file);

describe('npm run kb:check', () => {
  it('accepts a valid knowledge base with exit code 0', async () => {
    const dir = await writeKnowledge();
    const { status, stdout } = kbCheck(dir);
    expect(stdout).toContain('3 entries, 6 passages, 2 sources; 0 error(s), 0 warning(s)');
    expect(status).toBe(0);
  });

  it('refuses a paragraph with no citation with exit code 1, naming file and line', async () => {
    const overrides = { [GLOSSARY]: replace('them up.[^cfr-8-287-7:(a)]', 'them up.') };
    const dir = await writeKnowledge(overrides);
    const line = lineOf(knowledgeTexts(overrides)[GLOSSARY] ?? '', 'A detainer is a form');
    const { status, stdout } = kbCheck(dir);
    const file = shown(path.join(dir, 'glossary/detainer.md'));
    expect(stdout.split('\n')).toContain(
      `${file}:${line}: error [passage-cited] paragraph has no citation marker [^source-id]`,
    );
    expect(status).toBe(1);
  });

  it.skipIf(!existsSync(path.join(realKnowledge, 'sources.yaml')))(
    'refuses a corrupted copy of the real knowledge base',
    async () => {
      const dir = await tempDir();
      await cp(realKnowledge, dir, { recursive: true });
      const parsed = parseKnowledge(await readKnowledgeFiles(dir), dir);
      const isCitedParagraph = (b: Block) => b.type === 'paragraph' && b.citations.length > 0;
      const entry = parsed.entries.find((e) => e.blocks.some(isCitedParagraph));
      const paragraph = entry?.blocks.find(isCitedParagraph);
      if (!entry || !paragraph) throw new Error('the real knowledge base has no cited paragraph');

      // Remove every marker from the paragraph: from its first line to the next blank line.
      const file = path.resolve(entry.file);
      const lines = (await readFile(file, 'utf8')).split('\n');
      for (let i = paragraph.line - 1; i < lines.length && lines[i]?.trim(); i++) {
        lines[i] = (lines[i] as string).replace(/\s*\[\^[^\]]*\]/g, '');
      }
      await writeFile(file, lines.join('\n'));

      const { status, stdout } = kbCheck(dir);
      expect(stdout).toContain(`${shown(file)}:${paragraph.line}: error [passage-cited]`);
      expect(status).toBe(1);
    },
  );
});

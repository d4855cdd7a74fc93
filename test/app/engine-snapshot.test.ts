/**
 * An engine loaded from its snapshot answers exactly as the engine that was built, and a
 * snapshot is used only by the build that saved it, for the knowledge it was made of: anything
 * else, including a damaged file, is rebuilt.
 */
import { readFileSync, readdirSync, utimesSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineSnapshots } from '../../src/app/engine-snapshot.js';
import { loadEngine } from '../../src/app/load-engine.js';
import { answerJson } from '../../src/cli/answer-json.js';
import { HARD_INPUTS } from '../../bench/queries.js';
import { repoRoot } from '../support/run-cli.js';

const folder = () => mkdtempSync(path.join(tmpdir(), 'engine-snapshots-'));

const lines = (file: string) =>
  readFileSync(path.join(repoRoot, file), 'utf8').split('\n').filter(Boolean);

/** Real questions, paraphrases with typos (prefix and fuzzy matching), off-topic and hostile input. */
const QUESTIONS = [
  ...lines('test/search/paraphrases.jsonl').map((line) => (JSON.parse(line) as { q: string }).q),
  ...lines('eval/spanish.jsonl')
    .filter((_, i) => i % 4 === 0)
    .map((line) => (JSON.parse(line) as { q: string }).q),
  ...lines('test/search/unanswerable.txt'),
  ...HARD_INPUTS,
];

/** The shipped knowledge, built once and saved in a folder of its own. */
const shipped = (async () => {
  const dir = folder();
  const snapshots = engineSnapshots(dir, 'build-a');
  const loaded = await loadEngine('knowledge', { snapshots });
  if (!loaded.ok) throw new Error('the shipped knowledge does not load');
  return { dir, snapshots, engine: loaded.engine, warnings: loaded.warnings };
})();

// Indexing the shipped knowledge in both languages, twice, takes a while on a busy machine.
describe('engine snapshots', { timeout: 60_000 }, () => {
  it('answer every question exactly as the engine that was built', async () => {
    const { snapshots, engine, warnings } = await shipped;
    const restored = await snapshots.load(engine.knowledge.version);
    expect(restored).toBeDefined();
    for (const question of QUESTIONS) {
      expect(answerJson(restored!.engine.ask(question))).toEqual(answerJson(engine.ask(question)));
    }
    expect(restored?.warnings).toEqual(warnings);
  });

  it('are written in ASCII alone, yet keep every accent of the Spanish knowledge', async () => {
    const { dir, snapshots, engine } = await shipped;
    const [file] = readdirSync(dir);
    const text = readFileSync(path.join(dir, file!), 'utf8');
    // Printable ASCII alone: JSON.stringify writes no line breaks or control characters raw.
    expect(text).not.toMatch(/[^\x20-\x7e]/);
    const restored = await snapshots.load(engine.knowledge.version);
    const titles = (e: typeof engine) => e.indexes.es.knowledge.entries.map((entry) => entry.title);
    expect(titles(restored!.engine).some((title) => /[áéíóúñ]/.test(title))).toBe(true);
    expect(titles(restored!.engine)).toEqual(titles(engine));
  });

  it('are used only by the build that saved them, for the knowledge they were made of', async () => {
    const { dir, engine } = await shipped;
    const { version } = engine.knowledge;
    expect(await engineSnapshots(dir, 'build-a').load(version)).toBeDefined();
    expect(await engineSnapshots(dir, 'build-b').load(version)).toBeUndefined();
    expect(await engineSnapshots(dir, 'build-a').load('000000000000')).toBeUndefined();
  });

  it('rebuild a damaged snapshot, and save a good one in its place', async () => {
    const { engine, warnings } = await shipped;
    const dir = folder();
    const snapshots = engineSnapshots(dir, 'build-a');
    await snapshots.save(engine, warnings);
    const [file] = readdirSync(dir);
    writeFileSync(path.join(dir, file ?? ''), '{"format": 2, "knowledge": ');
    expect(await snapshots.load(engine.knowledge.version)).toBeUndefined();
    const again = await loadEngine('knowledge', { snapshots });
    expect(again.ok).toBe(true);
    expect(await snapshots.load(engine.knowledge.version)).toBeDefined();
  });

  it('keep the four most recent', async () => {
    const { engine, warnings } = await shipped;
    const dir = folder();
    const old = Date.now() / 1000 - 3600;
    for (let i = 0; i < 5; i++) {
      const stale = path.join(dir, `engine-build-a-00000000000${i}.json`);
      writeFileSync(stale, '{}');
      utimesSync(stale, old + i, old + i);
    }
    await engineSnapshots(dir, 'build-a').save(engine, warnings);
    const kept = readdirSync(dir).sort();
    expect(kept).toHaveLength(4);
    expect(kept).toContain(`engine-build-a-${engine.knowledge.version}.json`);
    expect(kept).not.toContain('engine-build-a-000000000000.json');
  });
});

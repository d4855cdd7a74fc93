import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdEngine } from '../../src/app/engine-holder.js';
import { createKnowledgeReloader, watchKnowledge } from '../../src/app/knowledge-reloader.js';
import { loadEngine } from '../../src/app/load-engine.js';
import { createLogger, silentLogger } from '../../src/log.js';
import { copyKnowledge, type KnowledgeCopy } from './knowledge-copy.js';

const TRUST_ACT = 'glossary/trust-act.md';
let copy: KnowledgeCopy | undefined;
afterEach(() => copy?.remove());

/**
 * The engine of the first copy, loaded once: every copy starts as the same knowledge, so each
 * test starts serving it without reading, checking and indexing it again.
 */
let shipped: Promise<Awaited<ReturnType<typeof loadEngine>>> | undefined;

async function setup() {
  copy = copyKnowledge();
  const loaded = await (shipped ??= loadEngine(copy.dir));
  if (!loaded.ok) throw new Error('the shipped knowledge does not load');
  const engines = holdEngine(loaded.engine);
  const reloaded = vi.fn();
  const reloader = createKnowledgeReloader({
    dir: copy.dir,
    engines,
    log: silentLogger(),
    onReloaded: reloaded,
  });
  return { copy, engines, reloader, reloaded, first: loaded.engine };
}

// Each test reads and checks a copy of the whole knowledge twice, in both languages.
describe('createKnowledgeReloader', { timeout: 60_000 }, () => {
  it('swaps in the edited knowledge for every holder of the engine, then says so', async () => {
    const { copy, engines, reloader, reloaded, first } = await setup();
    copy.edit(
      TRUST_ACT,
      'limits when state and local officers',
      'limits when Connecticut officers',
    );
    const outcome = await reloader.reload();
    expect(outcome).toMatchObject({ ok: true, previousVersion: first.knowledge.version });
    expect(engines.current).not.toBe(first);
    expect(engines.current.knowledge.entriesById.get('trust-act')?.summary).toMatch(
      /limits when Connecticut officers/,
    );
    expect(reloaded).toHaveBeenCalledWith(engines.current);
  });

  it('refuses invalid knowledge: keeps serving the last good engine and returns the problems', async () => {
    const { copy, engines, reloader, reloaded, first } = await setup();
    copy.edit(TRUST_ACT, 'kind: glossary', 'kind: rumour');
    const outcome = await reloader.reload();
    expect(outcome).toMatchObject({ ok: false, servingVersion: first.knowledge.version });
    expect(!outcome.ok && outcome.problems.some((p) => p.file.endsWith(TRUST_ACT))).toBe(true);
    expect(engines.current).toBe(first);
    expect(reloaded).not.toHaveBeenCalled();
  });

  it('logs each problem of a refused reload as file:line: message', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const { copy, engines } = await setup();
    const reloader = createKnowledgeReloader({
      dir: copy.dir,
      engines,
      log: createLogger({ level: 'info', destination: sink }),
    });
    copy.edit(TRUST_ACT, 'kind: glossary', 'kind: rumour');
    copy.edit('glossary/detainer.md', 'as_of:', 'as_of: not-a-date\nformerly_as_of:');
    const outcome = await reloader.reload();
    const errors = outcome.ok ? [] : outcome.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(2);

    const refused = lines
      .map((line) => JSON.parse(line))
      .find((l) => l.msg === 'knowledge reload refused');
    expect(refused.problems).toHaveLength(errors.length);
    for (const problem of refused.problems) expect(problem).toMatch(/^\S+\.md:\d+: /);
    expect(refused.problems.join('\n')).toMatch(/trust-act\.md:\d+: .*kind/);
    expect(refused.problems.join('\n')).toMatch(/detainer\.md:\d+: /);
  });

  it('treats a folder that cannot be read as invalid, not as a crash', async () => {
    const { copy, engines, reloader, first } = await setup();
    copy.remove();
    const outcome = await reloader.reload();
    expect(outcome.ok).toBe(false);
    expect(engines.current).toBe(first);
  });
});

describe('watchKnowledge', () => {
  /** Watches the copy; `reloads(n)` waits until the n-th reload. */
  async function watching() {
    const { copy, reloader } = await setup();
    // What a reload does is tested above; here only that the watcher asks for one.
    const reload = vi.spyOn(reloader, 'reload').mockResolvedValue({
      ok: true,
      version: 'v',
      previousVersion: 'v',
      warnings: 0,
    });
    const watch = watchKnowledge(copy.dir, reloader, silentLogger());
    stops.push(watch.stop);
    await watch.ready;
    const reloads = (count: number) =>
      vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(count), { timeout: 5000 });
    return { copy, reloads };
  }
  const stops: (() => Promise<void>)[] = [];
  afterEach(() => Promise.all(stops.splice(0).map((stop) => stop())));

  /** How editors and `sed -i` save: write a new file beside it, then rename it over the old. */
  const saveByRename = (path: string, text: string) => {
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
  };

  it('keeps hearing a file after it was saved by renaming over it', async () => {
    const { copy, reloads } = await watching();
    const file = join(copy.dir, TRUST_ACT);
    saveByRename(
      file,
      readFileSync(file, 'utf8').replace('limits when state', 'limits when State'),
    );
    await reloads(1);
    saveByRename(
      file,
      readFileSync(file, 'utf8').replace('limits when State', 'limits when state'),
    );
    await reloads(2);
  });

  it('hears an append to a file', async () => {
    const { copy, reloads } = await watching();
    appendFileSync(join(copy.dir, TRUST_ACT), '\n');
    await reloads(1);
    appendFileSync(join(copy.dir, TRUST_ACT), '\n');
    await reloads(2);
  });

  it('hears files in a folder made after it started', async () => {
    const { copy, reloads } = await watching();
    mkdirSync(join(copy.dir, 'opinions'));
    const entry = readFileSync(join(copy.dir, TRUST_ACT), 'utf8');
    writeFileSync(join(copy.dir, 'opinions', 'trust-act-note.md'), entry);
    await reloads(1);
    appendFileSync(join(copy.dir, 'opinions', 'trust-act-note.md'), '\n');
    await reloads(2);
  });

  it('reloads once a burst of file changes settles', async () => {
    const { copy, reloads } = await watching();
    copy.edit(TRUST_ACT, 'limits when state', 'limits when State');
    copy.edit(TRUST_ACT, 'limits when State', 'limits when state');
    await reloads(1);
    // Nothing more follows once the burst has settled.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await reloads(1);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdEngine } from '../../src/app/engine-holder.js';
import { createKnowledgeReloader, watchKnowledge } from '../../src/app/knowledge-reloader.js';
import { loadEngine } from '../../src/app/load-engine.js';
import { silentLogger } from '../../src/log.js';
import { copyKnowledge, type KnowledgeCopy } from './knowledge-copy.js';

const TRUST_ACT = 'glossary/trust-act.md';
let copy: KnowledgeCopy | undefined;
afterEach(() => copy?.remove());

async function setup() {
  copy = copyKnowledge();
  const loaded = await loadEngine(copy.dir);
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

describe('createKnowledgeReloader', () => {
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

  it('treats a folder that cannot be read as invalid, not as a crash', async () => {
    const { copy, engines, reloader, first } = await setup();
    copy.remove();
    const outcome = await reloader.reload();
    expect(outcome.ok).toBe(false);
    expect(engines.current).toBe(first);
  });
});

describe('watchKnowledge', () => {
  it('reloads once a burst of file changes settles', async () => {
    const { copy, reloader } = await setup();
    const reload = vi.spyOn(reloader, 'reload');
    const stop = watchKnowledge(copy.dir, reloader, silentLogger());
    try {
      copy.edit(TRUST_ACT, 'limits when state', 'limits when State');
      copy.edit(TRUST_ACT, 'limits when State', 'limits when state');
      await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1), { timeout: 3000 });
    } finally {
      stop();
    }
  });
});

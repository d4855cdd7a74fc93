import { describe, expect, it, vi } from 'vitest';
import { holdEngine } from '../../src/app/engine-holder.js';
import { silentLogger } from '../../src/log.js';
import { postExplainer } from '../../src/pins/post-explainer.js';
import { createPinRefresher, refreshPins } from '../../src/pins/refresh-pins.js';
import { renderPinned } from '../../src/pins/render-pinned.js';
import { fixtureEngine } from '../discord/engine.js';
import { EXPLAINER, GLOSSARY, LAW, replace } from '../knowledge/fixture.js';
import { openTestStore } from '../store/temp-store.js';
import { failures, fakeDiscord } from './fake-discord.js';

const GUILD = '200000000000000001';
const NOW = new Date('2026-02-03T08:00:00Z');
const edited = { [GLOSSARY]: replace('up to 48 hours', 'up to two days') };

/** Two tracked explainers, `detainer` and `usc-8-1373`, in two channels. */
async function twoPins() {
  const discord = fakeDiscord();
  const store = openTestStore();
  const engine = fixtureEngine();
  const deps = { engine, store, discord, clock: () => new Date('2026-01-15T12:00:00Z') };
  for (const [topic, channelId] of [
    ['detainer', '300000000000000001'],
    ['usc-8-1373', '300000000000000002'],
  ] as const) {
    const outcome = await postExplainer(deps, { guildId: GUILD, channelId, topic });
    if (outcome.kind !== 'posted') throw new Error(`could not post ${topic}: ${outcome.kind}`);
  }
  discord.calls.length = 0;
  const refreshDeps = { store, discord, log: silentLogger(), clock: () => NOW };
  const pinOf = async (topic: string) =>
    (await store.pins.all()).find((pin) => pin.topic === topic);
  return { discord, store, refreshDeps, pinOf };
}

describe('refreshPins', () => {
  it('edits in place only the messages whose topic changed, with the date, and records it', async () => {
    const { discord, refreshDeps, pinOf } = await twoPins();
    const engine = fixtureEngine(edited);
    const report = await refreshPins(engine, refreshDeps);

    const detainer = await pinOf('detainer');
    expect(report).toMatchObject({ checked: 2, unchanged: 1, updated: [detainer?.messageId] });
    expect(discord.calls.map((c) => [c.method, c.messageId])).toEqual([
      ['editMessage', detainer?.messageId],
    ]);
    const sent = discord.calls[0]?.payload;
    expect(sent?.content).toBe('*Updated on 2026-02-03: the knowledge base changed.*');
    expect(JSON.stringify(sent)).toContain('up to two days');
    expect(detainer).toMatchObject({
      contentHash: renderPinned(engine, 'detainer').contentHash,
      knowledgeVersion: engine.knowledge.version,
      refreshedAt: NOW.toISOString(),
    });
  });

  it('edits nothing when nothing a pinned topic shows has changed', async () => {
    const { discord, refreshDeps } = await twoPins();
    // A new knowledge version, but the flagship is not pinned and neither pin shows its words.
    const unrelated = fixtureEngine({
      [EXPLAINER]: replace('often confused', 'often mixed up'),
    });
    const report = await refreshPins(unrelated, refreshDeps);
    expect(report).toMatchObject({ checked: 2, unchanged: 2, updated: [] });
    expect(discord.calls).toEqual([]);
  });

  it('marks a deleted message or channel orphaned and carries on with the rest', async () => {
    const { discord, refreshDeps, pinOf } = await twoPins();
    const detainer = (await pinOf('detainer'))?.messageId ?? '';
    discord.messages.delete(detainer);
    const both = fixtureEngine({
      ...edited,
      [LAW]: replace('forbids two kinds', 'bars two kinds'),
    });
    const report = await refreshPins(both, refreshDeps);
    expect(report.orphaned).toEqual([detainer]);
    expect(report.updated).toEqual([(await pinOf('usc-8-1373'))?.messageId]);
    expect((await pinOf('detainer'))?.orphaned).toBe(true);

    discord.calls.length = 0;
    await refreshPins(fixtureEngine(), refreshDeps);
    expect(discord.calls.map((c) => c.messageId)).not.toContain(detainer);
  });

  it('treats an unknown channel as gone too', async () => {
    const { discord, refreshDeps, pinOf } = await twoPins();
    discord.failNext('editMessage', failures.unknownChannel);
    const report = await refreshPins(fixtureEngine(edited), refreshDeps);
    expect(report.orphaned).toEqual([(await pinOf('detainer'))?.messageId]);
  });

  it('leaves a message it may not edit stale, to try again next time, without throwing', async () => {
    const { discord, refreshDeps, pinOf } = await twoPins();
    const before = await pinOf('detainer');
    discord.failNext('editMessage', failures.missingPermissions);
    const report = await refreshPins(fixtureEngine(edited), refreshDeps);
    expect(report.failed).toEqual([before?.messageId]);
    expect(await pinOf('detainer')).toEqual(before);
    expect((await refreshPins(fixtureEngine(edited), refreshDeps)).updated).toEqual([
      before?.messageId,
    ]);
  });

  it('survives the store failing under it', async () => {
    const { store, refreshDeps } = await twoPins();
    await store.close();
    await expect(refreshPins(fixtureEngine(edited), refreshDeps)).resolves.toMatchObject({
      checked: 0,
    });
  });
});

describe('createPinRefresher', () => {
  it('runs one pass at a time; requests during a pass share one more pass on the newest engine', async () => {
    const { discord, refreshDeps, pinOf } = await twoPins();
    // Hold the first pass inside its first edit until the test lets it go.
    let started = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const edit = discord.editMessage;
    discord.editMessage = async (...args) => {
      started += 1;
      await gate;
      return edit(...args);
    };
    const engines = holdEngine(fixtureEngine(edited));
    const refresher = createPinRefresher({ ...refreshDeps, engines });
    const first = refresher.refresh();
    await vi.waitFor(() => expect(started).toBe(1));

    engines.replace(fixtureEngine());
    const second = refresher.refresh();
    expect(refresher.refresh()).toBe(second);
    expect(second).not.toBe(first);
    release();
    await Promise.all([first, second]);
    // The first pass edited to the new wording; the queued one, on the engine now served, back.
    expect(started).toBe(2);
    expect((await pinOf('detainer'))?.contentHash).toBe(
      renderPinned(engines.current, 'detainer').contentHash,
    );
  });
});

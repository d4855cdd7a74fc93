import { describe, expect, it } from 'vitest';
import { postExplainer } from '../../src/pins/post-explainer.js';
import { removeExplainer } from '../../src/pins/remove-explainer.js';
import { fixtureEngine } from '../discord/engine.js';
import { openTestStore } from '../store/temp-store.js';
import { failures, fakeDiscord } from './fake-discord.js';

const GUILD = '200000000000000001';
const HERE = '300000000000000001';
const THERE = '300000000000000002';

async function pinned(places: [topic: string, channelId: string][]) {
  const discord = fakeDiscord();
  const store = openTestStore();
  const engine = fixtureEngine();
  const deps = { engine, store, discord, clock: () => new Date('2026-01-15T12:00:00Z') };
  for (const [topic, channelId] of places)
    await postExplainer(deps, { guildId: GUILD, channelId, topic });
  const ids = (await store.pins.all()).map((pin) => pin.messageId);
  return { deps, discord, store, ids };
}

describe('removeExplainer', () => {
  it('unpins by message id and forgets; the message itself stays', async () => {
    const { deps, discord, store, ids } = await pinned([['detainer', HERE]]);
    const [id = ''] = ids;
    const outcome = await removeExplainer(deps, { guildId: GUILD, channelId: HERE, which: id });
    expect(outcome).toMatchObject({ kind: 'removed', wasGone: false });
    expect(discord.pinned.has(id)).toBe(false);
    expect(discord.messages.has(id)).toBe(true);
    expect(await store.pins.all()).toEqual([]);
  });

  it('finds one by its message link or its topic, this channel first', async () => {
    const { deps, ids } = await pinned([
      ['detainer', HERE],
      ['detainer', THERE],
    ]);
    const link = `https://discord.com/channels/${GUILD}/${THERE}/${ids[1]}`;
    expect(
      await removeExplainer(deps, { guildId: GUILD, channelId: HERE, which: link }),
    ).toMatchObject({
      kind: 'removed',
      pin: { channelId: THERE },
    });
    expect(
      await removeExplainer(deps, { guildId: GUILD, channelId: HERE, which: 'ICE hold' }),
    ).toMatchObject({
      kind: 'removed',
      pin: { channelId: HERE },
    });
  });

  it('asks which one when a topic is pinned in several other channels', async () => {
    const { deps } = await pinned([
      ['detainer', HERE],
      ['detainer', THERE],
    ]);
    const elsewhere = '300000000000000003';
    const outcome = await removeExplainer(deps, {
      guildId: GUILD,
      channelId: elsewhere,
      which: 'detainer',
    });
    expect(outcome.kind).toBe('ambiguous');
  });

  it('forgets one whose message was already deleted', async () => {
    const { deps, discord, store, ids } = await pinned([['detainer', HERE]]);
    discord.messages.delete(ids[0] ?? '');
    const outcome = await removeExplainer(deps, {
      guildId: GUILD,
      channelId: HERE,
      which: 'detainer',
    });
    expect(outcome).toMatchObject({ kind: 'removed', wasGone: true });
    expect(await store.pins.all()).toEqual([]);
  });

  it('keeps tracking one it could not unpin, and says why', async () => {
    const { deps, discord, store } = await pinned([['detainer', HERE]]);
    discord.failNext('unpinMessage', failures.missingPermissions);
    const outcome = await removeExplainer(deps, {
      guildId: GUILD,
      channelId: HERE,
      which: 'detainer',
    });
    expect(outcome).toMatchObject({ kind: 'failed', failure: { code: 50013 } });
    expect(await store.pins.all()).toHaveLength(1);
  });

  it('says so when nothing matches, and never touches another server’s pins', async () => {
    const { deps, ids } = await pinned([['detainer', HERE]]);
    const outcome = await removeExplainer(deps, {
      guildId: '200000000000000009',
      channelId: HERE,
      which: ids[0] ?? '',
    });
    expect(outcome.kind).toBe('not-found');
  });
});

import { PermissionFlagsBits } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { postExplainer, type PinDeps } from '../../src/pins/post-explainer.js';
import { renderPinned } from '../../src/pins/render-pinned.js';
import { fixtureEngine } from '../discord/engine.js';
import { openTestStore } from '../store/temp-store.js';
import { BOT_NEEDS } from './explainer-interactions.js';
import { failures, fakeDiscord } from './fake-discord.js';

const GUILD = '200000000000000001';
const HERE = '300000000000000001';
const NOW = new Date('2026-01-15T12:00:00Z');

function setup() {
  const discord = fakeDiscord();
  const store = openTestStore();
  const deps: PinDeps = { engine: fixtureEngine(), store, discord, clock: () => NOW };
  return { discord, store, deps };
}

const request = { guildId: GUILD, channelId: HERE, topic: 'ice hold' };

describe('postExplainer', () => {
  it('posts the entry named by id, alias or title, pins it, and records it', async () => {
    const { discord, store, deps } = setup();
    const outcome = await postExplainer(deps, request);
    expect(outcome.kind).toBe('posted');
    const [pin] = await store.pins.all(GUILD);
    expect(pin).toEqual({
      guildId: GUILD,
      channelId: HERE,
      messageId: expect.stringMatching(/^\d+$/),
      topic: 'detainer',
      language: 'en',
      contentHash: renderPinned(deps.engine, 'detainer').contentHash,
      knowledgeVersion: deps.engine.knowledge.version,
      postedAt: NOW.toISOString(),
      refreshedAt: null,
      orphaned: false,
    });
    expect(discord.pinned.has(pin?.messageId ?? '')).toBe(true);
    expect(discord.calls.map((c) => c.method)).toEqual([
      'botPermissions',
      'postMessage',
      'pinMessage',
    ]);
  });

  it('uses the permissions Discord sent with the interaction instead of asking', async () => {
    const { discord, deps } = setup();
    const known = { permissions: BOT_NEEDS, thread: false };
    await postExplainer(deps, { ...request, knownPermissions: known });
    expect(discord.calls.map((c) => c.method)).toEqual(['postMessage', 'pinMessage']);
  });

  it('names every permission the bot lacks, and posts nothing', async () => {
    const { discord, deps } = setup();
    discord.permissions = { permissions: PermissionFlagsBits.ViewChannel, thread: false };
    expect(await postExplainer(deps, request)).toEqual({
      kind: 'missing-permissions',
      missing: ['Send Messages', 'Embed Links', 'Pin Messages'],
    });
    expect(discord.calls.map((c) => c.method)).toEqual(['botPermissions']);
  });

  it('accepts Manage Messages for pinning, as Discord still does', async () => {
    const { deps } = setup();
    const older =
      (BOT_NEEDS & ~PermissionFlagsBits.PinMessages) | PermissionFlagsBits.ManageMessages;
    const outcome = await postExplainer(deps, {
      ...request,
      knownPermissions: { permissions: older, thread: false },
    });
    expect(outcome.kind).toBe('posted');
  });

  it('at the pin limit, deletes its post again and says so', async () => {
    const { discord, store, deps } = setup();
    discord.failNext('pinMessage', failures.maxPins);
    expect(await postExplainer(deps, request)).toEqual({ kind: 'pin-limit' });
    expect(discord.messages.size).toBe(0);
    expect(await store.pins.all()).toEqual([]);
  });

  it('does not post the same topic twice in one channel', async () => {
    const { discord, deps } = setup();
    await postExplainer(deps, request);
    const again = await postExplainer(deps, { ...request, topic: 'detainer' });
    expect(again.kind).toBe('already-pinned');
    expect(discord.calls.filter((c) => c.method === 'postMessage')).toHaveLength(1);
  });

  it('offers close topics for one that does not exist', async () => {
    const { discord, deps } = setup();
    const outcome = await postExplainer(deps, { ...request, topic: 'detainers' });
    expect(outcome.kind).toBe('unknown-topic');
    expect(outcome.kind === 'unknown-topic' && outcome.suggestions.length).toBeGreaterThan(0);
    expect(discord.calls).toEqual([]);
  });

  it('reports a channel Discord does not know', async () => {
    const { discord, deps } = setup();
    discord.failNext('botPermissions', failures.unknownChannel);
    expect(await postExplainer(deps, request)).toMatchObject({
      kind: 'failed',
      step: 'permissions',
      failure: { code: 10003 },
    });
  });
});

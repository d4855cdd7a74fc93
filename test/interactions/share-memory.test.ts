import { describe, expect, it } from 'vitest';
import { createShareMemory, messageLink } from '../../src/interactions/share-memory.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 15, 12, minutes));

describe('createShareMemory', () => {
  it('remembers a share in a channel for the window, then forgets it', async () => {
    const shares = createShareMemory(5);
    await shares.remember('c1', 'share:entry:detainer', 'i1', at(0));
    expect(await shares.recent('c1', 'share:entry:detainer', at(4))).toEqual({
      at: at(0).getTime(),
    });
    expect(await shares.recent('c2', 'share:entry:detainer', at(1))).toBeUndefined();
    expect(await shares.recent('c1', 'share:entry:trust-act', at(1))).toBeUndefined();
    expect(await shares.recent('c1', 'share:entry:detainer', at(5))).toBeUndefined();
  });

  it('attaches the posted message link learned later by the transport', async () => {
    const shares = createShareMemory(5);
    await shares.remember('c1', 'k', 'i1', at(0));
    shares.attachLink('i1', messageLink('g1', 'c1', 'm1'));
    expect((await shares.recent('c1', 'k', at(1)))?.link).toBe(
      'https://discord.com/channels/g1/c1/m1',
    );
    shares.attachLink('unknown', 'https://example.com');
  });

  it('is off at 0 minutes', async () => {
    const shares = createShareMemory(0);
    await shares.remember('c1', 'k', 'i1', at(0));
    expect(await shares.recent('c1', 'k', at(0))).toBeUndefined();
  });

  it('links a DM post with @me', async () => {
    expect(messageLink(undefined, 'c', 'm')).toBe('https://discord.com/channels/@me/c/m');
  });
});

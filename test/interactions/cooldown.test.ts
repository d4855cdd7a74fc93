import { describe, expect, it } from 'vitest';
import { createCooldown } from '../../src/interactions/cooldown.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 15, 12, 0, seconds));

describe('createCooldown', () => {
  it('lets the first action through and blocks the next until the cooldown ends', async () => {
    const cooldown = createCooldown(3);
    expect(await cooldown.take('1', at(0))).toEqual({ ok: true });
    expect(await cooldown.take('1', at(1))).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(await cooldown.take('1', at(3))).toEqual({ ok: true });
  });

  it('counts people and buckets apart', async () => {
    const cooldown = createCooldown(3);
    expect(await cooldown.take('1', at(0))).toEqual({ ok: true });
    expect(await cooldown.take('2', at(0))).toEqual({ ok: true });
    expect(await cooldown.take('1', at(0), 'share')).toEqual({ ok: true });
  });

  it('is off at 0 seconds', async () => {
    const cooldown = createCooldown(0);
    expect(await cooldown.take('1', at(0))).toEqual({ ok: true });
    expect(await cooldown.take('1', at(0))).toEqual({ ok: true });
  });

  it('keeps serving many distinct people (expired entries are swept)', async () => {
    const cooldown = createCooldown(1);
    for (let i = 0; i < 5000; i++) expect((await cooldown.take(String(i), at(i))).ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { createVoteMemory } from '../../src/interactions/vote-memory.js';

const day = (d: number, hour = 12) => new Date(Date.UTC(2026, 0, d, hour));

describe('createVoteMemory', () => {
  it('counts a person once per passage per UTC day', async () => {
    const votes = createVoteMemory();
    expect(await votes.firstToday('1', 'trust-act#2', day(15, 0))).toBe(true);
    expect(await votes.firstToday('1', 'trust-act#2', day(15, 23))).toBe(false);
    expect(await votes.firstToday('1', 'trust-act#3', day(15))).toBe(true);
    expect(await votes.firstToday('2', 'trust-act#2', day(15))).toBe(true);
    expect(await votes.firstToday('1', 'trust-act#2', day(16, 0))).toBe(true);
  });

  it('keeps today’s votes while it sweeps past days away', async () => {
    const votes = createVoteMemory();
    for (let i = 0; i < 3000; i++) await votes.firstToday(String(i), 'p', day(15));
    expect(await votes.firstToday('7', 'p', day(16))).toBe(true);
    for (let i = 0; i < 3000; i++) await votes.firstToday(String(i), 'q', day(16));
    expect(await votes.firstToday('7', 'p', day(16))).toBe(false);
  });
});

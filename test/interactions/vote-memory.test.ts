import { describe, expect, it } from 'vitest';
import { createVoteMemory } from '../../src/interactions/vote-memory.js';

const day = (d: number, hour = 12) => new Date(Date.UTC(2026, 0, d, hour));

describe('createVoteMemory', () => {
  it('counts a person once per passage per UTC day', () => {
    const votes = createVoteMemory();
    expect(votes.firstToday('1', 'trust-act#2', day(15, 0))).toBe(true);
    expect(votes.firstToday('1', 'trust-act#2', day(15, 23))).toBe(false);
    expect(votes.firstToday('1', 'trust-act#3', day(15))).toBe(true);
    expect(votes.firstToday('2', 'trust-act#2', day(15))).toBe(true);
    expect(votes.firstToday('1', 'trust-act#2', day(16, 0))).toBe(true);
  });

  it('keeps today’s votes while it sweeps past days away', () => {
    const votes = createVoteMemory();
    for (let i = 0; i < 3000; i++) votes.firstToday(String(i), 'p', day(15));
    expect(votes.firstToday('7', 'p', day(16))).toBe(true);
    for (let i = 0; i < 3000; i++) votes.firstToday(String(i), 'q', day(16));
    expect(votes.firstToday('7', 'p', day(16))).toBe(false);
  });
});

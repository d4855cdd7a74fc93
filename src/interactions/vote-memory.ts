import { randomBytes } from 'node:crypto';
import { dayOf } from '../store/day.js';
import type { LimitsTable } from '../store/shared-state.js';
import { personKey } from './person-key.js';

export interface VoteMemory {
  /**
   * Whether this is the person's first vote on this passage today (UTC): true once, then false
   * until the day is over, whatever they press. Remembers the vote as it answers.
   */
  firstToday(userId: string, passageId: string, now: Date): Promise<boolean>;
}

// Votes of past days are swept once the map grows past this: memory stays bounded by one day's.
const SWEEP_AT = 1000;

/**
 * Who already voted on what today, kept only in memory, so one person pressing "Not helpful" fifty
 * times counts once. Like the cooldown, each entry is a hash of the user id with a salt made at
 * start-up, never the id itself, and it is forgotten when its day ends. For one process with no
 * store; see `storeVoteMemory`.
 */
export function createVoteMemory(salt: Buffer = randomBytes(16)): VoteMemory {
  const dayOfVote = new Map<string, string>();
  const sweep = (today: string) => {
    for (const [key, day] of dayOfVote) if (day !== today) dayOfVote.delete(key);
  };
  return {
    async firstToday(userId, passageId, now) {
      const today = dayOf(now);
      const key = personKey(salt, today, passageId, userId);
      if (dayOfVote.has(key)) return false;
      if (dayOfVote.size >= SWEEP_AT) sweep(today);
      dayOfVote.set(key, today);
      return true;
    },
  };
}

const DAY_MS = 86_400_000;

/**
 * The votes every process shares, in the store: one row per person, passage and day, a salted
 * hash that expires when the day (UTC) ends. A database that cannot answer counts nothing: a lost
 * vote is better than one person counted twice.
 */
export function storeVoteMemory(
  limits: LimitsTable,
  onError: (error: unknown) => void,
): VoteMemory {
  let claims = 0;
  return {
    async firstToday(userId, passageId, now) {
      const nowMs = now.getTime();
      const day = dayOf(now);
      const endOfDay = Date.parse(`${day}T00:00:00Z`) + DAY_MS;
      try {
        if (++claims % SWEEP_AT === 0) await limits.sweep(nowMs);
        const claim = await limits.claim(
          personKey(limits.salt, 'vote', day, passageId, userId),
          nowMs,
          endOfDay,
        );
        return claim.ok;
      } catch (error) {
        onError(error);
        return false;
      }
    },
  };
}

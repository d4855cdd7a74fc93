import { createHash, randomBytes } from 'node:crypto';
import { dayOf } from '../store/day.js';

export interface VoteMemory {
  /**
   * Whether this is the person's first vote on this passage today (UTC): true once, then false
   * until the day is over, whatever they press. Remembers the vote as it answers.
   */
  firstToday(userId: string, passageId: string, now: Date): boolean;
}

// Votes of past days are swept once the map grows past this: memory stays bounded by one day's.
const SWEEP_AT = 1000;

/**
 * Who already voted on what today, kept only in memory, so one person pressing "Not helpful" fifty
 * times counts once. Like the cooldown, each entry is a hash of the user id with a salt made at
 * start-up, never the id itself, and it is forgotten when its day ends. With several processes
 * each keeps its own, so one person may count once per process.
 */
export function createVoteMemory(salt: Buffer = randomBytes(16)): VoteMemory {
  const dayOfVote = new Map<string, string>();
  const keyOf = (userId: string, passageId: string, day: string) =>
    createHash('sha256')
      .update(salt)
      .update(`${day}\u0000${passageId}\u0000${userId}`)
      .digest('base64');
  const sweep = (today: string) => {
    for (const [key, day] of dayOfVote) if (day !== today) dayOfVote.delete(key);
  };
  return {
    firstToday(userId, passageId, now) {
      const today = dayOf(now);
      const key = keyOf(userId, passageId, today);
      if (dayOfVote.has(key)) return false;
      if (dayOfVote.size >= SWEEP_AT) sweep(today);
      dayOfVote.set(key, today);
      return true;
    },
  };
}

import { createHash, randomBytes } from 'node:crypto';

export type CooldownVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface Cooldown {
  /**
   * Lets a person's action through and starts their cooldown, or says how long they must wait.
   * Each bucket counts apart: sharing an answer just after asking is not asking too fast.
   */
  take(userId: string, now: Date, bucket?: string): CooldownVerdict;
}

// Expired entries are swept once the map grows past this, so memory stays bounded by active users.
const SWEEP_AT = 1000;

/**
 * A per-person cooldown kept only in memory. Entries are keyed by a hash of the user id with a
 * salt made at start-up, so even a memory dump does not list who used the bot; nothing about the
 * question is kept. With several processes each keeps its own (see README).
 */
export function createCooldown(seconds: number, salt: Buffer = randomBytes(16)): Cooldown {
  const until = new Map<string, number>();
  const keyOf = (userId: string, bucket: string) =>
    createHash('sha256').update(salt).update(`${bucket}\u0000${userId}`).digest('base64');
  const sweep = (nowMs: number) => {
    for (const [key, end] of until) if (end <= nowMs) until.delete(key);
  };
  return {
    take(userId, now, bucket = 'command') {
      if (seconds <= 0) return { ok: true };
      const nowMs = now.getTime();
      const key = keyOf(userId, bucket);
      const end = until.get(key);
      if (end !== undefined && end > nowMs) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((end - nowMs) / 1000)) };
      }
      if (until.size >= SWEEP_AT) sweep(nowMs);
      until.set(key, nowMs + seconds * 1000);
      return { ok: true };
    },
  };
}

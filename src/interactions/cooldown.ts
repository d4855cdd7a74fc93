import { randomBytes } from 'node:crypto';
import type { LimitsTable } from '../store/shared-state.js';
import { personKey } from './person-key.js';

export type CooldownVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface Cooldown {
  /**
   * Lets a person's action through and starts their cooldown, or says how long they must wait.
   * Each bucket counts apart: sharing an answer just after asking is not asking too fast.
   */
  take(userId: string, now: Date, bucket?: string): Promise<CooldownVerdict>;
}

// Expired entries are swept once the map grows past this, so memory stays bounded by active users.
const SWEEP_AT = 1000;

/**
 * A per-person cooldown kept only in memory. Entries are keyed by a hash of the user id with a
 * salt made at start-up, so even a memory dump does not list who used the bot; nothing about the
 * question is kept. For one process with no store (the console, tests); see `storeCooldown`.
 */
export function createCooldown(seconds: number, salt: Buffer = randomBytes(16)): Cooldown {
  const until = new Map<string, number>();
  const sweep = (nowMs: number) => {
    for (const [key, end] of until) if (end <= nowMs) until.delete(key);
  };
  return {
    async take(userId, now, bucket = 'command') {
      if (seconds <= 0) return { ok: true };
      const nowMs = now.getTime();
      const key = personKey(salt, bucket, userId);
      const end = until.get(key);
      if (end !== undefined && end > nowMs)
        return { ok: false, retryAfterSeconds: retryAfter(end, nowMs) };
      if (until.size >= SWEEP_AT) sweep(nowMs);
      until.set(key, nowMs + seconds * 1000);
      return { ok: true };
    },
  };
}

const retryAfter = (untilMs: number, nowMs: number) =>
  Math.max(1, Math.ceil((untilMs - nowMs) / 1000));

/**
 * The cooldown every process shares, in the store: keyed by the store's salted hash of the
 * person, each row gone once its seconds are over. A database that cannot answer lets the action
 * through: the cooldown protects the bot, it must not silence it.
 */
export function storeCooldown(
  seconds: number,
  limits: LimitsTable,
  onError: (error: unknown) => void,
): Cooldown {
  let claims = 0;
  return {
    async take(userId, now, bucket = 'command') {
      if (seconds <= 0) return { ok: true };
      const nowMs = now.getTime();
      try {
        if (++claims % SWEEP_AT === 0) await limits.sweep(nowMs);
        const claim = await limits.claim(
          personKey(limits.salt, 'cooldown', bucket, userId),
          nowMs,
          nowMs + seconds * 1000,
        );
        return claim.ok
          ? claim
          : { ok: false, retryAfterSeconds: retryAfter(claim.untilMs, nowMs) };
      } catch (error) {
        onError(error);
        return { ok: true };
      }
    },
  };
}

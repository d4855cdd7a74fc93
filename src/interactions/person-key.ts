import { createHash } from 'node:crypto';

/**
 * How a person is remembered by the cooldown and the vote memory: a SHA-256 of a salt and the
 * parts, never the user id itself, so no table or memory dump lists who used the bot.
 */
export const personKey = (salt: Buffer, ...parts: string[]): string =>
  createHash('sha256').update(salt).update(parts.join('\u0000')).digest('base64');

import { pino, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger } from 'pino';

/**
 * Paths whose values never reach a log: the bot token, interaction tokens (each one can reply as
 * the bot for 15 minutes) and HTTP authorization headers.
 */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'discordToken',
  '*.discordToken',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'headers["x-signature-ed25519"]',
];

/** Interaction tokens inside Discord REST URLs: `/interactions/{id}/{token}`, `/webhooks/{app}/{token}`. */
const TOKEN_IN_URL = /(\/(?:interactions|webhooks)\/\d+\/)[^/?#]+/g;

/**
 * An error as logged: pino's standard form without what discord.js attaches to REST errors. Their
 * `requestBody` is the reply the bot tried to send, which can quote a person's question, and their
 * `url` holds the interaction token.
 */
function serializeError(error: unknown): unknown {
  // Anything thrown may be logged as an error; only error-like objects come back as records.
  const standard: unknown = pino.stdSerializers.err(error as Error);
  if (typeof standard !== 'object' || standard === null) return standard;
  const serialized: Record<string, unknown> = { ...standard };
  delete serialized.requestBody;
  if (typeof serialized.url === 'string') {
    serialized.url = serialized.url.replace(TOKEN_IN_URL, '$1[redacted]');
  }
  return serialized;
}

export interface LoggerOptions {
  level: LogLevel;
  /** A file descriptor or stream; default 1 (stdout). The console and CLI log to 2 so stdout stays theirs. */
  destination?: number | NodeJS.WritableStream;
}

/** The one way the bot makes a logger: JSON lines, secrets redacted, errors serialized. */
export function createLogger({ level, destination = 1 }: LoggerOptions): Logger {
  const stream = typeof destination === 'number' ? pino.destination(destination) : destination;
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { error: serializeError, err: serializeError },
    },
    stream,
  );
}

/** A logger that writes nothing: for tests and for code that must not log. */
export const silentLogger = (): Logger => pino({ level: 'silent' });

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
      serializers: { error: pino.stdSerializers.err, err: pino.stdSerializers.err },
    },
    stream,
  );
}

/** A logger that writes nothing: for tests and for code that must not log. */
export const silentLogger = (): Logger => pino({ level: 'silent' });

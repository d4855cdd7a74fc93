/** A real interaction context over the shipped knowledge and commands, with a clock and logs a test controls. */
import { Writable } from 'node:stream';
import type { AnswerEngine } from '../../src/app/answer-engine.js';
import { loadCommands, type CommandRegistry } from '../../src/commands/load-commands.js';
import { loadConfig, type Config } from '../../src/config.js';
import {
  createInteractionContext,
  type InteractionContext,
} from '../../src/interactions/interaction-context.js';
import { createLogger } from '../../src/log.js';
import { shippedEngine } from '../support/engine.js';

export interface TestContext {
  ctx: InteractionContext;
  /** Every log line written, parsed. */
  logs: Record<string, unknown>[];
  /** Moves the context's clock forward. */
  advance(ms: number): void;
}

export function testConfig(env: Record<string, string> = {}): Config {
  const loaded = loadConfig({ COOLDOWN_SECONDS: '0', ...env });
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.config;
}

let registry: Promise<CommandRegistry> | undefined;
export const realCommands = () => (registry ??= loadCommands());

export async function testContext(
  options: { env?: Record<string, string>; commands?: CommandRegistry; engine?: AnswerEngine } = {},
): Promise<TestContext> {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  let now = Date.parse('2026-01-15T12:00:00Z');
  const ctx = createInteractionContext({
    engine: options.engine ?? (await shippedEngine()),
    config: testConfig(options.env),
    log: createLogger({ level: 'debug', destination: sink }),
    commands: options.commands ?? (await realCommands()),
    clock: () => new Date(now),
  });
  return { ctx, logs, advance: (ms) => void (now += ms) };
}

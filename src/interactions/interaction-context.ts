import type { AnswerEngine } from '../app/answer-engine.js';
import type { CommandContext } from '../commands/command.js';
import type { CommandRegistry } from '../commands/load-commands.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { createCooldown, type Cooldown } from './cooldown.js';
import { createShareMemory, type ShareMemory } from './share-memory.js';

/** Everything handling an interaction needs, passed in by the transport. */
export interface InteractionContext extends CommandContext {
  commands: CommandRegistry;
  cooldown: Cooldown;
  shares: ShareMemory;
}

export interface ContextParts {
  engine: AnswerEngine;
  config: Config;
  log: Logger;
  commands: CommandRegistry;
  clock?: () => Date;
}

/** One transport's context: its own cooldowns and share memory, in memory. */
export function createInteractionContext(parts: ContextParts): InteractionContext {
  const { config, clock = () => new Date() } = parts;
  return {
    ...parts,
    clock,
    cooldown: createCooldown(config.cooldownSeconds),
    shares: createShareMemory(config.shareDedupMinutes),
  };
}

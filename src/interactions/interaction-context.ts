import type { AnswerEngine } from '../app/answer-engine.js';
import type { EngineHolder } from '../app/engine-holder.js';
import type { CommandContext } from '../commands/command.js';
import type { CommandRegistry } from '../commands/load-commands.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { createCooldown, storeCooldown, type Cooldown } from './cooldown.js';
import { createShareMemory, storeShareMemory, type ShareMemory } from './share-memory.js';
import { createVoteMemory, storeVoteMemory, type VoteMemory } from './vote-memory.js';

/** Everything handling an interaction needs, passed in by the transport. */
export interface InteractionContext extends CommandContext {
  commands: CommandRegistry;
  cooldown: Cooldown;
  shares: ShareMemory;
  /** Who voted on which passage today, hashed: one "Helpful" or "Not helpful" per person. */
  votes: VoteMemory;
}

/** The services a transport may hand in: storage, Discord actions, knowledge reloads. */
export type ContextServices = Pick<CommandContext, 'store' | 'discord' | 'reloadKnowledge'> & {
  /** Set: `ctx.engine` is always the holder's current engine, so a reload reaches every handler. */
  engines?: EngineHolder;
};

export interface ContextParts extends ContextServices {
  engine: AnswerEngine;
  config: Config;
  log: Logger;
  commands: CommandRegistry;
  clock?: () => Date;
}

/**
 * One transport's context. With a store, cooldowns, shares and votes live in it, so every process
 * on that store agrees; without one (the console, warm-up), in this process's memory.
 */
export function createInteractionContext(parts: ContextParts): InteractionContext {
  const { clock = () => new Date(), engines, ...rest } = parts;
  const { config, store, log } = rest;
  const warn = (what: string) => (error: unknown) => log.warn({ error }, `could not check ${what}`);
  return {
    ...rest,
    clock,
    cooldown: store
      ? storeCooldown(config.cooldownSeconds, store.limits, warn('the cooldown'))
      : createCooldown(config.cooldownSeconds),
    shares: store
      ? storeShareMemory(config.shareDedupMinutes, store.shares, warn('earlier shares'))
      : createShareMemory(config.shareDedupMinutes),
    votes: store ? storeVoteMemory(store.limits, warn('earlier votes')) : createVoteMemory(),
    get engine() {
      return engines?.current ?? parts.engine;
    },
  };
}

import { loadCommands, type CommandRegistry } from '../commands/load-commands.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { AnswerEngine } from './answer-engine.js';
import { openBotServices, type BotServices } from './bot-services.js';
import { describeKnowledgeProblems, loadEngine } from './load-engine.js';

export interface PreparedBot {
  engine: AnswerEngine;
  commands: CommandRegistry;
  services: BotServices;
}

/**
 * What every transport (console, gateway, shard, HTTP worker) needs before it serves: the checked
 * knowledge, the command modules and the store. Failures come back as a message for the operator.
 */
export async function prepareBot(
  config: Config,
  log: Logger,
  token?: string,
): Promise<{ ok: true; bot: PreparedBot } | { ok: false; message: string }> {
  // The command modules compile while the engine's snapshot is read from disk. A failure to load
  // them is thrown where they are awaited, below, not reported as unhandled meanwhile.
  const loadingCommands = loadCommands();
  loadingCommands.catch(() => undefined);
  const loaded = await loadEngine(config.knowledgeDir);
  if (!loaded.ok) return { ok: false, message: describeKnowledgeProblems(loaded.problems) };
  const commands = await loadingCommands;
  // Pinned explainers, feedback and gap counts live in DATA_DIR: refuse to start without it.
  const opened = await openBotServices({
    config,
    log,
    engine: loaded.engine,
    ...(token ? { token } : {}),
  });
  if (!opened.ok) return opened;
  return { ok: true, bot: { engine: loaded.engine, commands, services: opened.services } };
}

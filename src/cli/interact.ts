import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { APIInteraction } from 'discord-api-types/v10';
import type { AnswerEngine } from '../app/answer-engine.js';
import { openBotServices } from '../app/bot-services.js';
import { loadCommands, type CommandRegistry } from '../commands/load-commands.js';
import { loadConfig, type Config } from '../config.js';
import { handleInteraction } from '../interactions/handle-interaction.js';
import {
  createInteractionContext,
  type ContextServices,
} from '../interactions/interaction-context.js';
import { createLogger, type Logger } from '../log.js';

export interface InteractOptions {
  engine: AnswerEngine;
  config: Config;
  log: Logger;
  commands: CommandRegistry;
  input: Readable;
  output: Writable;
  /** Storage for feedback and gap counts; absent: nothing is stored. */
  services?: ContextServices;
}

/** Why a line is not an interaction, or undefined when it looks like one. */
function notAnInteraction(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'not an interaction: expected a JSON object';
  }
  if (!('type' in value) || typeof value.type !== 'number') {
    return 'not an interaction: "type" must be a number (1 PING, 2 command, 3 component, 4 autocomplete, 5 modal)';
  }
  return undefined;
}

/**
 * `cli -- interact`: interaction objects in, one JSON per line; interaction responses out, one
 * per line, in order, through the same core as the gateway bot. A line that is not JSON, or not
 * an interaction, gets `{"error": ...}` and the next line is read as usual. Blank lines are skipped.
 */
export async function runInteract({
  engine,
  config,
  log,
  commands,
  input,
  output,
  services,
}: InteractOptions) {
  const ctx = createInteractionContext({ engine, config, log, commands, ...services });
  const print = (value: unknown) => output.write(`${JSON.stringify(value)}\n`);
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      print({ error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    const problem = notAnInteraction(value);
    if (problem) print({ error: problem });
    else print(await handleInteraction(value as APIInteraction, ctx));
  }
}

/**
 * Discord interaction objects on stdin, one JSON per line; one response JSON per line on stdout.
 * Logs go to stderr. The per-user cooldown is off unless COOLDOWN_SECONDS is set: a script
 * replaying interactions from one test user is not someone asking too fast.
 */
export async function interactCommand(engine: AnswerEngine): Promise<void> {
  const loaded = loadConfig({ COOLDOWN_SECONDS: '0', ...process.env });
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    process.exitCode = 1;
    return;
  }
  const { config } = loaded;
  const log = createLogger({
    level: process.env.LOG_LEVEL ? config.logLevel : 'warn',
    destination: 2,
  });
  const commands = await loadCommands();
  // Feedback presses and unanswered questions are counted here as in Discord (DATA_DIR).
  const opened = await openBotServices({ config, log, engine });
  if (!opened.ok) {
    process.stderr.write(`${opened.message}\n`);
    process.exitCode = 1;
    return;
  }
  await runInteract({
    engine,
    config,
    log,
    commands,
    input: process.stdin,
    output: process.stdout,
    services: opened.services.context,
  });
  await opened.services.stop();
}

import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ApplicationCommandType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Command, MessageCommand, SlashCommand } from './command.js';

/** The top-level `commands/` folder: one module per command. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

/** A command module that cannot be served: the message names the file and what is wrong. */
export class CommandModuleError extends Error {
  override name = 'CommandModuleError';
}

/** The loaded commands, looked up the way Discord names them in an interaction. */
export interface CommandRegistry {
  all: readonly Command[];
  slash(name: string): SlashCommand | undefined;
  message(name: string): MessageCommand | undefined;
  /** The JSON registration sends: `PUT /applications/{id}/commands`. */
  json(): RESTPostAPIApplicationCommandsJSONBody[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export const isSlashCommand = (command: Command): command is SlashCommand =>
  command.data.type === ApplicationCommandType.ChatInput;

/**
 * Checks one module's default export and returns it as a command, or throws naming the file.
 * Refuses loudly: a command that silently fails to load is a command users see as broken.
 */
export function toCommand(file: string, module: unknown): Command {
  const command = isRecord(module) ? module.default : undefined;
  if (!isRecord(command)) {
    throw new CommandModuleError(
      `${file}: has no default export; export default { data, execute }`,
    );
  }
  const { data, execute } = command;
  if (!isRecord(data) || typeof data.name !== 'string' || data.name === '') {
    throw new CommandModuleError(`${file}: the default export has no "data" with a "name"`);
  }
  if (typeof execute !== 'function') {
    throw new CommandModuleError(`${file}: the default export has no "execute" function`);
  }
  if (
    data.type !== ApplicationCommandType.ChatInput &&
    data.type !== ApplicationCommandType.Message
  ) {
    throw new CommandModuleError(
      `${file}: data.type must be ApplicationCommandType.ChatInput or ApplicationCommandType.Message`,
    );
  }
  if ('defersAtOnce' in command && typeof command.defersAtOnce !== 'function') {
    throw new CommandModuleError(
      `${file}: "defersAtOnce" must be a function of the interaction (which ones are slow)`,
    );
  }
  if ('autocomplete' in command && typeof command.autocomplete !== 'function') {
    throw new CommandModuleError(`${file}: "autocomplete" must be a function`);
  }
  return command as unknown as Command;
}

/** Builds the registry, refusing two commands of one type with the same name. */
export function createCommandRegistry(commands: readonly Command[]): CommandRegistry {
  const slash = new Map<string, SlashCommand>();
  const message = new Map<string, MessageCommand>();
  for (const command of commands) {
    const table: Map<string, Command> = isSlashCommand(command) ? slash : message;
    if (table.has(command.data.name)) {
      throw new CommandModuleError(`two commands are named "${command.data.name}"`);
    }
    table.set(command.data.name, command);
  }
  return {
    all: commands,
    slash: (name) => slash.get(name),
    message: (name) => message.get(name),
    json: () => commands.map((command) => command.data),
  };
}

const isModuleFile = (name: string) =>
  /\.(ts|js|mjs)$/.test(name) && !/\.d\.ts$|\.test\.(ts|js)$/.test(name);

/** Imports every module in `dir` (default: the top-level `commands/` folder), in file-name order. */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<CommandRegistry> {
  const files = (await readdir(dir)).filter(isModuleFile).sort();
  const commands: Command[] = [];
  for (const file of files) {
    const path = resolve(join(dir, file));
    commands.push(toCommand(`commands/${file}`, await import(pathToFileURL(path).href)));
  }
  return createCommandRegistry(commands);
}

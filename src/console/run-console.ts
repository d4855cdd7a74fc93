import { createInterface } from 'node:readline';
import {
  ApplicationCommandOptionType,
  ComponentType,
  InteractionResponseType,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { InteractOptions } from '../cli/interact.js';
import type { Style } from '../cli/terminal-format.js';
import { isSlashCommand, type CommandRegistry } from '../commands/load-commands.js';
import { isShareId } from '../discord/share-id.js';
import {
  buildButtonInteraction,
  buildMessageCommandInteraction,
  buildSlashInteraction,
  type Actor,
} from '../interactions/build-interaction.js';
import { handleInteraction } from '../interactions/handle-interaction.js';
import { createInteractionContext } from '../interactions/interaction-context.js';
import { renderTerminalResponse } from './render-terminal-payload.js';

/** The console reads what `cli -- interact` reads, typed as slash commands for a person. */
export interface ConsoleOptions extends InteractOptions {
  style: Style;
  /** Show a prompt: for a person at a terminal, not for piped input. */
  interactive: boolean;
}

export const CONNECT_HINT =
  'To connect to Discord instead, set DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env (see README).';

/** The console plays one person in one channel of one server. */
const ME = {
  userId: '100000000000000001',
  username: 'you',
  globalName: 'You (console)',
} as const satisfies Actor;
const PEOPLE = new Map([[ME.userId, ME.globalName]]);

/** The message command a console line can run: `/find-sources <text>`. */
const FIND_SOURCES = 'find-sources';

function helpText(commands: CommandRegistry): string {
  const lines = commands.all.map((command) => {
    if (!isSlashCommand(command)) {
      return `  /${FIND_SOURCES} <message text>   ${command.data.name}: as if on a message`;
    }
    const option = command.data.options?.[0];
    const usage = option ? (option.required ? ` <${option.name}>` : ` [${option.name}]`) : '';
    return `  /${command.data.name}${usage}`.padEnd(34) + command.data.description;
  });
  return [
    'Commands (as in Discord; replies render as they would there):',
    ...lines,
    '  /share                          press "Share to channel" on the last reply',
    '  /help                           this list',
    '  plain text                      the same as /ask <text>',
    'End with Ctrl+D (or /quit).',
  ].join('\n');
}

/** The interaction a console line stands for, or a message for the person when it is not one. */
function interactionFor(
  line: string,
  commands: CommandRegistry,
  lastShareId: string | undefined,
): APIInteraction | string {
  if (!line.startsWith('/')) return buildSlashInteraction('ask', { question: line }, ME);
  const [, name = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(line) ?? [];
  const text = rest.trim();
  if (name === 'share') {
    return lastShareId
      ? buildButtonInteraction(lastShareId, ME)
      : 'Nothing to share yet: ask something first.';
  }
  if (name === FIND_SOURCES) {
    const command = commands.all.find((c) => !isSlashCommand(c));
    return command
      ? buildMessageCommandInteraction(command.data.name, text, ME)
      : 'No message command.';
  }
  const command = commands.slash(name);
  if (!command) return `Unknown command /${name}. Type /help for the list.`;
  const option = command.data.options?.find((o) => o.type === ApplicationCommandOptionType.String);
  if (!option) return buildSlashInteraction(name, {}, ME);
  // Accept Discord's own spelling too: `/explain topic:detainer`.
  const value = text.startsWith(`${option.name}:`)
    ? text.slice(option.name.length + 1).trim()
    : text;
  if (!value && option.required) return `Usage: /${name} <${option.name}>`;
  return buildSlashInteraction(name, value ? { [option.name]: value } : {}, ME);
}

/** The share button on a reply, if it has one: `/share` presses it. */
function shareIdOf(response: APIInteractionResponse): string | undefined {
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) return undefined;
  for (const row of response.data.components ?? []) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const component of row.components) {
      if (
        component.type === ComponentType.Button &&
        'custom_id' in component &&
        isShareId(component.custom_id)
      ) {
        return component.custom_id;
      }
    }
  }
  return undefined;
}

/**
 * The local console: the same commands as in Discord, typed as lines, run through the same
 * `handleInteraction` the gateway uses, and rendered for a terminal. Reads until end of input,
 * so it works piped (`echo "/ask what is a detainer" | npm start`) as well as at a prompt.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { engine, config, log, commands, input, output, style, interactive } = options;
  // One person at a keyboard: no cooldown between their own commands.
  const ctx = createInteractionContext({
    engine,
    config: { ...config, cooldownSeconds: 0 },
    log,
    commands,
    ...options.services,
  });
  const write = (text: string) => output.write(`${text}\n`);
  write(
    `${style.bold('Sanctuary explainer')}: local console. Type /help, or just a question. ${style.dim(CONNECT_HINT)}`,
  );
  const lines = createInterface({
    input,
    ...(interactive ? { output, prompt: '> ' } : {}),
    terminal: interactive,
  });
  let lastShareId: string | undefined;
  if (interactive) lines.prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line === '/help') write(helpText(commands));
    else if (line) {
      const interaction = interactionFor(line, commands, lastShareId);
      if (typeof interaction === 'string') {
        write(interaction);
      } else {
        const response = await handleInteraction(interaction, ctx);
        lastShareId = shareIdOf(response) ?? lastShareId;
        write(`\n${renderTerminalResponse(response, style, PEOPLE)}\n`);
      }
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}

import { createInterface } from 'node:readline';
import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  PermissionFlagsBits,
  type APIInteraction,
  type APIMessage,
} from 'discord-api-types/v10';
import type { InteractOptions } from '../cli/interact.js';
import type { Style } from '../cli/terminal-format.js';
import { isSlashCommand, type CommandRegistry } from '../commands/load-commands.js';
import type { MessagePayload } from '../discord/message-payload.js';
import {
  buildButtonInteraction,
  buildMessageCommandInteraction,
  buildSlashInteraction,
  type Actor,
} from '../interactions/build-interaction.js';
import { handleInteraction } from '../interactions/handle-interaction.js';
import { createInteractionContext } from '../interactions/interaction-context.js';
import { buttonsOn, chooseButton } from './console-buttons.js';
import { commandInteraction, completionInteraction } from './console-commands.js';
import { renderTerminalResponse } from './render-terminal-payload.js';

/** The console reads what `cli -- interact` reads, typed as slash commands for a person. */
export interface ConsoleOptions extends InteractOptions {
  style: Style;
  /** Show a prompt: for a person at a terminal, not for piped input. */
  interactive: boolean;
}

export const CONNECT_HINT =
  'To connect to Discord instead, set DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env (see README).';

/**
 * The console plays one person in one channel of one server: the operator at the keyboard, so a
 * moderator (Administrator) and one of the bot's admins, who may run every command.
 */
const ME = {
  userId: '100000000000000001',
  username: 'you',
  globalName: 'You (console)',
  permissions: String(PermissionFlagsBits.Administrator),
} as const satisfies Actor;
const PEOPLE = new Map([[ME.userId, ME.globalName]]);

/** The message command a console line can run: `/find-sources <text>`. */
const FIND_SOURCES = 'find-sources';

function helpText(commands: CommandRegistry): string {
  const lines = commands.all.map((command) => {
    if (!isSlashCommand(command)) {
      return `  /${FIND_SOURCES} <message text>   ${command.data.name}: as if on a message`;
    }
    const options = command.data.options ?? [];
    const subcommands = options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
    const [option] = options;
    const usage =
      subcommands.length > 0
        ? ` ${subcommands.map((o) => o.name).join('|')}`
        : option
          ? option.required
            ? ` <${option.name}>`
            : ` [${option.name}]`
          : '';
    return `  /${command.data.name}${usage}`.padEnd(34) + command.data.description;
  });
  return [
    'Commands (as in Discord; replies render as they would there):',
    ...lines,
    '  /press <number or name>         press a button of the last reply: /press 2, /press helpful',
    '                                  (or by its name alone: /share, /helpful, /not-helpful, /next)',
    '  /complete /<command> <option>:<text>   the suggestions Discord shows while you type',
    '  /help                           this list',
    '  plain text                      the same as /ask <text>',
    'Options as in Discord: /explain topic:trust-act, /explainer post topic:trust-act.',
    'Posting and pinning in Discord itself needs DISCORD_TOKEN; everything else works here.',
    'End with Ctrl+D (or /quit).',
  ].join('\n');
}

/** The button press a line asks for, or what to say when the reply on screen has no such button. */
function pressFor(which: string, onScreen: MessagePayload | undefined): APIInteraction | string {
  const button = chooseButton(buttonsOn(onScreen?.components), which);
  if (!button) {
    return which === 'share'
      ? 'Nothing to share yet: ask something first.'
      : `The last reply has no button "${which}".`;
  }
  return buildButtonInteraction(button.customId, ME, {
    components: (onScreen?.components ?? []) as APIMessage['components'],
    ...(onScreen?.flags === undefined ? {} : { flags: onScreen.flags }),
  });
}

/** The interaction a console line stands for, or a message for the person when it is not one. */
function interactionFor(
  line: string,
  commands: CommandRegistry,
  onScreen: MessagePayload | undefined,
): APIInteraction | string {
  if (!line.startsWith('/')) return buildSlashInteraction('ask', { question: line }, ME);
  const [, name = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(line) ?? [];
  const text = rest.trim();
  if (name === 'press') return pressFor(text, onScreen);
  if (name === 'complete') {
    const [, target = '', typed = ''] = /^\/?(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
    const command = commands.slash(target);
    return command
      ? completionInteraction(command, typed, ME)
      : 'Usage: /complete /<command> <option>:<what you typed>';
  }
  if (name === FIND_SOURCES) {
    const command = commands.all.find((c) => !isSlashCommand(c));
    return command
      ? buildMessageCommandInteraction(command.data.name, text, ME)
      : 'No message command.';
  }
  const command = commands.slash(name);
  if (command) return commandInteraction(command, text, ME);
  // `/share`, `/helpful`, `/next`: a button of the last reply, by its name.
  if (name === 'share' || chooseButton(buttonsOn(onScreen?.components), name)) {
    return pressFor(name, onScreen);
  }
  return `Unknown command /${name}. Type /help for the list.`;
}

/**
 * The local console: the same commands as in Discord, typed as lines, run through the same
 * `handleInteraction` the gateway uses, and rendered for a terminal. Reads until end of input,
 * so it works piped (`echo "/ask what is a detainer" | npm start`) as well as at a prompt.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { engine, config, log, commands, input, output, style, interactive } = options;
  // One person at a keyboard: no cooldown between their own commands, and they run the bot.
  const ctx = createInteractionContext({
    engine,
    config: { ...config, cooldownSeconds: 0, adminIds: [...(config.adminIds ?? []), ME.userId] },
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
  /** The last reply with buttons: what `/press` presses, and what an update (type 7) changes. */
  let onScreen: MessagePayload | undefined;
  if (interactive) lines.prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line === '/help') write(helpText(commands));
    else if (line) {
      const interaction = interactionFor(line, commands, onScreen);
      if (typeof interaction === 'string') {
        write(interaction);
      } else {
        const response = await handleInteraction(interaction, ctx);
        if (response.type === InteractionResponseType.UpdateMessage) {
          onScreen = { ...onScreen, ...response.data };
          write(style.dim('(the reply above was updated)'));
        } else if (
          response.type === InteractionResponseType.ChannelMessageWithSource &&
          buttonsOn(response.data.components).length > 0
        ) {
          onScreen = response.data;
        }
        write(`\n${renderTerminalResponse(response, style, PEOPLE)}\n`);
      }
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}

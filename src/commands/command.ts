import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandOptionChoice,
  APIChatInputApplicationCommandInteraction,
  APIInteractionResponse,
  APIMessageApplicationCommandInteraction,
  ApplicationCommandType,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { AnswerEngine } from '../app/answer-engine.js';
import type { ReloadOutcome } from '../app/knowledge-reloader.js';
import type { Config } from '../config.js';
import type { MessagePayload } from '../discord/message-payload.js';
import type { Logger } from '../log.js';
import type { DiscordActions } from '../pins/discord-actions.js';
import type { Store } from '../store/open-store.js';

/**
 * What a command may use, passed in by the transport: no command imports a singleton, so one module
 * serves the gateway bot, the HTTP endpoint, the console and the tests.
 */
export interface CommandContext {
  engine: AnswerEngine;
  config: Config;
  log: Logger;
  clock: () => Date;
  /** Pinned explainers, feedback and usage counts (SQLite); absent: nothing is stored. */
  store?: Store;
  /** Posting, pinning and editing over Discord's REST API; absent off Discord (console, CLI). */
  discord?: DiscordActions;
  /** Reloads the knowledge for every handler at once; absent where the knowledge is fixed. */
  reloadKnowledge?: () => Promise<ReloadOutcome>;
}

/** A message to send as the reply (wrapped in a type 4 response), or a whole interaction response. */
export type CommandResult = MessagePayload | APIInteractionResponse;

type MaybePromise<T> = T | Promise<T>;

/** A slash command: `/ask question: ...`. */
export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody & {
    type: ApplicationCommandType.ChatInput;
  };
  execute(
    interaction: APIChatInputApplicationCommandInteraction,
    ctx: CommandContext,
  ): MaybePromise<CommandResult>;
  /**
   * Slow by nature (it posts over Discord's REST API or reloads the knowledge): answered with
   * "thinking…" before it starts rather than after the usual wait, which a busy process may
   * overrun. A predicate says which interactions are (a guild-only command's reply in a DM is not).
   */
  defersAtOnce?: (interaction: APIChatInputApplicationCommandInteraction) => boolean;
  /** Choices for the focused option. Discord allows at most 25 and waits at most 3 seconds. */
  autocomplete?(
    interaction: APIApplicationCommandAutocompleteInteraction,
    ctx: CommandContext,
  ): MaybePromise<APIApplicationCommandOptionChoice<string>[]>;
}

/** A message context-menu command: right-click a message > Apps > "Find sources". */
export interface MessageCommand {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody & {
    type: ApplicationCommandType.Message;
  };
  execute(
    interaction: APIMessageApplicationCommandInteraction,
    ctx: CommandContext,
  ): MaybePromise<CommandResult>;
}

/** One module in `commands/`: its default export `satisfies SlashCommand` or `MessageCommand`. */
export type Command = SlashCommand | MessageCommand;

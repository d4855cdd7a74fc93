import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentInteraction,
} from 'discord-api-types/v10';
import type { CommandResult } from '../commands/command.js';
import { fitChoices, fitPayload } from '../discord/fit.js';
import { messageResponse as reply } from '../discord/message-payload.js';
import { errorNotice, renderNotice, unknownCommandNotice } from '../discord/render-notice.js';
import { forBotDm } from './bot-dm.js';
import { componentRouteFor } from './component-routes.js';
import { cooldownBlock } from './cooldown-block.js';
import { messagesForReader } from './reader.js';
import type { InteractionContext } from './interaction-context.js';

const isResponse = (result: CommandResult): result is APIInteractionResponse =>
  'type' in result && typeof result.type === 'number';

/** The command or button an interaction is about, for logs: never what the person typed. */
export function interactionLabel(interaction: APIInteraction): string {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
    case InteractionType.ApplicationCommandAutocomplete:
      return interaction.data.name;
    case InteractionType.MessageComponent:
      // The button's kind ("share"), not its whole id: one label per kind keeps logs groupable.
      return `button:${interaction.data.custom_id.split(':')[0] ?? ''}`;
    case InteractionType.ModalSubmit:
      return 'modal';
    default:
      return 'ping';
  }
}

const isChatInput = (
  interaction: APIApplicationCommandInteraction,
): interaction is APIChatInputApplicationCommandInteraction =>
  interaction.data.type === ApplicationCommandType.ChatInput;

const isMessageCommand = (
  interaction: APIApplicationCommandInteraction,
): interaction is APIMessageApplicationCommandInteraction =>
  interaction.data.type === ApplicationCommandType.Message;

/** The command's result, the cooldown notice, or undefined when no such command is loaded. */
async function execute(
  interaction: APIApplicationCommandInteraction,
  ctx: InteractionContext,
): Promise<CommandResult | undefined> {
  if (isChatInput(interaction)) {
    const command = ctx.commands.slash(interaction.data.name);
    return (
      command && ((await cooldownBlock(interaction, ctx)) ?? command.execute(interaction, ctx))
    );
  }
  if (isMessageCommand(interaction)) {
    const command = ctx.commands.message(interaction.data.name);
    return (
      command && ((await cooldownBlock(interaction, ctx)) ?? command.execute(interaction, ctx))
    );
  }
  return undefined;
}

async function runCommand(interaction: APIApplicationCommandInteraction, ctx: InteractionContext) {
  const result = await execute(interaction, ctx);
  if (result === undefined) return reply(unknownCommandNotice(messagesForReader(interaction)));
  return isResponse(result) ? result : reply(result);
}

async function runAutocomplete(
  interaction: APIApplicationCommandAutocompleteInteraction,
  ctx: InteractionContext,
): Promise<APIInteractionResponse> {
  const command = ctx.commands.slash(interaction.data.name);
  const choices = command?.autocomplete ? await command.autocomplete(interaction, ctx) : [];
  return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
}

function runComponent(interaction: APIMessageComponentInteraction, ctx: InteractionContext) {
  const route = componentRouteFor(interaction.data.custom_id);
  return route
    ? route.run(interaction, ctx)
    : reply(renderNotice(messagesForReader(interaction).notices.buttonGone));
}

async function route(
  interaction: APIInteraction,
  ctx: InteractionContext,
): Promise<APIInteractionResponse> {
  switch (interaction.type) {
    case InteractionType.Ping:
      return { type: InteractionResponseType.Pong };
    case InteractionType.ApplicationCommand:
      return runCommand(interaction, ctx);
    case InteractionType.ApplicationCommandAutocomplete:
      return runAutocomplete(interaction, ctx);
    case InteractionType.MessageComponent:
      return runComponent(interaction, ctx);
    default:
      return reply(unknownCommandNotice(messagesForReader(interaction)));
  }
}

/**
 * Whatever a command returned, made one Discord accepts: messages fitted to every limit with
 * mentions off, autocomplete choices cut to 25 of at most 100 characters.
 */
function withinLimits(response: APIInteractionResponse): APIInteractionResponse {
  switch (response.type) {
    case InteractionResponseType.ChannelMessageWithSource:
      return { ...response, data: fitPayload(response.data) };
    case InteractionResponseType.UpdateMessage:
      return response.data ? { ...response, data: fitPayload(response.data) } : response;
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return { ...response, data: { choices: fitChoices(response.data.choices ?? []) } };
    default:
      return response;
  }
}

/**
 * The transport-neutral core: a Discord interaction object in, the interaction response out.
 * PING answers type 1, commands type 4, autocomplete type 8, buttons type 4 or 7. It never
 * throws: this is the error boundary, which logs the command name and the error (never the
 * question or the user) and answers with a short private apology.
 */
export async function handleInteraction(
  interaction: APIInteraction,
  ctx: InteractionContext,
): Promise<APIInteractionResponse> {
  try {
    return withinLimits(forBotDm(interaction, await route(interaction, ctx)));
  } catch (error) {
    let command = 'unknown';
    try {
      command = interactionLabel(interaction);
    } catch {
      // A malformed interaction: the label stays "unknown".
    }
    ctx.log.error({ command, error }, 'interaction handler failed');
    if (interaction?.type === InteractionType.ApplicationCommandAutocomplete) {
      return {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: [] },
      };
    }
    return reply(errorNotice(messagesForReader(interaction)));
  }
}

import {
  ApplicationCommandType,
  ComponentType,
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
import type { MessagePayload } from '../discord/message-payload.js';
import {
  alreadySharedNotice,
  cooldownNotice,
  errorNotice,
  renderNotice,
  shareUnavailableNotice,
  unknownCommandNotice,
} from '../discord/render-notice.js';
import { isFeedbackId } from '../discord/feedback-id.js';
import { decodeShareId, isShareId } from '../discord/share-id.js';
import { runFeedback } from './feedback-button.js';
import type { InteractionContext } from './interaction-context.js';
import { displayNameOf, userIdOf } from './options.js';
import { renderSharedCopy } from './shared-copy.js';

const reply = (data: MessagePayload): APIInteractionResponse => ({
  type: InteractionResponseType.ChannelMessageWithSource,
  data,
});

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

/** Lets a person's command through, or the friendly message saying how long to wait. */
function cooldownBlock(interaction: APIInteraction, ctx: InteractionContext, bucket = 'command') {
  const userId = userIdOf(interaction);
  if (userId === undefined) return undefined;
  const verdict = ctx.cooldown.take(userId, ctx.clock(), bucket);
  return verdict.ok ? undefined : reply(cooldownNotice(verdict.retryAfterSeconds));
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
    return command && (cooldownBlock(interaction, ctx) ?? command.execute(interaction, ctx));
  }
  if (isMessageCommand(interaction)) {
    const command = ctx.commands.message(interaction.data.name);
    return command && (cooldownBlock(interaction, ctx) ?? command.execute(interaction, ctx));
  }
  return undefined;
}

async function runCommand(interaction: APIApplicationCommandInteraction, ctx: InteractionContext) {
  const result = await execute(interaction, ctx);
  if (result === undefined) return reply(unknownCommandNotice());
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

/**
 * "Share to channel": a public copy marked with who shared it, unless the same thing was shared
 * in this channel within the de-dup window, in which case a private pointer to that post.
 */
function runShare(interaction: APIMessageComponentInteraction, ctx: InteractionContext) {
  const customId = interaction.data.custom_id;
  const target = decodeShareId(customId);
  if (!target) return reply(shareUnavailableNotice());
  const channelId = interaction.channel?.id ?? interaction.channel_id;
  const now = ctx.clock();
  const earlier = channelId === undefined ? undefined : ctx.shares.recent(channelId, customId, now);
  if (earlier) return reply(alreadySharedNotice(earlier.link ?? ''));
  const blocked = cooldownBlock(interaction, ctx, 'share');
  if (blocked) return blocked;
  const copy = renderSharedCopy(ctx.engine, target, displayNameOf(interaction));
  if (!copy) return reply(shareUnavailableNotice());
  if (channelId !== undefined) ctx.shares.remember(channelId, customId, interaction.id, now);
  return reply(copy);
}

function runComponent(interaction: APIMessageComponentInteraction, ctx: InteractionContext) {
  if (
    interaction.data.component_type === ComponentType.Button &&
    isShareId(interaction.data.custom_id)
  ) {
    return runShare(interaction, ctx);
  }
  if (
    interaction.data.component_type === ComponentType.Button &&
    isFeedbackId(interaction.data.custom_id)
  ) {
    return runFeedback(interaction, ctx);
  }
  return reply(renderNotice('Sorry, that button no longer works. Please run the command again.'));
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
      return reply(unknownCommandNotice());
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
 * PING answers type 1, commands type 4, autocomplete type 8, buttons type 4 (or 7). It never
 * throws: this is the error boundary, which logs the command name and the error (never the
 * question or the user) and answers with a short private apology.
 */
export async function handleInteraction(
  interaction: APIInteraction,
  ctx: InteractionContext,
): Promise<APIInteractionResponse> {
  try {
    return withinLimits(await route(interaction, ctx));
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
    return reply(errorNotice());
  }
}

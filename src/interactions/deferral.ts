import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { isShareId } from '../discord/share-id.js';

/**
 * Discord drops an interaction not answered within three seconds; past this the bot answers
 * "thinking…" first and edits the reply in when it is ready.
 */
export const DEFER_AFTER_MS = 2000;

export const isEphemeralResponse = (response: APIInteractionResponse) =>
  'data' in response &&
  response.data !== undefined &&
  'flags' in response.data &&
  ((response.data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/**
 * The "thinking…" response for an interaction that cannot be answered in time: private for
 * commands (as their replies are), public for a share (its reply is the public copy).
 * Autocomplete cannot be deferred.
 */
export function deferralFor(interaction: APIInteraction): APIInteractionResponse | undefined {
  if (interaction.type === InteractionType.ApplicationCommand) {
    return {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    };
  }
  if (interaction.type === InteractionType.MessageComponent) {
    const share = isShareId(interaction.data.custom_id);
    return {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: share ? {} : { flags: MessageFlags.Ephemeral },
    };
  }
  return undefined;
}

import {
  ComponentType,
  InteractionContextType,
  InteractionResponseType,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
import { isShareId } from '../discord/share-id.js';

const withoutShareButtons = (
  components: readonly APIMessageTopLevelComponent[],
): APIMessageTopLevelComponent[] =>
  components.flatMap((row): APIMessageTopLevelComponent[] => {
    if (row.type !== ComponentType.ActionRow) return [row];
    const kept = row.components.filter((c) => !('custom_id' in c && isShareId(c.custom_id)));
    return kept.length > 0 ? [{ ...row, components: kept }] : [];
  });

/**
 * In the bot's own DM nobody but the person would see a "shared" copy, so replies there carry no
 * "Share to channel" button. In a DM or group DM between people (a user install) sharing is
 * shown to the others, and the button stays.
 */
export function forBotDm(
  interaction: APIInteraction,
  response: APIInteractionResponse,
): APIInteractionResponse {
  if (interaction.context !== InteractionContextType.BotDM) return response;
  if (
    response.type !== InteractionResponseType.ChannelMessageWithSource &&
    response.type !== InteractionResponseType.UpdateMessage
  ) {
    return response;
  }
  const components = response.data?.components;
  if (!components) return response;
  return { ...response, data: { ...response.data, components: withoutShareButtons(components) } };
}

import {
  InteractionResponseType,
  MessageFlags,
  type APIApplicationCommandOptionChoice,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { MessagePayload } from '../../src/discord/message-payload.js';

/** The message of a type 4 response; fails the test for any other type. */
export function messageOf(response: APIInteractionResponse): MessagePayload {
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) {
    throw new Error(`expected a message (type 4), got type ${response.type}`);
  }
  return response.data;
}

/** The choices of a type 8 response; fails the test for any other type. */
export function choicesOf(response: APIInteractionResponse): APIApplicationCommandOptionChoice[] {
  if (response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) {
    throw new Error(`expected autocomplete (type 8), got type ${response.type}`);
  }
  return response.data.choices ?? [];
}

export const isEphemeralMessage = (payload: MessagePayload) =>
  ((payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/** Every visible string of a message, for "does it mention X" checks. */
export const textOf = (payload: MessagePayload): string =>
  [
    payload.content ?? '',
    ...(payload.embeds ?? []).flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      e.author?.name ?? '',
      e.footer?.text ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ].join('\n');

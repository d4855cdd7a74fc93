import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { CommandRegistry } from '../commands/load-commands.js';
import { withoutFlags, type MessagePayload } from '../discord/message-payload.js';
import { errorNotice } from '../discord/render-notice.js';
import { messagesFor } from '../i18n/messages.js';

/**
 * Discord drops an interaction not answered within three seconds; past this the bot answers
 * "thinking…" first and edits the reply in when it is ready.
 */
export const DEFER_AFTER_MS = 2000;

/**
 * The deferral to send before a command slow by nature even starts (`defersAtOnce`): its work may
 * hold the thread for seconds ("reload" reads, checks and indexes the whole knowledge), and a
 * deferral waiting on a timer would go out only after it. Undefined for everything else.
 */
export function deferralAtOnce(
  interaction: APIInteraction,
  commands: CommandRegistry,
): APIInteractionResponse | undefined {
  if (
    interaction.type !== InteractionType.ApplicationCommand ||
    interaction.data.type !== ApplicationCommandType.ChatInput
  )
    return undefined;
  const slow = commands.slash(interaction.data.name)?.defersAtOnce;
  return slow?.(interaction as APIChatInputApplicationCommandInteraction)
    ? deferralFor(interaction)
    : undefined;
}

/** The answer when it is ready within `ms`, else undefined (the work goes on). */
export async function readyWithin<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const tooSlow = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, tooSlow]);
  } finally {
    clearTimeout(timer);
  }
}

/** Work started on the next turn of the event loop, once what is sent now has gone out. */
export const nextTurn = <T>(work: () => Promise<T>): Promise<T> =>
  new Promise<void>((resolve) => setImmediate(resolve)).then(work);

export const isEphemeralResponse = (response: APIInteractionResponse) =>
  'data' in response &&
  response.data !== undefined &&
  'flags' in response.data &&
  ((response.data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/** A "Share to channel" that posted a public copy, whose link a repeat share can point to. */
export const postsPublicCopy = (interaction: APIInteraction, response: APIInteractionResponse) =>
  interaction.type === InteractionType.MessageComponent &&
  response.type === InteractionResponseType.ChannelMessageWithSource &&
  !isEphemeralResponse(response);

/**
 * What to answer at once when an interaction cannot be answered within Discord's three seconds,
 * or undefined when it cannot be deferred (autocomplete, PING). A command gets a private
 * "thinking…" message, as its replies are private. A button press gets a deferred update
 * (type 6), which changes nothing yet: an update then edits the pressed message itself, and a
 * new message (a share's public copy) follows up. A "thinking…" message (type 5) there would
 * take the edit instead and leave the pressed buttons live.
 */
export function deferralFor(interaction: APIInteraction): APIInteractionResponse | undefined {
  if (interaction.type === InteractionType.ApplicationCommand) {
    return {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    };
  }
  if (interaction.type === InteractionType.MessageComponent) {
    return { type: InteractionResponseType.DeferredMessageUpdate };
  }
  return undefined;
}

/** How the real response reaches Discord once it is ready, after a deferral. */
export type DeferredDelivery =
  /** `PATCH …/messages/@original`: the "thinking…" message, or the pressed message. */
  | { via: 'edit-original'; body: MessagePayload }
  /** `POST /webhooks/{application}/{token}`: a new message, private or public as it says. */
  | { via: 'follow-up'; body: MessagePayload };

const messageOf = (response: APIInteractionResponse): MessagePayload | undefined =>
  response.type === InteractionResponseType.ChannelMessageWithSource ||
  response.type === InteractionResponseType.UpdateMessage
    ? response.data
    : undefined;

/**
 * Where the response to a deferred interaction goes. An edit never carries flags: Discord
 * refuses an edit that sets one, and the message keeps the visibility it was created with. A
 * response with no message (a bug) is replaced by the apology.
 */
export function deliveryAfter(
  deferral: APIInteractionResponse,
  response: APIInteractionResponse,
): DeferredDelivery {
  // A response with no message is a bug, not a reply to anyone: the apology is in English.
  const message = messageOf(response) ?? errorNotice(messagesFor('en'));
  const newMessage = response.type !== InteractionResponseType.UpdateMessage;
  if (deferral.type === InteractionResponseType.DeferredMessageUpdate && newMessage) {
    return { via: 'follow-up', body: message };
  }
  return { via: 'edit-original', body: withoutFlags(message) };
}

import { Routes, type APIInteraction, type APIMessage } from 'discord-api-types/v10';
import { lazyRest, type RestClient } from '../app/lazy-rest.js';
import type { MessagePayload } from '../discord/message-payload.js';

/**
 * The interaction's webhook: how an HTTP endpoint reaches a reply after its HTTP response is
 * gone. Each call is authorized by the interaction's own token (valid 15 minutes), never the
 * bot token, so the endpoint needs no bot token at all.
 */
export interface InteractionWebhook {
  /**
   * Replaces the original response's message with `data` (a deferred "thinking…" message, or the
   * message whose button was pressed after a deferred update); its message id.
   */
  editOriginal(interaction: APIInteraction, data: MessagePayload): Promise<string>;
  /** Sends `data` as a new message after the response (a follow-up); its message id. */
  followUp(interaction: APIInteraction, data: MessagePayload): Promise<string>;
  /** The original response's message id, to link to a shared copy. */
  originalMessageId(interaction: APIInteraction): Promise<string>;
}

/**
 * discord.js's REST client for the webhook routes, loaded on its first call: it queues by Discord's rate limits and retries
 * server errors. `api` replaces Discord's base URL (a local stand-in in tests).
 */
export function createWebhookRest(api?: string): RestClient {
  return lazyRest(api ? { api } : {});
}

export function createInteractionWebhook(rest: RestClient): InteractionWebhook {
  const original = (interaction: APIInteraction) =>
    Routes.webhookMessage(interaction.application_id, interaction.token, '@original');
  return {
    async editOriginal(interaction, data) {
      const message = (await rest.patch(original(interaction), {
        body: data,
        auth: false,
      })) as APIMessage;
      return message.id;
    },
    async followUp(interaction, data) {
      const route = Routes.webhook(interaction.application_id, interaction.token);
      const message = (await rest.post(route, { body: data, auth: false })) as APIMessage;
      return message.id;
    },
    async originalMessageId(interaction) {
      const message = (await rest.get(original(interaction), { auth: false })) as APIMessage;
      return message.id;
    },
  };
}

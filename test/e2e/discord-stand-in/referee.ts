import type {
  APIInteraction,
  APIInteractionResponse,
  RESTPutAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { APPLICATION_ID } from './fixtures.js';
import { checkCommands } from './command-rules.js';
import type { FormError } from './form-errors.js';
import { checkMessage, type MessageKind } from './message-rules.js';
import type { MessageBody } from './discord-state.js';
import { specValidator } from './openapi-validator.js';
import { checkResponse } from './response-rules.js';

/**
 * The stand-in's judgement of a request body without sending it: Discord's schema first, then
 * the documented rules, exactly as its routes apply them. For tests that check many bodies
 * (every command definition, every reply) faster than over HTTP.
 */
const judged = (schemaErrors: FormError[], rules: () => FormError[]) =>
  schemaErrors.length > 0 ? schemaErrors : rules();

/** An interaction response, as `POST /interactions/{id}/{token}/callback` judges it. */
export function refereeResponse(
  interaction: APIInteraction,
  response: APIInteractionResponse,
): FormError[] {
  return judged(
    specValidator().check({
      method: 'POST',
      specPath: '/interactions/{interaction_id}/{interaction_token}/callback',
      path: `/interactions/${interaction.id}/${interaction.token}/callback`,
      body: response,
    }),
    () => checkResponse(interaction, response),
  );
}

const WEBHOOK = '/webhooks/{webhook_id}/{webhook_token}';

/** What completes a deferred interaction: an edit of @original, or a follow-up. */
export function refereeWebhookMessage(
  interaction: APIInteraction,
  via: 'edit-original' | 'follow-up',
  body: MessageBody,
): FormError[] {
  const edit = via === 'edit-original';
  const base = `/webhooks/${APPLICATION_ID}/${interaction.token}`;
  const kind: MessageKind = edit ? 'edit' : 'interaction';
  return judged(
    specValidator().check({
      method: edit ? 'PATCH' : 'POST',
      specPath: edit ? `${WEBHOOK}/messages/@original` : WEBHOOK,
      path: edit ? `${base}/messages/@original` : base,
      body,
    }),
    () => checkMessage(body, kind),
  );
}

/** A bulk overwrite of the application's global commands (`PUT …/commands`). */
export function refereeCommands(body: RESTPutAPIApplicationCommandsJSONBody): FormError[] {
  return judged(
    specValidator().check({
      method: 'PUT',
      specPath: '/applications/{application_id}/commands',
      path: `/applications/${APPLICATION_ID}/commands`,
      body,
    }),
    () => checkCommands(body),
  );
}

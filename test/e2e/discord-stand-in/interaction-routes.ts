import { InteractionResponseType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import type {
  APIInteractionResponse,
  APIMessage,
  RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord-api-types/v10';
import type { DiscordState, MessageBody, TrackedInteraction } from './discord-state.js';
import { APPLICATION_ID } from './fixtures.js';
import { checkChoices, checkMessage, invalidFormBody, isEmptyMessage } from './message-rules.js';
import type { FormError } from './message-rules.js';
import { discordError, noContent, ok } from './route.js';
import type { Route, RouteRequest, RouteResponse } from './route.js';

const unknownInteraction = discordError(404, 10062, 'Unknown interaction');
const unknownWebhook = discordError(404, 10015, 'Unknown Webhook');
const unknownMessage = discordError(404, 10008, 'Unknown Message');
const emptyMessage = discordError(400, 50006, 'Cannot send an empty message');

/**
 * The interaction callback and the interaction webhook (follow-ups, edits of the original).
 * Like Discord, it refuses a second initial response, one after the deadline (three seconds),
 * and one of the wrong type for the interaction.
 */
export function interactionRoutes(state: DiscordState, responseDeadlineMs: number): Route[] {
  const webhook = (request: RouteRequest) => {
    const tracked = state.interactionByToken(request.params.token ?? '');
    return request.params.applicationId === APPLICATION_ID && tracked?.acknowledged
      ? tracked
      : undefined;
  };
  const messageOf = (request: RouteRequest, tracked: TrackedInteraction) => {
    const id = request.params.messageId;
    const messageId = id === '@original' ? tracked.originalMessageId : id;
    return messageId ? state.webhookMessage(tracked.interaction.token, messageId) : undefined;
  };
  const withWebhookMessage =
    (answer: (message: APIMessage, request: RouteRequest) => RouteResponse) =>
    (request: RouteRequest): RouteResponse => {
      const tracked = webhook(request);
      if (!tracked) return unknownWebhook;
      const message = messageOf(request, tracked);
      return message ? answer(message, request) : unknownMessage;
    };

  return [
    {
      method: 'POST',
      template: '/interactions/:id/:token/callback',
      auth: 'none',
      handle: (request) => respond(state, request, responseDeadlineMs),
    },
    {
      method: 'POST',
      template: '/webhooks/:applicationId/:token',
      auth: 'none',
      handle: (request) => {
        const tracked = webhook(request);
        if (!tracked) return unknownWebhook;
        const body = request.body as MessageBody;
        if (isEmptyMessage(body, request.files.length)) return emptyMessage;
        const errors = checkMessage(body);
        if (errors.length > 0) return { status: 400, body: invalidFormBody(errors) };
        return ok(state.createMessage(channelOf(tracked), body, tracked.interaction.token));
      },
    },
    {
      method: 'GET',
      template: '/webhooks/:applicationId/:token/messages/:messageId',
      auth: 'none',
      handle: withWebhookMessage((message) => ok(message)),
    },
    {
      method: 'PATCH',
      template: '/webhooks/:applicationId/:token/messages/:messageId',
      auth: 'none',
      handle: withWebhookMessage((message, request) => {
        const errors = checkMessage(request.body as MessageBody);
        if (errors.length > 0) return { status: 400, body: invalidFormBody(errors) };
        return ok(state.editMessage(message.id, request.body as MessageBody));
      }),
    },
    {
      method: 'DELETE',
      template: '/webhooks/:applicationId/:token/messages/:messageId',
      auth: 'none',
      handle: withWebhookMessage((message) => {
        state.deleteMessage(message.id);
        return noContent;
      }),
    },
  ];
}

function respond(state: DiscordState, request: RouteRequest, deadlineMs: number): RouteResponse {
  const tracked = state.interactions.get(request.params.id ?? '');
  if (!tracked || tracked.interaction.token !== request.params.token) return unknownInteraction;
  // Discord forgets an interaction nobody answered within three seconds.
  if (Date.now() - tracked.receivedAt > deadlineMs) return unknownInteraction;
  if (tracked.acknowledged) {
    return discordError(400, 40060, 'Interaction has already been acknowledged.');
  }
  const response = request.body as APIInteractionResponse;
  const errors = checkResponse(tracked, response);
  if (errors.length > 0) return { status: 400, body: invalidFormBody(errors) };
  if (response.type === InteractionResponseType.ChannelMessageWithSource) {
    if (isEmptyMessage(response.data, request.files.length)) return emptyMessage;
  }
  tracked.acknowledged = true;
  const message = originalMessage(state, tracked, response);
  tracked.originalMessageId = message?.id;
  if (request.query.get('with_response') !== 'true') return noContent;
  const result: RESTPostAPIInteractionCallbackWithResponseResult = {
    interaction: {
      id: tracked.interaction.id,
      type: tracked.interaction.type,
      ...(message && {
        response_message_id: message.id,
        response_message_loading: ((message.flags ?? 0) & MessageFlags.Loading) !== 0,
        response_message_ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
      }),
    },
    resource: { type: response.type, ...(message && { message }) },
  };
  return ok(result);
}

function checkResponse(tracked: TrackedInteraction, response: APIInteractionResponse): FormError[] {
  const interactionType = tracked.interaction.type;
  const expected =
    interactionType === InteractionType.Ping
      ? response.type === InteractionResponseType.Pong
      : interactionType === InteractionType.ApplicationCommandAutocomplete
        ? response.type === InteractionResponseType.ApplicationCommandAutocompleteResult
        : response.type !== InteractionResponseType.Pong &&
          response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult;
  if (!expected) {
    const message = `Response type ${response.type} does not answer interaction type ${interactionType}`;
    return [{ path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message }];
  }
  switch (response.type) {
    case InteractionResponseType.ChannelMessageWithSource:
    case InteractionResponseType.UpdateMessage:
      return response.data ? checkMessage(response.data) : [];
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return checkChoices(response.data.choices ?? []);
    default:
      return [];
  }
}

/** The message an initial response creates or, for a component's update, edits. */
function originalMessage(
  state: DiscordState,
  tracked: TrackedInteraction,
  response: APIInteractionResponse,
): APIMessage | undefined {
  const { token } = tracked.interaction;
  switch (response.type) {
    case InteractionResponseType.ChannelMessageWithSource:
      return state.createMessage(channelOf(tracked), response.data, token);
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      const flags = (response.data?.flags ?? 0) | MessageFlags.Loading;
      return state.createMessage(channelOf(tracked), { flags }, token);
    }
    case InteractionResponseType.UpdateMessage: {
      const target = tracked.interaction.message;
      // A message the test made up for the interaction is not stored; it stays as it was.
      return (target && response.data && state.editMessage(target.id, response.data)) || target;
    }
    default:
      return undefined;
  }
}

function channelOf(tracked: TrackedInteraction): string {
  const { channel, channel_id: channelId } = tracked.interaction;
  return channel?.id ?? channelId ?? 'dm';
}

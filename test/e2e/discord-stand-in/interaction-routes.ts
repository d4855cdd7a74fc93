import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import type {
  APIInteractionResponse,
  APIMessage,
  RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord-api-types/v10';
import type { DiscordState, MessageBody, TrackedInteraction } from './discord-state.js';
import { APPLICATION_ID } from './fixtures.js';
import { refusal } from './form-errors.js';
import { checkMessage, isEmptyMessage } from './message-rules.js';
import { checkResponse } from './response-rules.js';
import { discordError, noContent, ok } from './route.js';
import type { Route, RouteRequest, RouteResponse } from './route.js';

const unknownInteraction = discordError(404, 10062, 'Unknown interaction');
const unknownWebhook = discordError(404, 10015, 'Unknown Webhook');
const unknownMessage = discordError(404, 10008, 'Unknown Message');
const emptyMessage = discordError(400, 50006, 'Cannot send an empty message');

const WEBHOOK = '/webhooks/{webhook_id}/{webhook_token}';

/**
 * The interaction callback and the interaction webhook (follow-ups, edits of the original).
 * Like Discord, it refuses a second initial response, one after the deadline (three seconds),
 * one of the wrong type for the interaction, and any body its schema or rules refuse.
 */
export function interactionRoutes(state: DiscordState, responseDeadlineMs: number): Route[] {
  const webhook = (request: RouteRequest) => {
    const tracked = state.interactionByToken(request.params.token ?? '');
    return request.params.applicationId === APPLICATION_ID && tracked?.acknowledged
      ? tracked
      : undefined;
  };
  const messageOf = (request: RouteRequest, tracked: TrackedInteraction) => {
    const { messageId } = request.params;
    // `@original` (the routes without a message id) is the response's message: for a button
    // press answered with an update, the message the button is on, whoever posted it.
    if (messageId === undefined) {
      const original = tracked.originalMessageId;
      return original === undefined ? undefined : state.message(original);
    }
    return state.webhookMessage(tracked.interaction.token, messageId);
  };
  const withWebhookMessage =
    (answer: (message: APIMessage, request: RouteRequest) => RouteResponse) =>
    (request: RouteRequest): RouteResponse => {
      const tracked = webhook(request);
      if (!tracked) return unknownWebhook;
      const message = messageOf(request, tracked);
      return message ? answer(message, request) : unknownMessage;
    };

  const edit = withWebhookMessage((message, request) => {
    const body = request.body as MessageBody;
    return refusal(checkMessage(body, 'edit')) ?? ok(state.editMessage(message.id, body));
  });
  const remove = withWebhookMessage((message) => {
    state.deleteMessage(message.id);
    return noContent;
  });
  // `@original` and a message id are one route here and two in Discord's description.
  const messageRoutes = (messageId: string, spec: string): Route[] => [
    {
      method: 'GET',
      template: `/webhooks/:applicationId/:token/messages/${messageId}`,
      auth: 'none',
      spec,
      handle: withWebhookMessage((message) => ok(message)),
    },
    {
      method: 'PATCH',
      template: `/webhooks/:applicationId/:token/messages/${messageId}`,
      auth: 'none',
      spec,
      handle: edit,
    },
    {
      method: 'DELETE',
      template: `/webhooks/:applicationId/:token/messages/${messageId}`,
      auth: 'none',
      spec,
      handle: remove,
    },
  ];

  return [
    {
      method: 'POST',
      template: '/interactions/:id/:token/callback',
      auth: 'none',
      spec: '/interactions/{interaction_id}/{interaction_token}/callback',
      handle: (request) => respond(state, request, responseDeadlineMs),
    },
    {
      method: 'POST',
      template: '/webhooks/:applicationId/:token',
      auth: 'none',
      spec: WEBHOOK,
      handle: (request) => {
        const tracked = webhook(request);
        if (!tracked) return unknownWebhook;
        const body = request.body as MessageBody;
        if (isEmptyMessage(body, request.files.length)) return emptyMessage;
        return (
          refusal(checkMessage(body, 'interaction')) ??
          ok(state.createMessage(channelOf(tracked), body, tracked.interaction.token))
        );
      },
    },
    ...messageRoutes('@original', `${WEBHOOK}/messages/@original`),
    ...messageRoutes(':messageId', `${WEBHOOK}/messages/{message_id}`),
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
  const refused = refusal(checkResponse(tracked.interaction, response));
  if (refused) return refused;
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
    case InteractionResponseType.DeferredMessageUpdate:
      return tracked.interaction.message;
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

import type { APIChannel, APIMessage } from 'discord-api-types/v10';
import type { DiscordState, MessageBody } from './discord-state.js';
import { refusal } from './form-errors.js';
import { checkMessage, isEmptyMessage } from './message-rules.js';
import { discordError, noContent, ok } from './route.js';
import type { Route, RouteRequest, RouteResponse } from './route.js';

const unknownChannel = discordError(404, 10003, 'Unknown Channel');
const unknownMessage = discordError(404, 10008, 'Unknown Message');

/**
 * Channels, their messages and their pins. Discord moved pins to `/channels/:id/messages/pins`
 * and split the Pin Messages permission out of Manage Messages; the old `/channels/:id/pins`
 * routes still work, so both are served.
 */
export function channelRoutes(state: DiscordState, pinLimit: number): Route[] {
  const withChannel =
    (answer: (channel: APIChannel, request: RouteRequest) => RouteResponse) =>
    (request: RouteRequest): RouteResponse => {
      const channel = state.channel(request.params.channelId ?? '');
      return channel ? answer(channel, request) : unknownChannel;
    };
  const withMessage =
    (answer: (message: APIMessage, request: RouteRequest) => RouteResponse) =>
    (request: RouteRequest): RouteResponse => {
      const { channelId = '', messageId = '' } = request.params;
      if (!state.channel(channelId)) return unknownChannel;
      const message = state.channelMessage(channelId, messageId);
      return message ? answer(message, request) : unknownMessage;
    };
  const pin = withMessage((message) => {
    const pinned = state.pins.get(message.channel_id) ?? [];
    if (!pinned.includes(message.id) && pinned.length >= pinLimit) {
      return discordError(400, 30003, `Maximum number of pins reached (${pinLimit})`);
    }
    state.setPinned(message.channel_id, message.id, true);
    return noContent;
  });
  const unpin = withMessage((message) => {
    state.setPinned(message.channel_id, message.id, false);
    return noContent;
  });

  return [
    {
      method: 'GET',
      template: '/channels/:channelId',
      auth: 'bot',
      spec: '/channels/{channel_id}',
      handle: withChannel(ok),
    },
    {
      method: 'POST',
      template: '/channels/:channelId/messages',
      auth: 'bot',
      spec: '/channels/{channel_id}/messages',
      handle: withChannel((channel, request) => {
        const body = request.body as MessageBody;
        if (isEmptyMessage(body, request.files.length)) {
          return discordError(400, 50006, 'Cannot send an empty message');
        }
        return refusal(checkMessage(body, 'create')) ?? ok(state.createMessage(channel.id, body));
      }),
    },
    // Listed before `/messages/:messageId`, which would otherwise take "pins" for an id.
    {
      method: 'GET',
      template: '/channels/:channelId/messages/pins',
      auth: 'bot',
      spec: '/channels/{channel_id}/messages/pins',
      handle: withChannel((channel) =>
        ok({
          items: state.pinnedMessages(channel.id).map((message) => ({
            pinned_at: message.edited_timestamp ?? message.timestamp,
            message,
          })),
          has_more: false,
        }),
      ),
    },
    {
      method: 'PUT',
      template: '/channels/:channelId/messages/pins/:messageId',
      auth: 'bot',
      spec: '/channels/{channel_id}/messages/pins/{message_id}',
      handle: pin,
    },
    {
      method: 'DELETE',
      template: '/channels/:channelId/messages/pins/:messageId',
      auth: 'bot',
      spec: '/channels/{channel_id}/messages/pins/{message_id}',
      handle: unpin,
    },
    {
      method: 'GET',
      template: '/channels/:channelId/pins',
      auth: 'bot',
      spec: '/channels/{channel_id}/pins',
      handle: withChannel((channel) => ok(state.pinnedMessages(channel.id))),
    },
    {
      method: 'PUT',
      template: '/channels/:channelId/pins/:messageId',
      auth: 'bot',
      spec: '/channels/{channel_id}/pins/{message_id}',
      handle: pin,
    },
    {
      method: 'DELETE',
      template: '/channels/:channelId/pins/:messageId',
      auth: 'bot',
      spec: '/channels/{channel_id}/pins/{message_id}',
      handle: unpin,
    },
    {
      method: 'GET',
      template: '/channels/:channelId/messages/:messageId',
      auth: 'bot',
      spec: '/channels/{channel_id}/messages/{message_id}',
      handle: withMessage((message) => ok(message)),
    },
    {
      method: 'PATCH',
      template: '/channels/:channelId/messages/:messageId',
      auth: 'bot',
      spec: '/channels/{channel_id}/messages/{message_id}',
      handle: withMessage((message, request) => {
        const body = request.body as MessageBody;
        return refusal(checkMessage(body, 'edit')) ?? ok(state.editMessage(message.id, body));
      }),
    },
    {
      method: 'DELETE',
      template: '/channels/:channelId/messages/:messageId',
      auth: 'bot',
      spec: '/channels/{channel_id}/messages/{message_id}',
      handle: withMessage((message) => {
        state.deleteMessage(message.id);
        return noContent;
      }),
    },
  ];
}

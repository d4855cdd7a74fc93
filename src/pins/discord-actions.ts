import {
  Routes,
  type APIChannel,
  type APIGuild,
  type APIGuildMember,
  type APIMessage,
  type APIUser,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord-api-types/v10';
import type { RestClient } from '../app/lazy-rest.js';
import type { MessagePayload } from '../discord/message-payload.js';
import { channelPermissions, isThread } from './permissions.js';

/** Why a call to Discord failed: its JSON error code when it sent one (10008 Unknown Message). */
export interface DiscordFailure {
  code?: number;
  status?: number;
  message: string;
}

export type DiscordResult<T = undefined> =
  { ok: true; value: T } | { ok: false; failure: DiscordFailure };

/** What the bot itself may do in a channel, and whether that channel is a thread. */
export interface BotPermissions {
  permissions: bigint;
  thread: boolean;
}

/**
 * The few calls pinned explainers make to Discord's REST API, as values rather than exceptions.
 * Passed in through the context, so commands and the refresh loop are tested with a fake and
 * every transport (gateway, HTTP endpoint) can hand in its own REST client.
 */
export interface DiscordActions {
  postMessage(channelId: string, payload: MessagePayload): Promise<DiscordResult<{ id: string }>>;
  editMessage(
    channelId: string,
    messageId: string,
    payload: MessagePayload,
  ): Promise<DiscordResult>;
  deleteMessage(channelId: string, messageId: string): Promise<DiscordResult>;
  pinMessage(channelId: string, messageId: string): Promise<DiscordResult>;
  unpinMessage(channelId: string, messageId: string): Promise<DiscordResult>;
  /** The bot's permissions in a channel of a server, computed from its roles and the overwrites. */
  botPermissions(guildId: string, channelId: string): Promise<DiscordResult<BotPermissions>>;
}

/** Discord's JSON error codes that pinned explainers act on (discord.com/developers/docs/topics/opcodes-and-status-codes). */
export const DiscordErrorCode = {
  UnknownChannel: 10003,
  UnknownMessage: 10008,
  MaximumPinsReached: 30003,
  MissingAccess: 50001,
  MissingPermissions: 50013,
} as const;

/** The message or channel is gone for good: a tracked explainer there is orphaned. */
export const isGone = (failure: DiscordFailure): boolean =>
  failure.code === DiscordErrorCode.UnknownMessage ||
  failure.code === DiscordErrorCode.UnknownChannel;

/**
 * discord.js's REST errors carry the HTTP status Discord answered with, and its JSON error code
 * when it sent one (DiscordAPIError); a failure without a status never reached Discord. Read by
 * shape rather than by class, so that this module does not load discord.js.
 */
function toFailure(error: unknown): DiscordFailure {
  const message = error instanceof Error ? error.message : String(error);
  const { status, code } = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown;
    code?: unknown;
  };
  if (typeof status !== 'number') return { message };
  return { ...(typeof code === 'number' ? { code } : {}), status, message };
}

async function attempt<T>(call: () => Promise<T>): Promise<DiscordResult<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, failure: toFailure(error) };
  }
}

/** A message body for the channel routes: what the renderers produce, minus interaction-only flags. */
const messageBody = ({ content, embeds, components, allowed_mentions }: MessagePayload) =>
  ({ content, embeds, components, allowed_mentions }) as RESTPostAPIChannelMessageJSONBody;

/**
 * Discord actions over discord.js's REST client, which queues each route's requests and waits
 * out rate limits (429) by itself; failures come back as values naming Discord's error code.
 */
export function createDiscordActions(rest: RestClient): DiscordActions {
  let self: Promise<string> | undefined;
  const botUserId = () =>
    (self ??= (rest.get(Routes.user('@me')) as Promise<APIUser>)
      .then((user) => user.id)
      .catch((error: unknown) => {
        self = undefined;
        throw error;
      }));

  return {
    postMessage: (channelId, payload) =>
      attempt(async () => {
        const body = messageBody(payload);
        const message = (await rest.post(Routes.channelMessages(channelId), {
          body,
        })) as APIMessage;
        return { id: message.id };
      }),
    editMessage: (channelId, messageId, payload) =>
      attempt(async () => {
        await rest.patch(Routes.channelMessage(channelId, messageId), {
          body: messageBody(payload),
        });
        return undefined;
      }),
    deleteMessage: (channelId, messageId) =>
      attempt(async () => {
        await rest.delete(Routes.channelMessage(channelId, messageId));
        return undefined;
      }),
    // The pins routes under /messages/ replaced /channels/:id/pins when Pin Messages was split out.
    pinMessage: (channelId, messageId) =>
      attempt(async () => {
        await rest.put(Routes.channelMessagesPin(channelId, messageId));
        return undefined;
      }),
    unpinMessage: (channelId, messageId) =>
      attempt(async () => {
        await rest.delete(Routes.channelMessagesPin(channelId, messageId));
        return undefined;
      }),
    botPermissions: (guildId, channelId) =>
      attempt(async () => {
        const channel = (await rest.get(Routes.channel(channelId))) as APIChannel;
        const thread = isThread(channel.type);
        // A thread has no overwrites of its own: its parent channel's apply.
        const parentId = thread && 'parent_id' in channel ? channel.parent_id : undefined;
        const source = parentId
          ? ((await rest.get(Routes.channel(parentId))) as APIChannel)
          : channel;
        const overwrites =
          'permission_overwrites' in source ? (source.permission_overwrites ?? []) : [];
        const guild = (await rest.get(Routes.guild(guildId))) as APIGuild;
        const userId = await botUserId();
        const member = (await rest.get(Routes.guildMember(guildId, userId))) as APIGuildMember;
        const permissions = channelPermissions({
          guildId,
          ownerId: guild.owner_id,
          roles: guild.roles,
          member: { userId, roleIds: member.roles },
          overwrites,
        });
        return { permissions, thread };
      }),
  };
}

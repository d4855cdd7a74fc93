/**
 * Interaction objects as Discord sends them, built from plain arguments: the local console uses
 * them to drive the same core as the gateway, and tests use them as typed fakes (a misspelt
 * field fails to compile).
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  GuildMemberFlags,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandInteractionDataStringOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentButtonInteraction,
  type APIPingInteraction,
  type APIUser,
} from 'discord-api-types/v10';

/** Who acts and where. Defaults: a member of a test server, in one text channel. */
export interface Actor {
  userId?: string;
  username?: string;
  globalName?: string | null;
  nick?: string | null;
  /** null: not in a server, but in the bot's DM (the default then) or a private channel. */
  guildId?: string | null;
  /**
   * Outside a server: the bot's own DM, or a DM or group DM between people (a private channel),
   * which only a user install of the app reaches.
   */
  context?: InteractionContextType.BotDM | InteractionContextType.PrivateChannel;
  /**
   * Whose install of the app answers: the server's (default wherever it can be) or the person's
   * own (a user install), as in a server that never added the bot or a private channel.
   */
  installedBy?: 'server' | 'user';
  /** The member's permissions in the channel, as Discord sends them (a string of bits); default none. */
  permissions?: string;
  channelId?: string;
  applicationId?: string;
}

const DEFAULTS = {
  userId: '100000000000000001',
  username: 'asker',
  guildId: '200000000000000001',
  channelId: '300000000000000001',
  applicationId: '400000000000000001',
} as const;

let sequence = 0;
/** Snowflake-shaped ids, unique within a process. */
export const nextId = (): string => String(500000000000000000n + BigInt(++sequence));

function userOf(actor: Actor): APIUser {
  return {
    id: actor.userId ?? DEFAULTS.userId,
    username: actor.username ?? DEFAULTS.username,
    discriminator: '0',
    global_name: actor.globalName ?? null,
    avatar: null,
  };
}

function memberOf(actor: Actor): APIInteractionGuildMember {
  return {
    user: userOf(actor),
    nick: actor.nick ?? null,
    roles: [],
    joined_at: '2025-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: GuildMemberFlags.CompletedOnboarding,
    permissions: actor.permissions ?? '0',
  };
}

/** Who authorized the app here, as Discord says it: the server's id, "0" in a bot DM, or the user's id. */
function installOwners(actor: Actor, guildId: string | null) {
  const privateChannel =
    guildId === null && actor.context === InteractionContextType.PrivateChannel;
  return (actor.installedBy ?? (privateChannel ? 'user' : 'server')) === 'user'
    ? { [ApplicationIntegrationType.UserInstall]: actor.userId ?? DEFAULTS.userId }
    : { [ApplicationIntegrationType.GuildInstall]: guildId ?? '0' };
}

/** The fields every interaction carries, for a guild member or (guildId: null) a DM. */
function envelope(actor: Actor) {
  const channelId = actor.channelId ?? DEFAULTS.channelId;
  const guildId = actor.guildId === undefined ? DEFAULTS.guildId : actor.guildId;
  const privateChannel = actor.context === InteractionContextType.PrivateChannel;
  const where =
    guildId === null
      ? {
          user: userOf(actor),
          context: privateChannel
            ? InteractionContextType.PrivateChannel
            : InteractionContextType.BotDM,
          channel: privateChannel
            ? { id: channelId, type: ChannelType.GroupDM as const, recipients: [] }
            : { id: channelId, type: ChannelType.DM as const },
        }
      : {
          guild_id: guildId,
          member: memberOf(actor),
          context: InteractionContextType.Guild,
          channel: { id: channelId, type: ChannelType.GuildText as const },
        };
  return {
    id: nextId(),
    application_id: actor.applicationId ?? DEFAULTS.applicationId,
    channel_id: channelId,
    token: `interaction-token-${nextId()}`,
    version: 1 as const,
    app_permissions: '0',
    locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: installOwners(actor, guildId),
    attachment_size_limit: 10_485_760,
    ...where,
  };
}

const stringOptions = (
  options: Readonly<Record<string, string>>,
  focused?: string,
): APIApplicationCommandInteractionDataStringOption[] =>
  Object.entries(options).map(([name, value]) => ({
    type: ApplicationCommandOptionType.String,
    name,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));

/** Discord's check that an HTTP endpoint is alive; never sent over the gateway. */
export function buildPing(actor: Actor = {}): APIPingInteraction {
  const { id, application_id, token, version, app_permissions, entitlements } = envelope(actor);
  return {
    id,
    application_id,
    type: InteractionType.Ping,
    token,
    version,
    app_permissions,
    entitlements,
    authorizing_integration_owners: {},
    attachment_size_limit: 10_485_760,
  };
}

/** `/name …` with options as Discord sends them: any types, subcommands included. */
export function buildCommandInteraction(
  name: string,
  options: readonly APIApplicationCommandInteractionDataOption[],
  actor: Actor = {},
): APIChatInputApplicationCommandInteraction {
  return {
    ...envelope(actor),
    type: InteractionType.ApplicationCommand,
    data: {
      id: nextId(),
      name,
      type: ApplicationCommandType.ChatInput,
      ...(options.length > 0 ? { options: [...options] } : {}),
    },
  };
}

/** `/name option:value …`, string options only (what most of this bot's commands take). */
export const buildSlashInteraction = (
  name: string,
  options: Readonly<Record<string, string>> = {},
  actor: Actor = {},
): APIChatInputApplicationCommandInteraction =>
  buildCommandInteraction(name, stringOptions(options), actor);

/** Someone typing into an option of `/name`: the one of `options` marked `focused`. */
export function buildCompletionInteraction(
  name: string,
  options: readonly APIApplicationCommandInteractionDataOption[],
  actor: Actor = {},
): APIApplicationCommandAutocompleteInteraction {
  return {
    ...envelope(actor),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: { id: nextId(), name, type: ApplicationCommandType.ChatInput, options: [...options] },
  };
}

/** Someone typing into option `focused` of `/name`. */
export const buildAutocompleteInteraction = (
  name: string,
  focused: string,
  typed: string,
  actor: Actor = {},
): APIApplicationCommandAutocompleteInteraction =>
  buildCompletionInteraction(name, stringOptions({ [focused]: typed }, focused), actor);

/** A message as `resolved.messages` carries it for a context-menu command. */
export function buildMessage(content: string, actor: Actor = {}): APIMessage {
  return {
    id: nextId(),
    channel_id: actor.channelId ?? DEFAULTS.channelId,
    author: userOf({ userId: '100000000000000099', username: 'someone' }),
    content,
    timestamp: '2025-11-27T12:00:00.000Z',
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: MessageType.Default,
  };
}

/** Right-click a message > Apps > `name`. */
export function buildMessageCommandInteraction(
  name: string,
  content: string,
  actor: Actor = {},
): APIMessageApplicationCommandInteraction {
  const message = buildMessage(content, actor);
  return {
    ...envelope(actor),
    type: InteractionType.ApplicationCommand,
    data: {
      id: nextId(),
      name,
      type: ApplicationCommandType.Message,
      target_id: message.id,
      resolved: { messages: { [message.id]: message } },
    },
  };
}

/**
 * A press of the button `customId` on one of the bot's messages; `on` is what that message
 * holds (its buttons, its flags), which Discord sends along with the press.
 */
export function buildButtonInteraction(
  customId: string,
  actor: Actor = {},
  on: Partial<Pick<APIMessage, 'components' | 'flags'>> = {},
): APIMessageComponentButtonInteraction {
  const base = envelope(actor);
  return {
    ...base,
    type: InteractionType.MessageComponent,
    message: {
      ...buildMessage('', actor),
      author: userOf({ userId: base.application_id, username: 'bot' }),
      ...on,
    },
    data: { custom_id: customId, component_type: ComponentType.Button },
  };
}

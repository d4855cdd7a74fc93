import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageType,
} from 'discord-api-types/v10';
import type {
  APIApplicationCommandAutocompleteGuildInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandInteractionDataOption,
  APIChatInputApplicationCommandDMInteraction,
  APIChatInputApplicationCommandGuildInteraction,
  APIGuildInteractionWrapper,
  APIInteractionGuildMember,
  APIMessage,
  APIMessageApplicationCommandGuildInteraction,
  APIMessageComponentButtonInteraction,
  APIMessageComponentSelectMenuInteraction,
  APIPingInteraction,
  APIUser,
  GuildMemberFlags,
} from 'discord-api-types/v10';
import {
  APPLICATION_ID,
  BOT_PERMISSIONS,
  BOT_USER,
  CHANNEL_ID,
  GUILD_ID,
  MEMBER_USER,
  nextSnowflake,
} from './fixtures.js';

/** A value as a user types it into a slash command option. */
export type OptionValue = string | number | boolean;

export type APIButtonGuildInteraction =
  APIGuildInteractionWrapper<APIMessageComponentButtonInteraction>;

export type APIStringSelectGuildInteraction =
  APIGuildInteractionWrapper<APIMessageComponentSelectMenuInteraction>;

/** What every interaction in the test guild shares: who, where, and the bot's permissions there. */
function guildInteractionBase() {
  const id = nextSnowflake();
  return {
    id,
    application_id: APPLICATION_ID,
    // Real tokens are long and opaque; this one only needs to be unique and URL-safe.
    token: `stand-in-interaction-token-${id}`,
    version: 1 as const,
    guild_id: GUILD_ID,
    guild: { id: GUILD_ID, features: [], locale: Locale.EnglishUS },
    channel: { id: CHANNEL_ID, type: ChannelType.GuildText as const, name: 'ask-here' },
    channel_id: CHANNEL_ID,
    member: guildMember(MEMBER_USER),
    app_permissions: String(BOT_PERMISSIONS),
    locale: Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: GUILD_ID },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

/** A DM's id: the bot's own DM with the member, or a group DM among people. */
export const DM_CHANNEL_ID = '1100000000000000600';

/**
 * `/name option:value …` outside any server, from a person who added the app to their account
 * (a user install): in the bot's DM, or in a DM or group DM among people (a private channel).
 */
function chatInputInDm(
  name: string,
  values: Record<string, OptionValue> = {},
  where:
    | InteractionContextType.BotDM
    | InteractionContextType.PrivateChannel = InteractionContextType.BotDM,
  user: APIUser = MEMBER_USER,
): APIChatInputApplicationCommandDMInteraction {
  const id = nextSnowflake();
  return {
    id,
    application_id: APPLICATION_ID,
    token: `stand-in-interaction-token-${id}`,
    version: 1,
    type: InteractionType.ApplicationCommand,
    data: {
      id: nextSnowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: toOptions(values),
    },
    user,
    channel:
      where === InteractionContextType.BotDM
        ? { id: DM_CHANNEL_ID, type: ChannelType.DM }
        : { id: DM_CHANNEL_ID, type: ChannelType.GroupDM, recipients: [] },
    channel_id: DM_CHANNEL_ID,
    // Outside a server an app may only answer: it holds no permissions of its own there.
    app_permissions: '0',
    locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: user.id },
    context: where,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

/** A member with no special permissions; override `permissions` to make a moderator. */
export function guildMember(user: APIUser, permissions = '0'): APIInteractionGuildMember {
  return {
    user,
    nick: null,
    roles: [],
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    permissions,
  };
}

/** Options as Discord sends them: `{ name, type, value }`, the type following the JS value. */
function toOptions(
  values: Record<string, OptionValue>,
): APIApplicationCommandInteractionDataBasicOption[] {
  return Object.entries(values).map(([name, value]) => {
    if (typeof value === 'string')
      return { name, type: ApplicationCommandOptionType.String, value };
    if (typeof value === 'boolean')
      return { name, type: ApplicationCommandOptionType.Boolean, value };
    const type = Number.isInteger(value)
      ? ApplicationCommandOptionType.Integer
      : ApplicationCommandOptionType.Number;
    return { name, type, value };
  });
}

/** `/name option:value …`, or `/name subcommand option:value …` when `subcommand` is given. */
function chatInput(
  name: string,
  values: Record<string, OptionValue> = {},
  overrides: Partial<APIChatInputApplicationCommandGuildInteraction> & { subcommand?: string } = {},
): APIChatInputApplicationCommandGuildInteraction {
  const { subcommand, ...rest } = overrides;
  const options: APIApplicationCommandInteractionDataOption[] = subcommand
    ? [
        {
          name: subcommand,
          type: ApplicationCommandOptionType.Subcommand,
          options: toOptions(values),
        },
      ]
    : toOptions(values);
  return {
    ...guildInteractionBase(),
    type: InteractionType.ApplicationCommand,
    data: { id: nextSnowflake(), name, type: ApplicationCommandType.ChatInput, options },
    ...rest,
  };
}

/** The user is typing into `focused`; `others` are options already filled in. */
function autocomplete(
  name: string,
  focused: { name: string; value: string },
  others: Record<string, OptionValue> = {},
  overrides: Partial<APIApplicationCommandAutocompleteGuildInteraction> = {},
): APIApplicationCommandAutocompleteGuildInteraction {
  return {
    ...guildInteractionBase(),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: nextSnowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: [
        ...toOptions(others),
        { ...focused, type: ApplicationCommandOptionType.String, focused: true },
      ],
    },
    ...overrides,
  };
}

/** A press of the button `customId` on `message` (by default, an ephemeral reply carrying it). */
function button(
  customId: string,
  overrides: Partial<APIButtonGuildInteraction> = {},
): APIButtonGuildInteraction {
  const message = botMessage({
    flags: MessageFlags.Ephemeral,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            custom_id: customId,
            label: 'Button',
          },
        ],
      },
    ],
  });
  return {
    ...guildInteractionBase(),
    type: InteractionType.MessageComponent,
    data: { component_type: ComponentType.Button, custom_id: customId },
    message,
    ...overrides,
  };
}

/** A choice of `values` in the string select `customId` on `message` (by default, an ephemeral reply). */
function select(
  customId: string,
  values: string[],
  overrides: Partial<APIStringSelectGuildInteraction> = {},
): APIStringSelectGuildInteraction {
  const message = botMessage({
    flags: MessageFlags.Ephemeral,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: customId,
            options: values.map((value) => ({ label: value, value })),
          },
        ],
      },
    ],
  });
  return {
    ...guildInteractionBase(),
    type: InteractionType.MessageComponent,
    data: { component_type: ComponentType.StringSelect, custom_id: customId, values },
    message,
    ...overrides,
  };
}

/** The message context-menu command `name` run on a message whose text is `content`. */
function messageContextMenu(
  name: string,
  content: string,
  overrides: Partial<APIMessageApplicationCommandGuildInteraction> = {},
): APIMessageApplicationCommandGuildInteraction {
  const target = botMessage({ author: MEMBER_USER, content });
  return {
    ...guildInteractionBase(),
    type: InteractionType.ApplicationCommand,
    data: {
      id: nextSnowflake(),
      name,
      type: ApplicationCommandType.Message,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    },
    ...overrides,
  };
}

/** Discord's check that an HTTP endpoint is alive; never sent over the gateway. */
function ping(): APIPingInteraction {
  const { id, application_id, token, version, app_permissions, entitlements } =
    guildInteractionBase();
  return {
    id,
    application_id,
    token,
    version,
    app_permissions,
    entitlements,
    type: InteractionType.Ping,
    authorizing_integration_owners: {},
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

/** A message in the test channel, from the bot unless `author` says otherwise. */
export function botMessage(overrides: Partial<APIMessage> = {}): APIMessage {
  return {
    id: nextSnowflake(),
    channel_id: CHANNEL_ID,
    author: BOT_USER,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: MessageType.Default,
    ...overrides,
  };
}

/** Typed builders for the interaction JSON Discord sends; a misspelt field fails to compile. */
export const makeInteraction = {
  chatInput,
  chatInputInDm,
  autocomplete,
  button,
  select,
  messageContextMenu,
  ping,
};

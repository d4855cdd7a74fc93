import {
  ApplicationFlags,
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import type {
  APIApplication,
  APIGuildMember,
  APIRole,
  APITextChannel,
  APIUser,
  GatewayGuildCreateDispatchData,
  GuildMemberFlags,
  RoleFlags,
} from 'discord-api-types/v10';

/** The token the stand-in accepts; anything else gets 401 on REST and close code 4004 on the gateway. */
export const STAND_IN_TOKEN = 'c3RhbmQtaW4.Zm9y.ZGlzY29yZA';

export const APPLICATION_ID = '1100000000000000001';
export const GUILD_ID = '1100000000000000100';
export const CHANNEL_ID = '1100000000000000200';
export const BOT_ROLE_ID = '1100000000000000300';
const OWNER_ID = '1100000000000000400';

/** Discord's epoch (2015-01-01), which every snowflake counts from. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let snowflakeIncrement = 0n;

/** A fresh id shaped like Discord's (timestamp in the high bits), so discord.js dates it sensibly. */
export function nextSnowflake(): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | snowflakeIncrement).toString();
}

export const BOT_USER: APIUser = {
  id: APPLICATION_ID,
  username: 'Sanctuary Explainer',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

/** A community member who runs the commands in tests. */
export const MEMBER_USER: APIUser = {
  id: '1100000000000000500',
  username: 'curious-neighbour',
  discriminator: '0',
  global_name: 'Curious Neighbour',
  avatar: null,
};

/** What the bot's invite grants it: enough to answer, post and pin explainers. */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.PinMessages;

export function botApplication(): APIApplication {
  return {
    id: APPLICATION_ID,
    name: BOT_USER.username,
    icon: null,
    description: 'Cited explainers on sanctuary policies.',
    bot_public: false,
    bot_require_code_grant: false,
    bot: BOT_USER,
    summary: '',
    verify_key: '0'.repeat(64),
    team: null,
    flags: ApplicationFlags.GatewayGuildMembersLimited,
    flags_new: String(ApplicationFlags.GatewayGuildMembersLimited),
  };
}

export function textChannel(overrides: Partial<APITextChannel> = {}): APITextChannel {
  return {
    id: CHANNEL_ID,
    type: ChannelType.GuildText,
    guild_id: GUILD_ID,
    name: 'ask-here',
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    ...overrides,
  };
}

export function role(overrides: Partial<APIRole> & Pick<APIRole, 'id' | 'name'>): APIRole {
  return {
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: '0',
    managed: false,
    mentionable: false,
    // Discord sends 0 (no flags), which the enum has no member for.
    flags: 0 as RoleFlags,
    ...overrides,
  };
}

export function botMember(): APIGuildMember {
  return {
    user: BOT_USER,
    nick: null,
    roles: [BOT_ROLE_ID],
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
  };
}

/**
 * The GUILD_CREATE the stand-in sends after READY: one text channel, an `@everyone` role that
 * grants nothing, and the bot's managed role with {@link BOT_PERMISSIONS}.
 */
export function testGuild(
  overrides: Partial<GatewayGuildCreateDispatchData> = {},
): GatewayGuildCreateDispatchData {
  return {
    id: GUILD_ID,
    name: 'Neighbours Helping Neighbours',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: OWNER_ID,
    region: 'us-east',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    roles: [
      role({ id: GUILD_ID, name: '@everyone' }),
      role({
        id: BOT_ROLE_ID,
        name: BOT_USER.username,
        position: 1,
        managed: true,
        permissions: String(BOT_PERMISSIONS),
        tags: { bot_id: BOT_USER.id },
      }),
    ],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [botMember()],
    channels: [textChannel()],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    ...overrides,
  };
}

import { ApplicationCommandType } from 'discord-api-types/v10';
import type {
  APIApplication,
  APIApplicationCommand,
  GatewayGuildCreateDispatchData,
  RESTGetAPIGatewayBotResult,
  RESTPutAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { DiscordState } from './discord-state.js';
import { APPLICATION_ID, BOT_USER, nextSnowflake } from './fixtures.js';
import { checkCommands } from './command-rules.js';
import { refusal } from './form-errors.js';
import { discordError, ok } from './route.js';
import type { Route, RouteRequest, RouteResponse } from './route.js';

const unknownGuild = discordError(404, 10004, 'Unknown Guild');

/** The gateway address, who the bot is, its guilds, and command registration. */
export function applicationRoutes(
  state: DiscordState,
  gatewayUrl: string,
  application: APIApplication,
): Route[] {
  const gatewayBot: RESTGetAPIGatewayBotResult = {
    url: gatewayUrl,
    shards: 1,
    // discord.js caches this answer for `reset_after` ms and throttles identifies by `max_concurrency`.
    session_start_limit: {
      total: 1000,
      remaining: 999,
      reset_after: 14_400_000,
      max_concurrency: 1,
    },
  };
  const withGuild =
    (answer: (guild: GatewayGuildCreateDispatchData, request: RouteRequest) => RouteResponse) =>
    (request: RouteRequest): RouteResponse => {
      const guild = state.guild(request.params.guildId ?? '');
      return guild ? answer(guild, request) : unknownGuild;
    };
  const ownApplication = (request: RouteRequest) => request.params.applicationId === APPLICATION_ID;
  const putCommands = (scope: string) => (request: RouteRequest) => {
    // The schema allows null: an empty list, removing every command.
    const body = (request.body ?? []) as RESTPutAPIApplicationCommandsJSONBody;
    const refused = refusal(checkCommands(body));
    if (refused) return refused;
    const guildId = scope === 'global' ? undefined : scope;
    const commands = body.map(
      (command) =>
        ({
          type: ApplicationCommandType.ChatInput,
          description: '',
          default_member_permissions: null,
          ...command,
          id: nextSnowflake(),
          application_id: APPLICATION_ID,
          version: nextSnowflake(),
          ...(guildId && { guild_id: guildId }),
        }) as APIApplicationCommand,
    );
    state.commands.set(scope, commands);
    return ok(commands);
  };

  return [
    { method: 'GET', template: '/gateway', auth: 'none', handle: () => ok({ url: gatewayUrl }) },
    { method: 'GET', template: '/gateway/bot', auth: 'bot', handle: () => ok(gatewayBot) },
    { method: 'GET', template: '/users/@me', auth: 'bot', handle: () => ok(BOT_USER) },
    { method: 'GET', template: '/applications/@me', auth: 'bot', handle: () => ok(application) },
    { method: 'GET', template: '/guilds/:guildId', auth: 'bot', handle: withGuild(ok) },
    {
      method: 'GET',
      template: '/guilds/:guildId/channels',
      auth: 'bot',
      handle: withGuild((guild) =>
        ok(guild.channels.map((channel) => ({ ...channel, guild_id: guild.id }))),
      ),
    },
    {
      method: 'GET',
      template: '/guilds/:guildId/roles',
      auth: 'bot',
      handle: withGuild((guild) => ok(guild.roles)),
    },
    {
      method: 'GET',
      template: '/guilds/:guildId/members/:userId',
      auth: 'bot',
      handle: withGuild((guild, request) => {
        const userId = request.params.userId === '@me' ? BOT_USER.id : request.params.userId;
        const member = guild.members.find((candidate) => candidate.user.id === userId);
        return member ? ok(member) : discordError(404, 10007, 'Unknown Member');
      }),
    },
    {
      method: 'PUT',
      template: '/applications/:applicationId/commands',
      auth: 'bot',
      spec: '/applications/{application_id}/commands',
      handle: (request) => (ownApplication(request) ? putCommands('global')(request) : forbidden()),
    },
    {
      method: 'GET',
      template: '/applications/:applicationId/commands',
      auth: 'bot',
      handle: () => ok(state.commands.get('global') ?? []),
    },
    {
      method: 'PUT',
      template: '/applications/:applicationId/guilds/:guildId/commands',
      auth: 'bot',
      spec: '/applications/{application_id}/guilds/{guild_id}/commands',
      handle: withGuild((guild, request) =>
        ownApplication(request) ? putCommands(guild.id)(request) : forbidden(),
      ),
    },
    {
      method: 'GET',
      template: '/applications/:applicationId/guilds/:guildId/commands',
      auth: 'bot',
      handle: withGuild((guild) => ok(state.commands.get(guild.id) ?? [])),
    },
  ];
}

const forbidden = () => discordError(403, 50001, 'Missing Access');

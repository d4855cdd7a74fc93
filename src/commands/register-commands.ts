import { REST } from '@discordjs/rest';
import { Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';

export interface RegisterTarget {
  token: string;
  applicationId: string;
  /** Set: this server only (the commands appear at once). Absent: every server the bot is in. */
  guildId?: string;
  /** Discord's REST API base; a local stand-in's in tests. */
  restApi?: string;
}

/**
 * Replaces the application's commands with `body` (Discord's bulk overwrite, so removed commands
 * disappear too) and returns the commands Discord now holds.
 */
export async function registerCommands(
  target: RegisterTarget,
  body: readonly RESTPostAPIApplicationCommandsJSONBody[],
): Promise<unknown[]> {
  const rest = new REST({ version: '10', ...(target.restApi ? { api: target.restApi } : {}) });
  rest.setToken(target.token);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  return (await rest.put(route, { body })) as unknown[];
}

/** Discord's refusal, turned into something a moderator can act on. */
export function explainRegisterFailure(error: unknown): string {
  const status =
    typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  const message = error instanceof Error ? error.message : String(error);
  switch (status) {
    case 401:
      return `Discord rejected the token (401 ${message}). Reset it under Bot > Reset Token in the Developer Portal and update DISCORD_TOKEN.`;
    case 403:
      return `Discord refused (403 ${message}). Was the bot invited to that server with the applications.commands scope?`;
    case 404:
      return `Discord found no such application or server (404 ${message}). Check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID.`;
    default:
      return `Registering commands failed${typeof status === 'number' ? ` (HTTP ${status})` : ''}: ${message}`;
  }
}

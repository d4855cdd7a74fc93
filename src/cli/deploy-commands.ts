/**
 * `npm run deploy-commands`: registers the commands in `commands/` with Discord, to
 * DISCORD_GUILD_ID when set (they appear at once there) or globally. Exits non-zero on failure,
 * so CI notices.
 */
import 'dotenv/config';
import { loadCommands } from '../commands/load-commands.js';
import { explainRegisterFailure, registerCommands } from '../commands/register-commands.js';
import { discordCredentials } from '../config.js';
import { environmentConfig } from '../environment-config.js';

async function main(): Promise<number> {
  const config = environmentConfig();
  if (!config) return 1;
  const credentials = discordCredentials(config);
  if (!credentials.ok) {
    console.error(credentials.message);
    return 1;
  }
  const { guildId } = config;
  const commands = await loadCommands();
  try {
    const kept = await registerCommands(
      {
        token: credentials.token,
        applicationId: credentials.applicationId,
        ...(guildId ? { guildId } : {}),
        ...(config.discordApiUrl ? { restApi: config.discordApiUrl } : {}),
      },
      commands.json(),
    );
    const names = commands.all.map((c) => c.data.name).join(', ');
    console.log(
      `Registered ${kept.length} command(s) ${guildId ? `to server ${guildId}` : 'globally'}: ${names}`,
    );
    return 0;
  } catch (error) {
    console.error(explainRegisterFailure(error));
    return 1;
  }
}

process.exitCode = await main();

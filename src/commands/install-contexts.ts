import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';

/**
 * Where a command can be used (docs: interactions/application-commands, "Installation Context"
 * and "Interaction Contexts"). Discord reads both only on globally registered commands.
 */
export interface InstallContexts {
  integration_types: ApplicationIntegrationType[];
  contexts: InteractionContextType[];
}

/**
 * Anywhere: in servers that added the bot, and, for a person who added it to their own account,
 * in any server, in the bot's DM and in their DMs and group DMs, so they can ask privately
 * without a server adding the bot.
 */
export const everywhere = (): InstallContexts => ({
  integration_types: [
    ApplicationIntegrationType.GuildInstall,
    ApplicationIntegrationType.UserInstall,
  ],
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
});

/** Only in the channels of servers that added the bot: what posts and pins as the bot. */
export const serversThatAddedTheBot = (): InstallContexts => ({
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
});

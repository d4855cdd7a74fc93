/**
 * The bot installed to a person's account as well as to servers: where it can then be used, and
 * what differs there. Outside a server there is no guild (no member, no pins); in the bot's own
 * DM nobody else would see a shared copy; replies stay private everywhere.
 */
import { describe, expect, it } from 'vitest';
import {
  ApplicationIntegrationType as Install,
  ComponentType,
  InteractionContextType as Context,
  type APIInteraction,
} from 'discord-api-types/v10';
import { validateResponse } from '../../src/discord/validate-payload.js';
import {
  buildButtonInteraction,
  buildSlashInteraction,
  type Actor,
} from '../../src/interactions/build-interaction.js';
import { handleInteraction } from '../../src/interactions/handle-interaction.js';
import { explainerCommand } from '../pins/explainer-interactions.js';
import { realCommands, testContext } from './context.js';
import { isEphemeralMessage, messageOf, textOf } from './responses.js';

const EVERYWHERE = ['ask', 'explain', 'define', 'jurisdiction', 'sources', 'about'];

const PLACES: [string, Actor][] = [
  ['the bot’s DM', { guildId: null, context: Context.BotDM }],
  ['a group DM (user install)', { guildId: null, context: Context.PrivateChannel }],
  ['a server that never added the bot (user install)', { installedBy: 'user' }],
];

const EXAMPLES: Record<string, Record<string, string>> = {
  ask: { question: 'Does Connecticut honor ICE detainers?' },
  explain: { topic: 'detainers-vs-information-sharing' },
  define: { term: 'detainer' },
  jurisdiction: { place: 'connecticut' },
  sources: { topic: 'trust-act' },
  about: {},
};

const buttonIds = (interaction: Awaited<ReturnType<typeof handleInteraction>>) =>
  (messageOf(interaction).components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : []))
      : [],
  );

describe('the bot as a user-installable app', () => {
  it('offers /ask, /explain, /define, /jurisdiction, /sources and /about everywhere', async () => {
    const commands = await realCommands();
    for (const name of EVERYWHERE) {
      expect({ name, ...commands.slash(name)?.data }).toMatchObject({
        name,
        integration_types: [Install.GuildInstall, Install.UserInstall],
        contexts: [Context.Guild, Context.BotDM, Context.PrivateChannel],
      });
    }
  });

  it('keeps /explainer and "Find sources" to servers that added the bot', async () => {
    const commands = await realCommands();
    for (const command of [commands.slash('explainer'), commands.message('Find sources')]) {
      expect(command?.data).toMatchObject({
        integration_types: [Install.GuildInstall],
        contexts: [Context.Guild],
      });
    }
  });

  describe.each(PLACES)('in %s', (_place, actor) => {
    it.each(EVERYWHERE)('answers /%s privately, within Discord’s limits', async (name) => {
      const { ctx } = await testContext();
      const response = await handleInteraction(
        buildSlashInteraction(name, EXAMPLES[name], actor),
        ctx,
      );
      expect(validateResponse(response)).toEqual([]);
      expect(isEphemeralMessage(messageOf(response))).toBe(true);
    });

    it('refuses /explainer there, saying why', async () => {
      const { ctx } = await testContext();
      const text = textOf(
        messageOf(await handleInteraction(explainerCommand('list', {}, actor), ctx)),
      );
      expect(text).toMatch(/server|added/);
      expect(text).not.toMatch(/No pinned explainers/);
    });
  });

  it('offers no "Share to channel" in the bot’s DM, where nobody else would see it', async () => {
    const { ctx } = await testContext();
    const dm = await handleInteraction(
      buildSlashInteraction('ask', EXAMPLES.ask, { guildId: null, context: Context.BotDM }),
      ctx,
    );
    expect(buttonIds(dm).some((id) => id.startsWith('share:'))).toBe(false);
    expect(buttonIds(dm).some((id) => id.startsWith('feedback:'))).toBe(true);
  });

  it('shares into a group DM as a public copy, and a repeat there links to it', async () => {
    const { ctx } = await testContext({ env: { SHARE_DEDUP_MINUTES: '5' } });
    const friend: Actor = {
      guildId: null,
      context: Context.PrivateChannel,
      channelId: '300000000000000009',
    };
    const asked = await handleInteraction(buildSlashInteraction('ask', EXAMPLES.ask, friend), ctx);
    const shareId = buttonIds(asked).find((id) => id.startsWith('share:')) ?? '';
    const press: APIInteraction = buildButtonInteraction(shareId, friend);
    const copy = messageOf(await handleInteraction(press, ctx));
    expect(isEphemeralMessage(copy)).toBe(false);
    expect(copy.content).toMatch(/^Shared by <@\d+>$/);

    ctx.shares.attachLink(press.id, 'https://discord.com/channels/@me/300000000000000009/9');
    const repeat = messageOf(await handleInteraction(buildButtonInteraction(shareId, friend), ctx));
    expect(repeat.content).toContain('https://discord.com/channels/@me/300000000000000009/9');
  });
});

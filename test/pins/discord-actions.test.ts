/** The Discord actions over discord.js's REST client, against the local Discord stand-in. */
import { REST } from 'discord.js';
import { OverwriteType, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordActions } from '../../src/pins/discord-actions.js';
import { missingBotPermissions } from '../../src/pins/permissions.js';
import {
  CHANNEL_ID,
  GUILD_ID,
  startStandIn,
  testGuild,
  textChannel,
  type StandIn,
  type StandInOptions,
} from '../e2e/discord-stand-in/index.js';
import { BOT_ROLE_ID } from '../e2e/discord-stand-in/fixtures.js';

const LOCKED = '1100000000000000201';
/** A message as the renderers make it: mentions always off. */
const message = (content: string) => ({ content, allowed_mentions: { parse: [] } });
let standIn: StandIn | undefined;

async function open(options: StandInOptions = {}) {
  standIn = await startStandIn({
    guilds: [
      testGuild({
        channels: [
          textChannel(),
          // The bot's role may not embed links here: the post would show no explainer.
          textChannel({
            id: LOCKED,
            name: 'locked',
            permission_overwrites: [
              {
                id: BOT_ROLE_ID,
                type: OverwriteType.Role,
                allow: '0',
                deny: String(PermissionFlagsBits.EmbedLinks),
              },
            ],
          }),
        ],
      }),
    ],
    ...options,
  });
  const rest = new REST({ api: standIn.restUrl, retries: 0 }).setToken(standIn.token);
  return { standIn, discord: createDiscordActions(rest) };
}

afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

describe('createDiscordActions', () => {
  it('computes the bot’s own permissions in a channel from its roles and the overwrites', async () => {
    const { discord } = await open();
    const here = await discord.botPermissions(GUILD_ID, CHANNEL_ID);
    const locked = await discord.botPermissions(GUILD_ID, LOCKED);
    expect(here.ok && missingBotPermissions(here.value.permissions)).toEqual([]);
    expect(locked.ok && missingBotPermissions(locked.value.permissions)).toEqual(['Embed Links']);
  });

  it('posts, pins, edits and deletes, and returns Discord’s error codes as values', async () => {
    const { standIn, discord } = await open({ pinLimit: 1 });
    const first = await discord.postMessage(CHANNEL_ID, message('Explainer'));
    const second = await discord.postMessage(CHANNEL_ID, message('Another'));
    if (!first.ok || !second.ok) throw new Error('post failed');
    expect(await discord.pinMessage(CHANNEL_ID, first.value.id)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await discord.pinMessage(CHANNEL_ID, second.value.id)).toMatchObject({
      ok: false,
      failure: { code: 30003, status: 400 },
    });
    expect(await discord.editMessage(CHANNEL_ID, first.value.id, message('New'))).toMatchObject({
      ok: true,
    });
    expect(standIn.state.pinnedMessages(CHANNEL_ID).map((m) => m.content)).toEqual(['New']);

    await discord.deleteMessage(CHANNEL_ID, first.value.id);
    expect(await discord.editMessage(CHANNEL_ID, first.value.id, message('x'))).toMatchObject({
      ok: false,
      failure: { code: 10008 },
    });
    expect(await discord.botPermissions(GUILD_ID, '1100000000000000999')).toMatchObject({
      ok: false,
      failure: { code: 10003 },
    });
  });
});

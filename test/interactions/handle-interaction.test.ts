import { describe, expect, it } from 'vitest';
import {
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
} from 'discord-api-types/v10';
import type { SlashCommand } from '../../src/commands/command.js';
import { createCommandRegistry } from '../../src/commands/load-commands.js';
import { validateResponse } from '../../src/discord/validate-payload.js';
import {
  buildAutocompleteInteraction,
  buildButtonInteraction,
  buildMessageCommandInteraction,
  buildPing,
  buildSlashInteraction,
} from '../../src/interactions/build-interaction.js';
import { handleInteraction } from '../../src/interactions/handle-interaction.js';
import { explainerCommand } from '../pins/explainer-interactions.js';
import { realCommands, testContext } from './context.js';
import { isEphemeralMessage, messageOf, textOf } from './responses.js';

const QUESTION = 'Does Connecticut honor ICE detainers?';

describe('handleInteraction', () => {
  it('answers PING with PONG (type 1)', async () => {
    const { ctx } = await testContext();
    expect(await handleInteraction(buildPing(), ctx)).toEqual({
      type: InteractionResponseType.Pong,
    });
  });

  it('answers a slash command with a private message (type 4, ephemeral)', async () => {
    const { ctx } = await testContext();
    const response = await handleInteraction(
      buildSlashInteraction('ask', { question: QUESTION }),
      ctx,
    );
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeralMessage(messageOf(response))).toBe(true);
    expect(validateResponse(response)).toEqual([]);
  });

  it('answers autocomplete with choices (type 8)', async () => {
    const { ctx } = await testContext();
    const response = await handleInteraction(
      buildAutocompleteInteraction('explain', 'topic', 'det'),
      ctx,
    );
    expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
  });

  it('answers an unknown command with a short private message, never silence', async () => {
    const { ctx } = await testContext();
    const payload = messageOf(await handleInteraction(buildSlashInteraction('frobnicate'), ctx));
    expect(isEphemeralMessage(payload)).toBe(true);
    expect(payload.content).toMatch(/does not know that command/);
  });

  it('answers an unknown button privately', async () => {
    const { ctx } = await testContext();
    const payload = messageOf(await handleInteraction(buildButtonInteraction('vote:yes'), ctx));
    expect(isEphemeralMessage(payload)).toBe(true);
  });

  it('turns a throwing handler into a private apology and logs only the command name and error', async () => {
    const throwing = {
      data: { type: ApplicationCommandType.ChatInput, name: 'ask', description: 'Throws.' },
      execute() {
        throw new Error('index exploded');
      },
    } satisfies SlashCommand;
    const { ctx, logs } = await testContext({ commands: createCommandRegistry([throwing]) });
    const interaction = buildSlashInteraction('ask', { question: 'my cousin Ana was detained' });
    const payload = messageOf(await handleInteraction(interaction, ctx));
    expect(isEphemeralMessage(payload)).toBe(true);
    expect(payload.content).toMatch(/something went wrong/i);
    const logged = JSON.stringify(logs);
    expect(logs.find((l) => l.msg === 'interaction handler failed')).toMatchObject({
      command: 'ask',
      error: { message: 'index exploded' },
    });
    expect(logged).not.toContain('Ana');
    expect(logged).not.toContain(interaction.member?.user.id);
    expect(logged).not.toContain(interaction.token);
  });

  it('answers a malformed interaction with an apology instead of throwing', async () => {
    const { ctx } = await testContext();
    const broken = { type: InteractionType.ApplicationCommand } as unknown as APIInteraction;
    const payload = messageOf(await handleInteraction(broken, ctx));
    expect(payload.content).toMatch(/something went wrong/i);
  });

  it('answers a throwing autocomplete with no choices', async () => {
    const throwing = {
      data: { type: ApplicationCommandType.ChatInput, name: 'explain', description: 'Throws.' },
      execute: () => ({ content: 'x' }),
      autocomplete() {
        throw new Error('boom');
      },
    } satisfies SlashCommand;
    const { ctx } = await testContext({ commands: createCommandRegistry([throwing]) });
    const response = await handleInteraction(
      buildAutocompleteInteraction('explain', 'topic', 'x'),
      ctx,
    );
    expect(response).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
  });

  it('fits whatever a command returns: over-long content is cut and mentions are turned off', async () => {
    const sloppy = {
      data: { type: ApplicationCommandType.ChatInput, name: 'ask', description: 'Too long.' },
      execute: () => ({ content: '@everyone '.repeat(500) }),
    } satisfies SlashCommand;
    const { ctx } = await testContext({ commands: createCommandRegistry([sloppy]) });
    const response = await handleInteraction(buildSlashInteraction('ask', { question: 'x' }), ctx);
    expect(validateResponse(response)).toEqual([]);
    expect(messageOf(response).allowed_mentions).toEqual({ parse: [] });
  });
});

describe('every reply disables mentions and stays within Discord limits', async () => {
  const everyone =
    '@everyone @here <@123456789012345678> <@&223456789012345678> what is a detainer?';
  const huge = `${'detainer '.repeat(700)}@everyone`.slice(0, 6000);
  const registry = await realCommands();
  const interactions: [string, APIInteraction][] = [
    ['/ask @everyone', buildSlashInteraction('ask', { question: everyone })],
    ['/ask 6,000 characters', buildSlashInteraction('ask', { question: huge })],
    ['/explain @everyone', buildSlashInteraction('explain', { topic: everyone })],
    ['/explain 6,000 characters', buildSlashInteraction('explain', { topic: huge })],
    ['/define @everyone', buildSlashInteraction('define', { term: everyone })],
    ['/jurisdiction @everyone', buildSlashInteraction('jurisdiction', { place: everyone })],
    ['/jurisdiction 6,000 characters', buildSlashInteraction('jurisdiction', { place: huge })],
    ['/sources 6,000 characters', buildSlashInteraction('sources', { topic: huge })],
    ['/sources', buildSlashInteraction('sources')],
    ['/about', buildSlashInteraction('about')],
    ['Find sources @everyone', buildMessageCommandInteraction('Find sources', everyone)],
    ['Find sources 6,000 characters', buildMessageCommandInteraction('Find sources', huge)],
    ['autocomplete 6,000 characters', buildAutocompleteInteraction('explain', 'topic', huge)],
    ['/explainer post @everyone', explainerCommand('post', { topic: everyone })],
    ['/explainer remove 6,000 characters', explainerCommand('remove', { pin: huge })],
    [
      'share with a pinging name',
      buildButtonInteraction('share:entry:detainer', { nick: '@everyone' }),
    ],
  ];
  it.each(interactions)('%s', async (_, interaction) => {
    const { ctx } = await testContext();
    const response = await handleInteraction(interaction, ctx);
    expect(validateResponse(response)).toEqual([]);
    if (response.type === InteractionResponseType.ChannelMessageWithSource) {
      expect(response.data.allowed_mentions).toEqual({ parse: [] });
      // Only content can ping; echoed text there is broken up so it does not even look like one.
      expect(response.data.content ?? '').not.toContain('@everyone');
    }
  });

  it('covers every registered command', async () => {
    const covered = new Set(
      interactions.map(([, i]) => ('data' in i && i.data && 'name' in i.data ? i.data.name : '')),
    );
    for (const command of registry.all) expect(covered).toContain(command.data.name);
  });
});

describe('the per-user cooldown', () => {
  it('lets one command through, then says kindly how many seconds to wait', async () => {
    const { ctx, advance } = await testContext({ env: { COOLDOWN_SECONDS: '5' } });
    const ask = () =>
      handleInteraction(buildSlashInteraction('about', {}, { userId: '100000000000000042' }), ctx);
    expect(messageOf(await ask()).embeds).toBeDefined();
    advance(2000);
    const waiting = messageOf(await ask());
    expect(isEphemeralMessage(waiting)).toBe(true);
    expect(waiting.content).toMatch(/try again in 3 seconds/);
    advance(3000);
    expect(messageOf(await ask()).embeds).toBeDefined();
  });

  it('keeps each person apart, and does not slow autocomplete', async () => {
    const { ctx } = await testContext({ env: { COOLDOWN_SECONDS: '5' } });
    const run = (userId: string) =>
      handleInteraction(buildSlashInteraction('about', {}, { userId }), ctx).then(messageOf);
    expect((await run('100000000000000001')).embeds).toBeDefined();
    expect((await run('100000000000000002')).embeds).toBeDefined();
    const typing = await handleInteraction(
      buildAutocompleteInteraction('explain', 'topic', 'det', { userId: '100000000000000001' }),
      ctx,
    );
    expect(typing.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
  });
});

describe('Share to channel', () => {
  const shareIdIn = (response: Awaited<ReturnType<typeof handleInteraction>>): string => {
    for (const row of messageOf(response).components ?? []) {
      if (row.type !== ComponentType.ActionRow) continue;
      for (const button of row.components) {
        if (button.type === ComponentType.Button && 'custom_id' in button) return button.custom_id;
      }
    }
    throw new Error('no share button');
  };

  it('posts a public copy of an answer, marked with who shared it, without the question', async () => {
    const { ctx } = await testContext();
    const asked = await handleInteraction(
      buildSlashInteraction('ask', { question: QUESTION }),
      ctx,
    );
    const customId = shareIdIn(asked);
    expect(customId).toMatch(/^share:answer:/);
    const shared = messageOf(
      await handleInteraction(
        buildButtonInteraction(customId, { userId: '42', nick: 'Rosa' }),
        ctx,
      ),
    );
    expect(isEphemeralMessage(shared)).toBe(false);
    expect(shared.content).toBe('Shared by <@42>');
    expect(textOf(shared)).not.toContain(QUESTION);
    expect(shared.embeds?.[0]?.title).toBe(messageOf(asked).embeds?.[0]?.title);
    expect(shared.allowed_mentions).toEqual({ parse: [] });
  });

  it.each([
    ['a bare URL', 'https://free-nitro.example/claim'],
    ['an invite', 'discord.gg/raid-now'],
    ['a markdown link', '[Official notice](https://phish.example/login)'],
    ['markdown and a mass mention', '**MOD** @everyone <@&1> <#2>'],
  ])(
    'names a sharer whose nickname is %s by a mention that cannot carry a link',
    async (_kind, nick) => {
      const { ctx } = await testContext();
      const sharer = { userId: '100000000000000042', nick, globalName: nick, username: 'sharer' };
      const shared = messageOf(
        await handleInteraction(buildButtonInteraction('share:entry:detainer', sharer), ctx),
      );
      // Discord renders a user mention as the person's name, never as a link; mentions are off,
      // so it does not ping them either.
      expect(shared.content).toBe(`Shared by <@${sharer.userId}>`);
      expect(textOf(shared)).not.toContain(nick);
      expect(shared.allowed_mentions).toEqual({ parse: [] });
      expect(
        validateResponse({ type: InteractionResponseType.ChannelMessageWithSource, data: shared }),
      ).toEqual([]);
    },
  );

  it('posts a public copy of an explainer', async () => {
    const { ctx } = await testContext();
    const explained = await handleInteraction(
      buildSlashInteraction('explain', { topic: 'detainers-vs-information-sharing' }),
      ctx,
    );
    const customId = shareIdIn(explained);
    const shared = messageOf(
      await handleInteraction(buildButtonInteraction(customId, { userId: '43' }), ctx),
    );
    expect(shared.content).toBe('Shared by <@43>');
    expect(shared.embeds?.[0]?.title).toBe(messageOf(explained).embeds?.[0]?.title);
    expect(shared.components ?? []).toEqual([]);
  });

  it('links to the earlier post when the same thing is shared in the same channel within the window', async () => {
    const { ctx, advance } = await testContext({ env: { SHARE_DEDUP_MINUTES: '5' } });
    const press = (channelId: string) =>
      handleInteraction(buildButtonInteraction('share:entry:detainer', { channelId }), ctx).then(
        messageOf,
      );
    const first = buildButtonInteraction('share:entry:detainer', {
      channelId: '300000000000000007',
    });
    expect(isEphemeralMessage(messageOf(await handleInteraction(first, ctx)))).toBe(false);
    ctx.shares.attachLink(first.id, 'https://discord.com/channels/1/300000000000000007/9');

    const repeat = await press('300000000000000007');
    expect(isEphemeralMessage(repeat)).toBe(true);
    expect(repeat.content).toContain('https://discord.com/channels/1/300000000000000007/9');

    expect(isEphemeralMessage(await press('300000000000000008'))).toBe(false);
    advance(5 * 60_000);
    expect(isEphemeralMessage(await press('300000000000000007'))).toBe(false);
  });

  it('says so when the shared content no longer exists', async () => {
    const { ctx } = await testContext();
    const payload = messageOf(
      await handleInteraction(buildButtonInteraction('share:entry:no-such-entry'), ctx),
    );
    expect(isEphemeralMessage(payload)).toBe(true);
    expect(payload.content).toMatch(/can no longer be shared/);
  });
});

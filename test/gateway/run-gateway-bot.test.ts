/**
 * The gateway runner against the local Discord stand-in: replies go over REST to the callback
 * route, slow handlers defer and edit, a share learns its message link, REST failures are logged
 * and the bot keeps serving. (The whole-bot end-to-end suite lives in test/e2e/.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ApplicationCommandType,
  InteractionResponseType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { SlashCommand } from '../../src/commands/command.js';
import { createCommandRegistry } from '../../src/commands/load-commands.js';
import { startGatewayBot, type GatewayBot } from '../../src/gateway/run-gateway-bot.js';
import { silentLogger } from '../../src/log.js';
import {
  makeInteraction,
  standInClientOptions,
  startStandIn,
  type StandIn,
} from '../e2e/discord-stand-in/index.js';
import { realCommands, testConfig } from '../interactions/context.js';
import { shippedEngine } from '../support/engine.js';

const CALLBACK = '/interactions/:id/:token/callback';

const slow = {
  data: { type: ApplicationCommandType.ChatInput, name: 'slow', description: 'Takes a while.' },
  async execute() {
    await new Promise((resolve) => setTimeout(resolve, 150));
    return { content: 'done @everyone' };
  },
} satisfies SlashCommand;

describe('startGatewayBot', () => {
  let standIn: StandIn;
  let bot: GatewayBot;

  beforeAll(async () => {
    standIn = await startStandIn({ heartbeatIntervalMs: 1000 });
    const real = await realCommands();
    bot = await startGatewayBot({
      token: standIn.token,
      config: testConfig(),
      engine: await shippedEngine(),
      log: silentLogger(),
      commands: createCommandRegistry([...real.all, slow]),
      restApi: standIn.restUrl,
      clientOptions: standInClientOptions(standIn),
      deferAfterMs: 50,
    });
  });

  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
  });

  it('connects with the Guilds intent only', () => {
    expect(standIn.identifies[0]?.intents).toBe(1);
  });

  it('answers an interaction through the callback route, without the bot token', async () => {
    const interaction = makeInteraction.chatInput('ask', { question: 'What is an ICE detainer?' });
    standIn.dispatch('INTERACTION_CREATE', interaction);
    const response = await standIn.waitForCallback(interaction.id);
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const callback = standIn.requests.find(
      (r) => r.route === CALLBACK && r.path.includes(interaction.id),
    );
    expect(callback?.headers.authorization).toBeUndefined();
  });

  it('defers a slow command privately, then edits the reply in', async () => {
    const interaction = makeInteraction.chatInput('slow');
    standIn.dispatch('INTERACTION_CREATE', interaction);
    expect(await standIn.waitForCallback(interaction.id)).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    const edit = await standIn.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(interaction.token),
    );
    expect(edit.body).toEqual({ content: 'done @everyone', allowed_mentions: { parse: [] } });
  });

  it('learns where a shared copy was posted, so a repeat links to it', async () => {
    const first = makeInteraction.button('share:entry:trust-act');
    standIn.dispatch('INTERACTION_CREATE', first);
    const posted = await standIn.waitForCallback(first.id);
    expect(posted.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    await standIn.waitForRequest((r) => r.method === 'GET' && r.path.includes(first.token));
    await vi.waitFor(() => {
      const link = bot.ctx.shares.recent(
        first.channel_id ?? '',
        'share:entry:trust-act',
        new Date(),
      )?.link;
      expect(link).toMatch(/^https:\/\/discord\.com\/channels\/\d+\/\d+\/\d+$/);
    });

    const repeat = makeInteraction.button('share:entry:trust-act');
    standIn.dispatch('INTERACTION_CREATE', repeat);
    const pointer = await standIn.waitForCallback(repeat.id);
    expect(JSON.stringify(pointer)).toMatch(
      /shared here a few minutes ago: https:\/\/discord\.com\/channels\//,
    );
  });

  it('survives a callback that fails for good, and answers the next interaction', async () => {
    standIn.failNext('POST', CALLBACK, 503, 4);
    const lost = makeInteraction.chatInput('about');
    standIn.dispatch('INTERACTION_CREATE', lost);
    await standIn.waitForRequest(
      (r) => r.route === CALLBACK && r.path.includes(lost.id) && r.status === 503,
    );
    const next = makeInteraction.chatInput('about');
    standIn.dispatch('INTERACTION_CREATE', next);
    expect((await standIn.waitForCallback(next.id, 10_000)).type).toBe(
      InteractionResponseType.ChannelMessageWithSource,
    );
  });
});

import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  HTTPError,
  MessageFlags,
  Routes,
} from 'discord.js';
import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import {
  CHANNEL_ID,
  GUILD_ID,
  makeInteraction,
  standInClientOptions,
  startStandIn,
} from './discord-stand-in/index.js';
import type { StandIn } from './discord-stand-in/index.js';

const CALLBACK = '/interactions/:id/:token/callback';

/** What the test bot says to every interaction: an ephemeral echo of the command's name. */
function replyTo(interaction: APIInteraction): APIInteractionResponse {
  const name =
    interaction.type === InteractionType.ApplicationCommand ? interaction.data.name : '?';
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: {
      content: `You ran /${name}`,
      flags: MessageFlags.Ephemeral,
      allowed_mentions: { parse: [] },
    },
  };
}

describe('a discord.js client against the Discord stand-in', () => {
  let standIn: StandIn;
  let client: Client;
  /** How each answer the client sent ended: 'sent', or the error discord.js threw. */
  const outcomes = new Map<string, 'sent' | unknown>();

  const answer = async (interaction: APIInteraction) => {
    const route = Routes.interactionCallback(interaction.id, interaction.token);
    await client.rest.post(route, { body: replyTo(interaction), auth: false });
  };

  const callbacksFor = (interaction: APIInteraction) =>
    standIn.requests.filter(
      (request) => request.route === CALLBACK && request.path.split('/')[2] === interaction.id,
    );

  beforeAll(async () => {
    standIn = await startStandIn({ heartbeatIntervalMs: 1000 });
    client = new Client({ intents: [GatewayIntentBits.Guilds], ...standInClientOptions(standIn) });
    // The bot's way in: the raw dispatch, answered over REST with the interaction's own token.
    client.ws.on(GatewayDispatchEvents.InteractionCreate, (interaction: APIInteraction) => {
      answer(interaction).then(
        () => outcomes.set(interaction.id, 'sent'),
        (error: unknown) => outcomes.set(interaction.id, error),
      );
    });
    const ready = once(client, Events.ClientReady);
    await client.login(standIn.token);
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await standIn?.close();
  });

  it('logs in through GET /gateway/bot and identifies with the Guilds intent only', () => {
    const gatewayBot = standIn.requests.find((request) => request.path === '/gateway/bot');
    expect(gatewayBot?.headers.authorization).toBe(`Bot ${standIn.token}`);
    expect(standIn.connectionUrls[0]?.searchParams.get('v')).toBe('10');
    expect(standIn.connectionUrls[0]?.searchParams.get('encoding')).toBe('json');
    expect(standIn.connectionUrls[0]?.searchParams.has('compress')).toBe(false);
    expect(standIn.identifies).toHaveLength(1);
    expect(standIn.identifies[0]?.intents).toBe(GatewayIntentBits.Guilds);
    expect(client.guilds.cache.get(GUILD_ID)?.channels.cache.has(CHANNEL_ID)).toBe(true);
  });

  it('heartbeats at the interval HELLO gave', async () => {
    await vi.waitFor(() => expect(standIn.heartbeats).toBeGreaterThan(0), { timeout: 3000 });
  });

  it('delivers INTERACTION_CREATE raw and records the callback body, sent without the bot token', async () => {
    const interaction = makeInteraction.chatInput('ask', { question: 'What is a detainer?' });
    standIn.dispatch('INTERACTION_CREATE', interaction);

    expect(await standIn.waitForCallback(interaction.id)).toEqual(replyTo(interaction));
    expect(callbacksFor(interaction)[0]?.headers.authorization).toBeUndefined();
  });

  it('resumes after the stand-in drops the socket, and answers the next interaction', async () => {
    standIn.dropConnection();
    await vi.waitFor(() => expect(standIn.resumes).toHaveLength(1), { timeout: 5000 });
    await standIn.waitUntilConnected();
    expect(standIn.identifies).toHaveLength(1);
    expect(standIn.connectionUrls.at(-1)?.pathname).toBe('/resume');

    const interaction = makeInteraction.chatInput('about');
    standIn.dispatch('INTERACTION_CREATE', interaction);
    expect(await standIn.waitForCallback(interaction.id)).toEqual(replyTo(interaction));
  });

  it('replays, on resume, an interaction dispatched while the connection was down', async () => {
    standIn.dropConnection(1006);
    const interaction = makeInteraction.chatInput('sources');
    standIn.dispatch('INTERACTION_CREATE', interaction);

    expect(await standIn.waitForCallback(interaction.id)).toEqual(replyTo(interaction));
    expect(standIn.resumes).toHaveLength(2);
  });

  it('identifies again when the session cannot be resumed', async () => {
    standIn.dropConnection(undefined, { resumable: false });
    await vi.waitFor(() => expect(standIn.identifies).toHaveLength(2), { timeout: 5000 });
    await standIn.waitUntilConnected();
    expect(standIn.resumes).toHaveLength(3); // tried, refused with op 9, then identified

    const interaction = makeInteraction.chatInput('explain', { topic: 'trust-act' });
    standIn.dispatch('INTERACTION_CREATE', interaction);
    expect(await standIn.waitForCallback(interaction.id)).toEqual(replyTo(interaction));
  });

  it('retries a 500 and waits out a 429 on the callback route', async () => {
    standIn.failNext('POST', CALLBACK, 500);
    const afterServerError = makeInteraction.chatInput('ask', { question: 'first' });
    standIn.dispatch('INTERACTION_CREATE', afterServerError);
    expect(await standIn.waitForCallback(afterServerError.id)).toEqual(replyTo(afterServerError));
    expect(callbacksFor(afterServerError).map((request) => request.status)).toEqual([500, 204]);

    standIn.failNext('POST', CALLBACK, 429, 1, { retryAfterSeconds: 0.2 });
    const afterRateLimit = makeInteraction.chatInput('ask', { question: 'second' });
    standIn.dispatch('INTERACTION_CREATE', afterRateLimit);
    expect(await standIn.waitForCallback(afterRateLimit.id)).toEqual(replyTo(afterRateLimit));
    expect(callbacksFor(afterRateLimit).map((request) => request.status)).toEqual([429, 204]);
  });

  it('keeps serving after a callback fails for good', async () => {
    // @discordjs/rest tries a 5xx four times in all (retries: 3), then throws.
    standIn.failNext('POST', CALLBACK, 503, 4);
    const lost = makeInteraction.chatInput('ask', { question: 'lost' });
    standIn.dispatch('INTERACTION_CREATE', lost);
    await vi.waitFor(() => expect(outcomes.get(lost.id)).toBeInstanceOf(HTTPError), {
      timeout: 5000,
    });

    const next = makeInteraction.chatInput('ask', { question: 'next' });
    standIn.dispatch('INTERACTION_CREATE', next);
    expect(await standIn.waitForCallback(next.id)).toEqual(replyTo(next));
    expect(client.isReady()).toBe(true);
  });

  it('refuses a second initial response, as Discord does', async () => {
    const interaction = makeInteraction.chatInput('about');
    standIn.dispatch('INTERACTION_CREATE', interaction);
    await standIn.waitForCallback(interaction.id);

    const second = answer(interaction);
    await expect(second).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(second).rejects.toMatchObject({ code: 40060 });
  });
});

describe('the stand-in gateway', () => {
  it('refuses a client with the wrong token', async () => {
    const standIn = await startStandIn();
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      ...standInClientOptions(standIn),
    });
    try {
      await expect(client.login('not-the-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    } finally {
      await client.destroy();
      await standIn.close();
    }
  });
});

import { once } from 'node:events';
import { inflateSync, constants as zlibConstants } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { REST } from 'discord.js';
import {
  ButtonStyle,
  ComponentType,
  GatewayCloseCodes,
  GatewayIntentBits,
  GatewayOpcodes,
  InteractionResponseType,
  MessageFlags,
  Routes,
} from 'discord-api-types/v10';
import type {
  APIInteraction,
  APIInteractionResponse,
  APIMessage,
  RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord-api-types/v10';
import {
  APPLICATION_ID,
  CHANNEL_ID,
  makeInteraction,
  startStandIn,
} from './discord-stand-in/index.js';
import type { StandIn, StandInOptions } from './discord-stand-in/index.js';

/** These tests speak to the stand-in's REST API directly, with discord.js's own REST client. */
let standIn: StandIn | undefined;

async function open(options: StandInOptions = {}) {
  standIn = await startStandIn(options);
  const rest = new REST({ api: standIn.restUrl, retries: 0 }).setToken(standIn.token);
  return { standIn, rest };
}

afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

function respond(
  rest: REST,
  interaction: APIInteraction,
  body: APIInteractionResponse,
  query?: URLSearchParams,
) {
  const route = Routes.interactionCallback(interaction.id, interaction.token);
  return rest.post(route, { body, auth: false, ...(query && { query }) });
}

const NO_PINGS = { allowed_mentions: { parse: [] } };

const reply = (data: object): APIInteractionResponse => ({
  type: InteractionResponseType.ChannelMessageWithSource,
  data: { ...NO_PINGS, ...data },
});

describe('the stand-in REST API', () => {
  it('rejects what Discord rejects: long fields, 6000 characters of embeds, duplicate custom ids', async () => {
    const { standIn, rest } = await open();
    const button = {
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      custom_id: 'same',
      label: 'Same',
    };
    const cases = [
      { embeds: [{ description: 'x'.repeat(4097) }] },
      { embeds: [1, 2].map(() => ({ description: 'x'.repeat(3001) })) },
      {
        content: 'ok',
        components: [{ type: ComponentType.ActionRow, components: [button, button] }],
      },
    ];
    for (const data of cases) {
      const interaction = makeInteraction.chatInput('ask');
      standIn.trackInteraction(interaction);
      await expect(respond(rest, interaction, reply(data))).rejects.toMatchObject({ code: 50035 });
    }
    expect(standIn.requests.at(0)?.responseBody).toMatchObject({
      errors: {
        data: { embeds: { 0: { description: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } },
      },
    });
  });

  it('answers autocomplete only with choices, at most 25', async () => {
    const { standIn, rest } = await open();
    const interaction = makeInteraction.autocomplete('explain', { name: 'topic', value: 'det' });
    standIn.trackInteraction(interaction);
    await expect(respond(rest, interaction, reply({ content: 'hi' }))).rejects.toMatchObject({
      code: 50035,
    });
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `t${i}`, value: `t${i}` }));
    const tooMany: APIInteractionResponse = {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices },
    };
    await expect(respond(rest, interaction, tooMany)).rejects.toMatchObject({ code: 50035 });
    const fine = { ...tooMany, data: { choices: choices.slice(0, 25) } };
    // Discord answers 204; @discordjs/rest hands back an empty ArrayBuffer for it.
    await expect(respond(rest, interaction, fine)).resolves.toBeInstanceOf(ArrayBuffer);
  });

  it('forgets an interaction not answered in time', async () => {
    const { standIn, rest } = await open({ responseDeadlineMs: 20 });
    const interaction = makeInteraction.chatInput('ask');
    standIn.trackInteraction(interaction);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(respond(rest, interaction, reply({ content: 'late' }))).rejects.toMatchObject({
      code: 10062,
    });
  });

  it('completes a deferred response through the interaction webhook', async () => {
    const { standIn, rest } = await open();
    const interaction = makeInteraction.chatInput('ask');
    standIn.trackInteraction(interaction);
    const deferred: APIInteractionResponse = {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    };
    const withResponse = new URLSearchParams({ with_response: 'true' });
    const result = (await respond(
      rest,
      interaction,
      deferred,
      withResponse,
    )) as RESTPostAPIInteractionCallbackWithResponseResult;
    expect(result.interaction).toMatchObject({
      response_message_loading: true,
      response_message_ephemeral: true,
    });

    const original = Routes.webhookMessage(APPLICATION_ID, interaction.token, '@original');
    const edited = (await rest.patch(original, {
      body: { content: 'Answer', ...NO_PINGS },
      auth: false,
    })) as APIMessage;
    expect(edited).toMatchObject({ content: 'Answer', flags: MessageFlags.Ephemeral });
    const followUp = Routes.webhook(APPLICATION_ID, interaction.token);
    await expect(
      rest.post(followUp, { body: { content: 'More', ...NO_PINGS }, auth: false }),
    ).resolves.toMatchObject({
      content: 'More',
    });
  });

  it('posts, pins under both routes, and refuses a pin over the limit or of a deleted message', async () => {
    const { standIn, rest } = await open({ pinLimit: 1 });
    const post = () =>
      rest.post(Routes.channelMessages(CHANNEL_ID), {
        body: { content: 'Explainer', ...NO_PINGS },
      });
    const first = (await post()) as APIMessage;
    const second = (await post()) as APIMessage;

    await rest.put(Routes.channelMessagesPin(CHANNEL_ID, first.id));
    await rest.put(Routes.channelPin(CHANNEL_ID, first.id)); // the older route; already pinned: fine
    await expect(rest.put(Routes.channelPin(CHANNEL_ID, second.id))).rejects.toMatchObject({
      code: 30003,
    });
    expect(standIn.state.pinnedMessages(CHANNEL_ID).map((message) => message.id)).toEqual([
      first.id,
    ]);

    await rest.delete(Routes.channelMessage(CHANNEL_ID, first.id));
    const edit = rest.patch(Routes.channelMessage(CHANNEL_ID, first.id), {
      body: { content: 'New', ...NO_PINGS },
    });
    await expect(edit).rejects.toMatchObject({ code: 10008 });
  });

  it('answers 401 to a wrong token and 404 to an unknown route, and records both', async () => {
    const { standIn } = await open();
    const stranger = new REST({ api: standIn.restUrl, retries: 0 }).setToken('wrong');
    await expect(stranger.get(Routes.user('@me'))).rejects.toMatchObject({ status: 401 });
    await expect(stranger.get('/nowhere', { auth: false })).rejects.toMatchObject({ status: 404 });
    expect(standIn.requests.map((request) => [request.path, request.status])).toEqual([
      ['/users/%40me', 401],
      ['/nowhere', 404],
    ]);
  });
});

describe('the stand-in gateway, spoken to directly', () => {
  const connect = async (standIn: StandIn, query: string) => {
    const socket = new WebSocket(`${standIn.gatewayUrl}?${query}`);
    const [first] = (await once(socket, 'message')) as [Buffer, boolean];
    return { socket, first };
  };

  it('compresses the connection with zlib-stream when asked', async () => {
    const { standIn } = await open();
    const { socket, first } = await connect(standIn, 'v=10&encoding=json&compress=zlib-stream');
    socket.close();
    expect(first.subarray(-4)).toEqual(Buffer.from([0, 0, 0xff, 0xff]));
    const hello = JSON.parse(
      inflateSync(first, { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString(),
    );
    expect(hello).toMatchObject({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: 1000 } });
  });

  it('closes with 4014 when a client asks for a privileged intent', async () => {
    const { standIn } = await open();
    const { socket } = await connect(standIn, 'v=10&encoding=json');
    const intents = GatewayIntentBits.Guilds | GatewayIntentBits.MessageContent;
    const identify = {
      token: standIn.token,
      intents,
      properties: { os: 'linux', browser: 't', device: 't' },
    };
    socket.send(JSON.stringify({ op: GatewayOpcodes.Identify, d: identify }));
    const [code] = (await once(socket, 'close')) as [number];
    expect(code).toBe(GatewayCloseCodes.DisallowedIntents);
  });
});

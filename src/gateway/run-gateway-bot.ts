import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import {
  GatewayDispatchEvents,
  Routes,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessage,
} from 'discord-api-types/v10';
import type { AnswerEngine } from '../app/answer-engine.js';
import { loadCommands, type CommandRegistry } from '../commands/load-commands.js';
import type { Config } from '../config.js';
import {
  DEFER_AFTER_MS,
  deferralAtOnce,
  readyWithin,
  deferralFor,
  deliveryAfter,
  postsPublicCopy,
} from '../interactions/deferral.js';
import { handleInteraction, interactionLabel } from '../interactions/handle-interaction.js';
import {
  createInteractionContext,
  type ContextServices,
  type InteractionContext,
} from '../interactions/interaction-context.js';
import { messageLink } from '../interactions/share-memory.js';
import type { Logger } from '../log.js';

export interface GatewayBotOptions {
  token: string;
  config: Config;
  engine: AnswerEngine;
  log: Logger;
  /** Default: the modules in `commands/`. */
  commands?: CommandRegistry;
  /** Discord's REST API base, e.g. a local stand-in's `http://127.0.0.1:PORT/api`. */
  restApi?: string;
  /** Further discord.js options (tests pass the stand-in's); the intents are always Guilds only. */
  clientOptions?: Omit<ClientOptions, 'intents'>;
  deferAfterMs?: number;
  /** The core that answers an interaction (default `handleInteraction`); tests wrap it to slow it. */
  handle?: typeof handleInteraction;
  clock?: () => Date;
  /** Storage, Discord actions and knowledge reloads for pinned explainers and feedback. */
  services?: ContextServices;
}

export interface GatewayBot {
  client: Client;
  ctx: InteractionContext;
  /** Disconnects and stops listening; safe to call twice. */
  stop(): Promise<void>;
}

/** Answers one interaction over REST; failures are logged (command name only), never thrown. */
function createResponder(
  client: Client,
  ctx: InteractionContext,
  deferAfterMs: number,
  handle: typeof handleInteraction,
) {
  const { log } = ctx;
  const callback = (interaction: APIInteraction, body: APIInteractionResponse) =>
    client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
      body,
      auth: false,
    });
  const original = (interaction: APIInteraction) =>
    Routes.webhookMessage(interaction.application_id, interaction.token, '@original');

  /** Sends the response to a deferred interaction where `deliveryAfter` says; its message. */
  async function deliver(
    interaction: APIInteraction,
    deferral: APIInteractionResponse,
    response: APIInteractionResponse,
  ): Promise<APIMessage> {
    const { via, body } = deliveryAfter(deferral, response);
    const options = { body, auth: false };
    return (await (via === 'follow-up'
      ? client.rest.post(Routes.webhook(interaction.application_id, interaction.token), options)
      : client.rest.patch(original(interaction), options))) as APIMessage;
  }

  /** A public copy's link, so a repeated share in the channel can point at it. */
  async function learnLink(interaction: APIInteraction, posted?: APIMessage) {
    const channelId = interaction.channel?.id ?? interaction.channel_id;
    if (channelId === undefined) return;
    try {
      const message =
        posted ?? ((await client.rest.get(original(interaction), { auth: false })) as APIMessage);
      ctx.shares.attachLink(
        interaction.id,
        messageLink(interaction.guild_id, channelId, message.id),
      );
    } catch (error) {
      log.debug(
        { command: interactionLabel(interaction), error },
        'could not learn the shared message id',
      );
    }
  }

  return async function respond(interaction: APIInteraction): Promise<void> {
    let command = 'unknown';
    try {
      command = interactionLabel(interaction);
      const atOnce = deferralAtOnce(interaction, ctx.commands);
      if (atOnce) await callback(interaction, atOnce);
      const work = handle(interaction, ctx);
      const first = atOnce ? undefined : await readyWithin(work, deferAfterMs);
      const deferral = atOnce ?? (first ? undefined : deferralFor(interaction));
      if (deferral && !atOnce) await callback(interaction, deferral);
      if (deferral) {
        const response = await work;
        const message = await deliver(interaction, deferral, response);
        log.debug({ command }, 'answered after deferring');
        if (postsPublicCopy(interaction, response)) await learnLink(interaction, message);
      } else {
        const response = first ?? (await work);
        await callback(interaction, response);
        log.debug({ command }, 'answered');
        if (postsPublicCopy(interaction, response)) await learnLink(interaction);
      }
    } catch (error) {
      // Expired tokens, Discord errors, a stand-in answering 500: log and keep serving.
      log.error({ command, error }, 'could not reply to an interaction');
    }
  };
}

/**
 * Connects the bot to Discord's gateway with only the Guilds intent (no message content, no
 * member lists) and answers every INTERACTION_CREATE through the transport-neutral core, replying
 * over REST. Resolves once the gateway session is ready.
 */
export async function startGatewayBot(options: GatewayBotOptions): Promise<GatewayBot> {
  const { token, config, engine, log, restApi, deferAfterMs = DEFER_AFTER_MS } = options;
  const commands = options.commands ?? (await loadCommands());
  const ctx = createInteractionContext({
    engine,
    config,
    log,
    commands,
    ...(options.clock ? { clock: options.clock } : {}),
    ...options.services,
  });
  const client = new Client({
    ...options.clientOptions,
    intents: [GatewayIntentBits.Guilds],
    ...(restApi ? { rest: { ...options.clientOptions?.rest, api: restApi } } : {}),
  });
  const respond = createResponder(client, ctx, deferAfterMs, options.handle ?? handleInteraction);
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (interaction: APIInteraction) => {
    void respond(interaction);
  });
  client.on(Events.Error, (error) => log.error({ error }, 'discord client error'));
  client.on(Events.ShardError, (error, shardId) => log.warn({ error, shardId }, 'gateway error'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    log.warn({ code: event.code, shardId }, 'gateway disconnected'),
  );
  client.on(Events.ShardReconnecting, (shardId) => log.info({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId) => log.info({ shardId }, 'gateway session resumed'));

  const onUnhandled = (reason: unknown) => log.error({ error: reason }, 'unhandled rejection');
  process.on('unhandledRejection', onUnhandled);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('unhandledRejection', onUnhandled);
    await client.destroy();
  };

  try {
    const ready = once(client, Events.ClientReady);
    await client.login(token);
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'connected to Discord');
  return { client, ctx, stop };
}

/**
 * The whole bot as `npm start` runs it with a token, connected to the local Discord stand-in
 * instead of Discord: configuration parsed by `loadConfig` from an operator's environment, the
 * shipped knowledge base, the real command modules (plus any a test injects), and pino writing
 * JSON lines to a buffer the tests can search for anything private.
 */
import { Writable } from 'node:stream';
import type {
  APIInteraction,
  APIInteractionGuildMember,
  APIInteractionResponse,
} from 'discord-api-types/v10';
import type { Command } from '../../../src/commands/command.js';
import { createCommandRegistry, loadCommands } from '../../../src/commands/load-commands.js';
import { discordCredentials, loadConfig } from '../../../src/config.js';
import {
  startGatewayBot,
  type GatewayBot,
  type GatewayBotOptions,
} from '../../../src/gateway/run-gateway-bot.js';
import { createLogger } from '../../../src/log.js';
import {
  APPLICATION_ID,
  MEMBER_USER,
  guildMember,
  standInClientOptions,
  startStandIn,
  type StandIn,
} from '../discord-stand-in/index.js';
import { shippedEngine } from '../../support/engine.js';

export interface BotOnStandIn {
  standIn: StandIn;
  bot: GatewayBot;
  /** Every line the bot logged, as written. */
  logLines: string[];
  /** Delivers an interaction over the gateway; resolves with the initial response the stand-in accepted. */
  send(interaction: APIInteraction, timeoutMs?: number): Promise<APIInteractionResponse>;
  /** Disconnects the bot and closes the stand-in, so the test process can exit. */
  stop(): Promise<void>;
}

/** A sink for pino: keeps each JSON line. */
function lineBuffer(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(line);
      done();
    },
  });
}

export interface BotOnStandInOptions extends Pick<GatewayBotOptions, 'deferAfterMs' | 'handle'> {
  extraCommands?: readonly Command[];
}

/**
 * Starts a stand-in and the real bot logged in to it. `extraCommands` join the modules in
 * `commands/` through `startGatewayBot`'s `commands` option, e.g. a command that throws;
 * `deferAfterMs` and `handle` pass through to it.
 */
export async function startBotOnStandIn(options: BotOnStandInOptions = {}): Promise<BotOnStandIn> {
  const standIn = await startStandIn({ heartbeatIntervalMs: 1000 });
  try {
    // What an operator puts in .env, plus the one variable that points the bot at the stand-in.
    const loaded = loadConfig({
      DISCORD_TOKEN: standIn.token,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: standIn.restUrl,
      LOG_LEVEL: 'debug',
    });
    if (!loaded.ok) throw new Error(loaded.message);
    const { config } = loaded;
    const credentials = discordCredentials(config);
    if (!credentials.ok) throw new Error(credentials.message);

    const logLines: string[] = [];
    const shipped = await loadCommands();
    const bot = await startGatewayBot({
      token: credentials.token,
      config,
      engine: await shippedEngine(),
      log: createLogger({ level: config.logLevel, destination: lineBuffer(logLines) }),
      commands: createCommandRegistry([...shipped.all, ...(options.extraCommands ?? [])]),
      ...(config.discordApiUrl ? { restApi: config.discordApiUrl } : {}),
      clientOptions: standInClientOptions(standIn),
      ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
      ...(options.handle ? { handle: options.handle } : {}),
    });
    return {
      standIn,
      bot,
      logLines,
      async send(interaction, timeoutMs) {
        standIn.dispatch('INTERACTION_CREATE', interaction);
        return standIn.waitForCallback(interaction.id, timeoutMs);
      },
      async stop() {
        await bot.stop();
        await standIn.close();
      },
    };
  } catch (error) {
    await standIn.close();
    throw error;
  }
}

let people = 0;

/**
 * A different member of the test server each time. The bot runs with the default per-person
 * cooldown (3 s), as a real server would, so tests that are not about the cooldown each act as
 * someone new. Their ids are collected to check that none reaches a log.
 */
export const memberIds: string[] = [];

export function newMember(): { member: APIInteractionGuildMember } {
  people += 1;
  const id = String(1_200_000_000_000_000_000n + BigInt(people));
  memberIds.push(id);
  return {
    member: guildMember({
      ...MEMBER_USER,
      id,
      username: `neighbour-${people}`,
      global_name: `Neighbour ${people}`,
    }),
  };
}

import type { ClientOptions } from 'discord.js';
import type { StandIn } from './stand-in.js';

/**
 * What a discord.js `Client` needs to use the stand-in instead of Discord: the REST base URL
 * (discord.js learns the gateway from `GET /gateway/bot`), and no identify throttling, which
 * otherwise makes a second IDENTIFY within five seconds wait up to 6.5 s.
 */
export function standInClientOptions(standIn: StandIn): Pick<ClientOptions, 'rest' | 'ws'> {
  return {
    rest: { api: standIn.restUrl },
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: () => Promise.resolve() }) },
  };
}

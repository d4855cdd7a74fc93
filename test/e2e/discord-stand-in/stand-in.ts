import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  APIInteraction,
  APIInteractionResponse,
  GatewayGuildCreateDispatchData,
  GatewayIdentifyData,
  GatewayResumeData,
} from 'discord-api-types/v10';
import { applicationRoutes } from './application-routes.js';
import { channelRoutes } from './channel-routes.js';
import { DiscordState } from './discord-state.js';
import { BOT_USER, STAND_IN_TOKEN, botApplication, testGuild } from './fixtures.js';
import { StandInGateway } from './gateway.js';
import type { DispatchData, DispatchEvent } from './gateway.js';
import { interactionRoutes } from './interaction-routes.js';
import { specValidator } from './openapi-validator.js';
import { StandInRest } from './rest-server.js';
import type { FaultOptions, RecordedRequest } from './rest-server.js';

export interface StandInOptions {
  /** HELLO's heartbeat interval; Discord's is about 41 s, tests want about 1 s. */
  heartbeatIntervalMs?: number;
  /** The guilds READY lists and GUILD_CREATE delivers; one guild with one text channel by default. */
  guilds?: GatewayGuildCreateDispatchData[];
  /** How long an interaction accepts its initial response: Discord allows three seconds. */
  responseDeadlineMs?: number;
  /** Pins a channel may hold before Discord answers 30003 (250 today). */
  pinLimit?: number;
}

const DEFAULT_WAIT_MS = 5000;
const CALLBACK_ROUTE = '/interactions/:id/:token/callback';

/**
 * A local stand-in for Discord, on one loopback port: the gateway (WebSocket, v10 JSON) and the
 * REST API under `/api/v10`, with recorded requests and injectable faults. Nothing leaves
 * 127.0.0.1. Start one with {@link startStandIn}.
 */
export class StandIn {
  readonly token = STAND_IN_TOKEN;

  constructor(
    /** Pass as discord.js's `rest.api` option; @discordjs/rest appends `/v10`. */
    readonly restUrl: string,
    private readonly gateway: StandInGateway,
    private readonly rest: StandInRest,
    readonly state: DiscordState,
    private readonly stopServer: () => Promise<void>,
  ) {}

  /** What `GET /gateway/bot` hands discord.js; it appends `?v=10&encoding=json`. */
  get gatewayUrl(): string {
    return this.gateway.url;
  }

  get requests(): readonly RecordedRequest[] {
    return this.rest.requests;
  }

  get identifies(): readonly GatewayIdentifyData[] {
    return this.gateway.identifies;
  }

  get resumes(): readonly GatewayResumeData[] {
    return this.gateway.resumes;
  }

  /** The URL of every gateway WebSocket opened, in order. */
  get connectionUrls(): readonly URL[] {
    return this.gateway.connectionUrls;
  }

  get heartbeats(): number {
    return this.gateway.heartbeats;
  }

  /** Whether a client holds a live gateway session right now. */
  get connected(): boolean {
    return this.gateway.connected;
  }

  /**
   * Sends a gateway dispatch (`dispatch('INTERACTION_CREATE', interaction)`). Interactions are
   * also remembered, so the callback route can accept exactly one timely answer to each.
   */
  dispatch<E extends DispatchEvent>(t: E, d: DispatchData[E]): void {
    if (t === 'INTERACTION_CREATE') this.trackInteraction(d as APIInteraction);
    this.gateway.dispatch(t, d);
  }

  /** Remembers an interaction delivered some other way (the HTTP endpoint) so it can be answered. */
  trackInteraction(interaction: APIInteraction): void {
    this.state.trackInteraction(interaction);
  }

  /**
   * Closes the client's WebSocket from the server side: 4000 by default, which discord.js
   * answers with a RESUME; 1006 drops it without a close frame; `resumable: false` makes the
   * resume fail (op 9) so the client must IDENTIFY again.
   */
  dropConnection(code?: number, options: { resumable?: boolean } = {}): void {
    this.gateway.dropConnection(code, options.resumable ?? true);
  }

  /** Resolves once a client has identified or resumed (at once if one already holds a session). */
  waitUntilConnected(timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.gateway.waitUntilConnected(timeoutMs);
  }

  /** The first recorded request, past or future, that satisfies `predicate`. */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedRequest> {
    return this.rest.waitForRequest(predicate, timeoutMs);
  }

  /** The interaction response the stand-in accepted for `interactionId`. */
  async waitForCallback(
    interactionId: string,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<APIInteractionResponse> {
    const request = await this.waitForRequest(
      (candidate) =>
        candidate.route === CALLBACK_ROUTE &&
        candidate.path.split('/')[2] === interactionId &&
        candidate.status < 300,
      timeoutMs,
    );
    return request.body as APIInteractionResponse;
  }

  /**
   * Makes the next `count` calls to `method path` answer `status` instead, with the headers and
   * body Discord sends (a 429 carries `retry-after`). `path` is a template such as
   * `/interactions/:id/:token/callback`, an exact path, or a RegExp, matched after `/api/v10`.
   */
  failNext(
    method: string,
    path: string | RegExp,
    status: number,
    count = 1,
    options: FaultOptions = {},
  ): void {
    this.rest.failNext(method, path, status, count, options);
  }

  async close(): Promise<void> {
    await this.gateway.close();
    await this.stopServer();
  }
}

/**
 * Starts a stand-in for Discord on 127.0.0.1 at a free port. Throws at once, naming the file,
 * when Discord's API description it judges requests by cannot be read.
 */
export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const validator = specValidator();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const application = botApplication();
  const state = new DiscordState(options.guilds ?? [testGuild()]);
  const gateway = new StandInGateway(server, `ws://127.0.0.1:${port}`, {
    token: STAND_IN_TOKEN,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
    user: BOT_USER,
    application,
    guilds: () => state.guilds,
  });
  const routes = [
    ...applicationRoutes(state, gateway.url, application),
    ...channelRoutes(state, options.pinLimit ?? 250),
    ...interactionRoutes(state, options.responseDeadlineMs ?? 3000),
  ];
  const rest = new StandInRest(routes, STAND_IN_TOKEN);
  validator.prepare(
    routes.flatMap(({ method, spec }) => (spec ? [{ method, specPath: spec }] : [])),
  );
  server.on('request', (request, response) => void rest.handle(request, response));
  const stopServer = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // discord.js keeps HTTP connections alive; without this, close waits for them to idle out.
      server.closeAllConnections();
    });
  return new StandIn(`http://127.0.0.1:${port}/api`, gateway, rest, state, stopServer);
}

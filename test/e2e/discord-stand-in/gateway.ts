import { EventEmitter, once } from 'node:events';
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
} from 'discord-api-types/v10';
import type {
  APIApplication,
  APIUser,
  GatewayDispatchPayload,
  GatewayGuildCreateDispatchData,
  GatewayIdentifyData,
  GatewayResumeData,
  GatewaySendPayload,
} from 'discord-api-types/v10';
import { GatewayConnection } from './gateway-connection.js';
import { nextSnowflake } from './fixtures.js';

/** Every dispatch event name, each with the data Discord sends for it. */
export type DispatchData = { [P in GatewayDispatchPayload as `${P['t']}`]: P['d'] };
export type DispatchEvent = keyof DispatchData;

/** A dispatch as sent, kept so a RESUME can replay what the client missed. */
interface SentDispatch {
  s: number;
  t: DispatchEvent;
  d: unknown;
}

interface Session {
  id: string;
  sequence: number;
  sent: SentDispatch[];
  connection: GatewayConnection | undefined;
}

export interface GatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  user: APIUser;
  application: APIApplication;
  guilds: () => GatewayGuildCreateDispatchData[];
}

/** Intents an application must switch on in the developer portal; ours has none of them. */
const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers |
  GatewayIntentBits.GuildPresences |
  GatewayIntentBits.MessageContent;

/** The gateway half of the stand-in: Discord's gateway v10, JSON encoding, one shard. */
export class StandInGateway {
  readonly identifies: GatewayIdentifyData[] = [];
  readonly resumes: GatewayResumeData[] = [];
  /** The URL of every WebSocket opened, to check that resumes use `resume_gateway_url`. */
  readonly connectionUrls: URL[] = [];
  heartbeats = 0;
  private session: Session | undefined;
  private readonly events = new EventEmitter();
  private readonly server: WebSocketServer;

  constructor(
    httpServer: Server,
    private readonly baseUrl: string,
    private readonly options: GatewayOptions,
  ) {
    this.server = new WebSocketServer({ server: httpServer });
    this.server.on('connection', (socket, request) => {
      const url = new URL(request.url ?? '/', baseUrl.replace(/^ws/, 'http'));
      this.connectionUrls.push(url);
      this.accept(new GatewayConnection(socket, url));
    });
  }

  get url(): string {
    return this.baseUrl;
  }

  get resumeUrl(): string {
    return `${this.baseUrl}/resume`;
  }

  /** Whether a client holds a live session (identified or resumed, not since dropped). */
  get connected(): boolean {
    return this.session?.connection?.open === true;
  }

  /**
   * Sends a dispatch to the live session. With no socket attached it is kept, and a successful
   * RESUME replays it, as Discord does; a fresh IDENTIFY starts over without it.
   */
  dispatch<E extends DispatchEvent>(t: E, d: DispatchData[E]): void {
    const session = this.session;
    if (!session) throw new Error(`Cannot dispatch ${t}: no client has identified yet`);
    session.sequence += 1;
    const sent: SentDispatch = { s: session.sequence, t, d };
    session.sent.push(sent);
    if (session.connection?.open) this.sendDispatch(session.connection, sent);
  }

  /**
   * Closes the live socket from the server side. The default 4000 ("unknown error") invites a
   * resume; `resumable: false` also forgets the session, so the resume gets op 9 and the client
   * must identify again.
   */
  dropConnection(code: number = GatewayCloseCodes.UnknownError, resumable = true): void {
    const connection = this.session?.connection;
    if (!resumable) this.session = undefined;
    if (!connection) throw new Error('No live gateway connection to drop');
    connection.close(code, 'Closed by the stand-in');
  }

  async waitUntilConnected(timeoutMs: number): Promise<void> {
    if (this.connected) return;
    await once(this.events, 'live', { signal: AbortSignal.timeout(timeoutMs) });
  }

  close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(connection: GatewayConnection): void {
    const { searchParams } = connection.url;
    if (searchParams.get('v') !== '10' || (searchParams.get('encoding') ?? 'json') !== 'json') {
      connection.close(
        GatewayCloseCodes.InvalidAPIVersion,
        'The stand-in speaks gateway v10 in JSON only',
      );
      return;
    }
    connection.socket.on('message', (data, isBinary) => {
      const payload = isBinary ? undefined : parsePayload(data.toString());
      if (!payload) connection.close(GatewayCloseCodes.DecodeError, 'Expected a JSON text frame');
      else this.receive(connection, payload);
    });
    connection.socket.on('close', (code) => {
      // A client that closes with 1000 or 1001 ends its session; Discord will not resume it.
      if (this.session?.connection === connection && (code === 1000 || code === 1001)) {
        this.session = undefined;
      }
    });
    connection.send({
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs },
      s: null,
      t: null,
    });
  }

  private receive(connection: GatewayConnection, payload: GatewaySendPayload): void {
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeats += 1;
        connection.send({ op: GatewayOpcodes.HeartbeatAck, d: undefined, s: null, t: null });
        return;
      case GatewayOpcodes.Identify:
        this.identify(connection, payload.d);
        return;
      case GatewayOpcodes.Resume:
        this.resume(connection, payload.d);
        return;
      default:
        if (!connection.authenticated) {
          connection.close(GatewayCloseCodes.NotAuthenticated, 'Identify first');
        }
      // Presence updates and the like are accepted and ignored.
    }
  }

  private identify(connection: GatewayConnection, data: GatewayIdentifyData): void {
    this.identifies.push(data);
    if (connection.authenticated) {
      connection.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated');
      return;
    }
    if (data.token !== this.options.token) {
      connection.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed');
      return;
    }
    if ((BigInt(data.intents) & BigInt(PRIVILEGED_INTENTS)) !== 0n) {
      connection.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s)');
      return;
    }
    connection.authenticated = true;
    const guilds = this.options.guilds();
    const session: Session = { id: nextSnowflake(), sequence: 0, sent: [], connection };
    this.session = session;
    const { id, flags } = this.options.application;
    this.dispatch(GatewayDispatchEvents.Ready, {
      v: 10,
      user: this.options.user,
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.resumeUrl,
      shard: data.shard ?? [0, 1],
      application: { id, flags, flags_new: String(flags) },
    });
    for (const guild of guilds) this.dispatch(GatewayDispatchEvents.GuildCreate, guild);
    this.events.emit('live');
  }

  private resume(connection: GatewayConnection, data: GatewayResumeData): void {
    this.resumes.push(data);
    const session = this.session;
    if (data.token !== this.options.token || !session || session.id !== data.session_id) {
      connection.send({ op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    connection.authenticated = true;
    if (session.connection !== connection) session.connection?.close(4000, 'Resumed elsewhere');
    session.connection = connection;
    for (const missed of session.sent.filter((sent) => sent.s > data.seq)) {
      this.sendDispatch(connection, missed);
    }
    this.dispatch(GatewayDispatchEvents.Resumed, undefined);
    this.events.emit('live');
  }

  private sendDispatch(connection: GatewayConnection, { s, t, d }: SentDispatch): void {
    connection.send({ op: GatewayOpcodes.Dispatch, s, t, d } as GatewayDispatchPayload);
  }
}

function parsePayload(text: string): GatewaySendPayload | undefined {
  try {
    const value: unknown = JSON.parse(text);
    const isPayload = typeof value === 'object' && value !== null && 'op' in value;
    return isPayload ? (value as GatewaySendPayload) : undefined;
  } catch {
    return undefined;
  }
}

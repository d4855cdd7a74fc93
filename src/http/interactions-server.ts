import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { DEFER_AFTER_MS } from '../interactions/deferral.js';
import type { InteractionContext } from '../interactions/interaction-context.js';
import type { Logger } from '../log.js';
import { createBackgroundTasks } from './background-tasks.js';
import { createInteractionsEndpoint } from './interactions-endpoint.js';
import type { InteractionWebhook } from './interaction-webhook.js';
import { MAX_BODY_BYTES } from './read-body.js';
import { sendJson } from './send-json.js';
import { createSignatureCheck } from './signature.js';
import { createStaticSite } from './static-site.js';

export const INTERACTIONS_PATH = '/interactions';
export const HEALTH_PATH = '/healthz';

/** How long a shutdown waits for requests and deferred replies before closing connections. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * How long connections may idle, dawdle and pile up. Discord and any reverse proxy in front send
 * whole requests of a few kilobytes at once: a client slower than this is holding a socket
 * hostage (slowloris), and more connections than this at once is a flood, not Discord.
 */
export interface ConnectionLimits {
  /** Idle keep-alive connections are closed after this. */
  keepAliveMs: number;
  /** The request's headers must have arrived within this... */
  headersMs: number;
  /** ...and the whole request, body included, within this; else 408 and the connection closes. */
  requestMs: number;
  /** Connections open at once; more are closed as soon as they are accepted. */
  maxConnections: number;
}

export const CONNECTION_LIMITS: ConnectionLimits = {
  // Longer than the 60 s idle timeout common to load balancers, so the balancer closes an idle
  // connection first and never sends a request down one this server is closing.
  keepAliveMs: 65_000,
  headersMs: 10_000,
  requestMs: 15_000,
  maxConnections: 1000,
};

/**
 * Node enforces the header and request time limits only when it checks its connections, every
 * 30 s by default: a slow client could hold a socket for 40 s instead of 10. Checking four times a
 * second keeps every limit within a second of its value, for a few microseconds per connection.
 */
const CONNECTIONS_CHECKING_INTERVAL_MS = 250;

/**
 * Closes connections beyond `max` as they arrive. Node's own `server.maxConnections` does not
 * apply in a cluster's workers, which receive their connections from the primary. A flood drops
 * thousands a second: one line a minute says it is happening.
 */
function capConnections(server: Server, max: number, log: Logger): void {
  let open = 0;
  let dropped = 0;
  let reportedAt = 0;
  server.on('connection', (socket: Socket) => {
    if (open >= max) {
      socket.destroy();
      dropped += 1;
      if (Date.now() - reportedAt >= 60_000) {
        log.warn({ dropped, maxConnections: max }, 'refusing connections: too many open');
        dropped = 0;
        reportedAt = Date.now();
      }
      return;
    }
    open += 1;
    socket.once('close', () => (open -= 1));
  });
}

export interface InteractionsServerOptions {
  ctx: InteractionContext;
  /** The application's public key, 64 hex characters (DISCORD_PUBLIC_KEY). */
  publicKey: string;
  webhook: InteractionWebhook;
  deferAfterMs?: number;
  maxBodyBytes?: number;
  /** The real time, for the replay check; tests move it. */
  now?: () => Date;
  shareLinkDelayMs?: number;
  /** Default: `CONNECTION_LIMITS`. */
  limits?: Partial<ConnectionLimits>;
  /** The web pages' folder (`npm run site`), served at every other path for GET and HEAD. */
  siteDir?: string;
}

export interface InteractionsServer {
  readonly server: Server;
  /** Starts listening; resolves the port (useful with port 0). */
  listen(port: number, host?: string): Promise<number>;
  /**
   * Stops taking connections, lets requests in flight and deferred replies finish (up to
   * `graceMs`), then closes whatever is left. /healthz answers 503 meanwhile, so a load balancer
   * stops sending work here.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * The HTTP interactions endpoint: `POST /interactions` (Discord's signed webhooks) and
 * `GET /healthz`, and the web pages at every other path when given their folder. Holds nothing another replica would need: every request carries all it needs.
 */
export function createInteractionsServer(options: InteractionsServerOptions): InteractionsServer {
  const { ctx } = options;
  const tasks = createBackgroundTasks();
  const serveInteraction = createInteractionsEndpoint({
    ctx,
    verifySignature: createSignatureCheck(options.publicKey),
    webhook: options.webhook,
    tasks,
    deferAfterMs: options.deferAfterMs ?? DEFER_AFTER_MS,
    maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
    now: options.now ?? (() => new Date()),
    shareLinkDelayMs: options.shareLinkDelayMs ?? 1000,
  });
  let draining = false;
  const serveStatic = options.siteDir ? createStaticSite(options.siteDir) : undefined;

  async function route(request: IncomingMessage, response: ServerResponse) {
    const path = (request.url ?? '/').split('?', 1)[0];
    if (path === INTERACTIONS_PATH) {
      if (request.method === 'POST') return serveInteraction(request, response);
      response.setHeader('allow', 'POST');
      return sendJson(response, 405, { error: 'method not allowed' });
    }
    if (path === HEALTH_PATH && (request.method === 'GET' || request.method === 'HEAD')) {
      return sendJson(response, draining ? 503 : 200, { status: draining ? 'draining' : 'ok' });
    }
    const readsPage = request.method === 'GET' || request.method === 'HEAD';
    if (serveStatic && readsPage && (await serveStatic(request, response, path ?? '/'))) return;
    return sendJson(response, 404, { error: 'not found' });
  }

  const limits = { ...CONNECTION_LIMITS, ...options.limits };
  const server = createServer(
    {
      headersTimeout: limits.headersMs,
      requestTimeout: limits.requestMs,
      connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS,
    },
    (request, response) => {
      // While draining, every answer ends its connection so the client reconnects elsewhere.
      if (draining) response.setHeader('connection', 'close');
      route(request, response).catch((error: unknown) => {
        // The core never throws; this is a bug here. Answer 500 and keep the process serving.
        ctx.log.error({ error }, 'interactions endpoint failed');
        if (response.headersSent) response.destroy();
        else sendJson(response, 500, { error: 'internal error' });
      });
    },
  );
  server.keepAliveTimeout = limits.keepAliveMs;
  capConnections(server, limits.maxConnections, ctx.log);

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    async close(graceMs = SHUTDOWN_GRACE_MS) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      await Promise.race([Promise.all([closed, tasks.settled()]), grace]);
      clearTimeout(timer);
      server.closeAllConnections();
      await closed;
    },
  };
}

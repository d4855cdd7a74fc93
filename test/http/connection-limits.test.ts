/**
 * The endpoint's defences for a server on the open internet, over real sockets: a client that
 * sends its headers or body a byte at a time (slowloris) is cut off within a second of the limit,
 * an idle keep-alive connection is kept for the reverse proxy, and connections beyond the cap are
 * refused while those within it are served.
 */
import { connect, type Socket } from 'node:net';
import { describe, it, type TestContext } from 'vitest';
import {
  createInteractionsServer,
  type ConnectionLimits,
  type InteractionsServer,
} from '../../src/http/interactions-server.js';
import { fixtureEngine } from '../discord/engine.js';
import { testContext } from '../interactions/context.js';
import { createDiscordSigner } from './discord-signer.js';

/** How late a limit may be enforced: Node checks its connections twice a second. */
const SLACK_MS = 1000;

type Cleanup = TestContext['onTestFinished'];

/** An endpoint of its own for one test, closed with every connection when the test ends. */
async function start(onTestFinished: Cleanup, limits: Partial<ConnectionLimits>): Promise<number> {
  const { ctx } = await testContext({ engine: fixtureEngine() });
  const endpoint: InteractionsServer = createInteractionsServer({
    ctx,
    publicKey: createDiscordSigner().publicKeyHex,
    webhook: {
      editOriginal: () => Promise.reject(new Error('not used')),
      originalMessageId: () => Promise.reject(new Error('not used')),
      followUp: () => Promise.reject(new Error('not used')),
    },
    limits,
  });
  onTestFinished(() => endpoint.close(100));
  return endpoint.listen(0, '127.0.0.1');
}

interface Connection {
  socket: Socket;
  /** Everything the server sent so far. */
  received: () => string;
  /** Resolves with the milliseconds from connecting until the server closed the connection. */
  closed: Promise<number>;
}

function open(onTestFinished: Cleanup, port: number): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    onTestFinished(() => void socket.destroy());
    let received = '';
    let openedAt = 0;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    const closed = new Promise<number>((settle) =>
      socket.on('close', () => settle(performance.now() - openedAt)),
    );
    socket.once('error', reject);
    socket.once('connect', () => {
      openedAt = performance.now();
      resolve({ socket, received: () => received, closed });
    });
  });
}

/** Writes `pieces` one every `everyMs` until the connection closes or they run out. */
function trickle(socket: Socket, pieces: string[], everyMs: number): void {
  const timer = setInterval(() => {
    const piece = pieces.shift();
    if (piece === undefined || socket.destroyed) clearInterval(timer);
    else socket.write(piece);
  }, everyMs);
  socket.once('close', () => clearInterval(timer));
}

/** The server answered 408 and closed the connection `limitMs` after it opened, give or take. */
async function expectCutOffAfter(
  limitMs: number,
  connection: Pick<Connection, 'received' | 'closed'>,
  expect: TestContext['expect'],
): Promise<void> {
  const ms = await connection.closed;
  expect(ms).toBeGreaterThanOrEqual(limitMs - 50);
  expect(ms).toBeLessThanOrEqual(limitMs + SLACK_MS);
  expect(connection.received()).toMatch(/^HTTP\/1\.1 408 /);
}

// Responses follow each other on a keep-alive connection with nothing between them.
const responsesIn = (text: string) => text.match(/HTTP\/1\.1 \d{3}/g) ?? [];
const HEALTH_REQUEST = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';

// Each test has its own server and mostly waits on the clock: they run side by side, each with
// its own `expect` and clean-up, as concurrent tests must.
describe.concurrent('connection limits', () => {
  it('cuts off headers that trickle in, within a second of the header limit', async ({
    expect,
    onTestFinished,
  }) => {
    const port = await start(onTestFinished, { headersMs: 1000, requestMs: 5000 });
    const { socket, received, closed } = await open(onTestFinished, port);
    const headers = Array.from({ length: 50 }, (_, i) => `X-Slow-${i}: still typing\r\n`);
    trickle(socket, ['POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\n', ...headers], 100);
    await expectCutOffAfter(1000, { received, closed }, expect);
  });

  it('cuts off a body that trickles in, within a second of the request limit', async ({
    expect,
    onTestFinished,
  }) => {
    const port = await start(onTestFinished, { headersMs: 1000, requestMs: 2000 });
    const { socket, received, closed } = await open(onTestFinished, port);
    socket.write(
      'POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        'Content-Length: 500\r\n\r\n',
    );
    trickle(
      socket,
      Array.from({ length: 100 }, () => ' '),
      100,
    );
    await expectCutOffAfter(2000, { received, closed }, expect);
  });

  it('keeps an idle keep-alive connection past the header limit, then closes it once idle too long', async ({
    expect,
    onTestFinished,
  }) => {
    const port = await start(onTestFinished, {
      headersMs: 500,
      requestMs: 1000,
      keepAliveMs: 2000,
    });
    const { socket, received, closed } = await open(onTestFinished, port);
    socket.write(HEALTH_REQUEST);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    socket.write(HEALTH_REQUEST);
    await expect.poll(() => responsesIn(received()).length).toBe(2);
    const answeredAt = performance.now();
    expect(responsesIn(received())).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
    await closed;
    // A reverse proxy must be the one to close an idle connection: never before the limit.
    const idleMs = performance.now() - answeredAt;
    expect(idleMs).toBeGreaterThanOrEqual(2000 - 100);
    // Node adds a second of its own to the keep-alive timeout.
    expect(idleMs).toBeLessThanOrEqual(2000 + 1000 + SLACK_MS);
  });

  it('refuses connections beyond the cap and serves those within it', async ({
    expect,
    onTestFinished,
  }) => {
    const port = await start(onTestFinished, { maxConnections: 3 });
    const held = await Promise.all([
      open(onTestFinished, port),
      open(onTestFinished, port),
      open(onTestFinished, port),
    ]);
    const refused = await open(onTestFinished, port);
    expect(await refused.closed).toBeLessThan(1000);
    expect(refused.received()).toBe('');

    // The held connections are served as usual...
    held[0]?.socket.write(HEALTH_REQUEST);
    await expect.poll(() => responsesIn(held[0]?.received() ?? '')).toEqual(['HTTP/1.1 200']);
    // ...and once one closes, a new connection is taken again.
    held[1]?.socket.destroy();
    await held[1]?.closed;
    await expect
      .poll(async () => {
        const next = await open(onTestFinished, port);
        next.socket.write(HEALTH_REQUEST);
        await Promise.race([next.closed, new Promise((resolve) => setTimeout(resolve, 200))]);
        return responsesIn(next.received());
      })
      .toEqual(['HTTP/1.1 200']);
  });
});

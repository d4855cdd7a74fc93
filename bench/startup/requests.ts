/** Signed interactions sent over HTTP as Discord sends them: once, until answered, or at a pace. */
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SignedAsk } from '../http/signed-asks.js';

export interface Reply {
  status: number;
  body: string;
}

/** POSTs one signed interaction; undefined when nothing listens on the port yet. */
export function post(port: number, ask: SignedAsk, agent: Agent | false = false) {
  return new Promise<Reply | undefined>((resolve) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/interactions',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': ask.body.length,
          'x-signature-ed25519': ask.signature,
          'x-signature-timestamp': ask.timestamp,
        },
      },
      (incoming) => {
        let body = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (body += chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
      },
    );
    outgoing.on('error', () => resolve(undefined));
    outgoing.end(ask.body);
  });
}

/**
 * Sends `ask` every `everyMs` from the moment it is called until the first expected answer, and
 * resolves when that answer arrived (performance.now()). A server still starting refuses the
 * connection, which costs a fraction of a millisecond: the answer is seen as soon as it can be.
 */
export interface PollOptions {
  everyMs?: number;
  timeoutMs?: number;
  /** False once the server has exited: no answer will come. */
  alive?: () => boolean;
}

export async function firstAnswer(
  port: number,
  ask: SignedAsk,
  isExpected: (reply: Reply) => boolean,
  { everyMs = 5, timeoutMs = 30_000, alive = () => true }: PollOptions = {},
): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const reply = await post(port, ask);
    if (reply && isExpected(reply)) return performance.now();
    if (!alive()) throw new Error('the server exited before it answered');
    if (performance.now() > deadline) throw new Error(`no answer within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

export interface PacedResult {
  /** Per request, in the order sent: when it was sent (ms after the first) and its latency. */
  sentAtMs: number[];
  latencyMs: number[];
  unexpected: number;
}

/**
 * An open loop, as traffic from many people is: one request every 1000 / perSecond ms whether or
 * not earlier ones were answered, over keep-alive connections as a reverse proxy keeps them.
 */
export async function pacedLoad(
  port: number,
  asks: readonly SignedAsk[],
  perSecond: number,
  isExpected: (reply: Reply) => boolean,
): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const intervalMs = 1000 / perSecond;
  const started = performance.now();
  const sentAtMs: number[] = [];
  const latencyMs: number[] = [];
  let unexpected = 0;
  const pending: Promise<void>[] = [];
  for (const [i, ask] of asks.entries()) {
    const due = started + i * intervalMs;
    if (due > performance.now()) await sleep(due - performance.now());
    const sentAt = performance.now();
    sentAtMs[i] = sentAt - started;
    pending.push(
      post(port, ask, agent).then((reply) => {
        latencyMs[i] = performance.now() - sentAt;
        if (!reply || !isExpected(reply)) unexpected += 1;
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  return { sentAtMs, latencyMs, unexpected };
}

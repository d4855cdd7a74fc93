/**
 * A closed-loop HTTP/1.1 load generator on raw keep-alive sockets: each connection sends a
 * request, waits for the whole response, records the latency and sends the next. Requests are
 * bytes prepared in advance, so the generator spends its CPU on sockets, not on building or
 * signing requests (it shares the machine's cores with the servers under test).
 */
import { connect, type Socket } from 'node:net';

export interface LoadOptions {
  port: number;
  requests: readonly Buffer[];
  connections: number;
  durationMs: number;
  /** Stops early after this many responses. */
  maxRequests: number;
  /** Whether a 200's body is the answer expected; anything else counts as an error. */
  isExpected: (body: Buffer) => boolean;
}

export interface LoadResult {
  responses: number;
  errors: number;
  /** The first unexpected answer, to show when errors is not 0. */
  firstError?: string;
  elapsedMs: number;
  /** One per response, in milliseconds. */
  latenciesMs: Float64Array;
}

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length:\s*(\d+)/i;

/** Reads responses off one socket; calls `done(status, body)` for each complete one. */
function responseReader(done: (status: number, body: Buffer) => void) {
  let pending: Buffer = Buffer.alloc(0);
  return (chunk: Buffer) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      const headerEnd = pending.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const head = pending.toString('latin1', 0, headerEnd);
      const length = Number(CONTENT_LENGTH.exec(head)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`a response without Content-Length: ${head}`);
      const end = headerEnd + HEADER_END.length + length;
      if (pending.length < end) return;
      done(Number(head.slice(9, 12)), pending.subarray(headerEnd + HEADER_END.length, end));
      pending = pending.subarray(end);
    }
  };
}

/** Runs the load until `durationMs` or `maxRequests`, whichever comes first. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { port, requests, connections, durationMs, maxRequests, isExpected } = options;
  const latencies = new Float64Array(maxRequests);
  let responses = 0;
  let errors = 0;
  let firstError: string | undefined;
  let sent = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const sockets: Socket[] = [];

  return new Promise((resolve, reject) => {
    let open = connections;
    const finish = () => {
      open -= 1;
      if (open > 0) return;
      resolve({
        responses,
        errors,
        ...(firstError === undefined ? {} : { firstError }),
        elapsedMs: performance.now() - started,
        latenciesMs: latencies.subarray(0, responses),
      });
    };
    for (let c = 0; c < connections; c += 1) {
      const socket = connect({ port, host: '127.0.0.1', noDelay: true });
      sockets.push(socket);
      let sentAt = 0;
      const sendNext = () => {
        if (sent >= maxRequests || performance.now() >= deadline) {
          socket.end();
          finish();
          return;
        }
        const request = requests[sent % requests.length] as Buffer;
        sent += 1;
        sentAt = performance.now();
        socket.write(request);
      };
      socket.on(
        'data',
        responseReader((status, body) => {
          latencies[responses] = performance.now() - sentAt;
          responses += 1;
          const expected = status === 200 && isExpected(body);
          if (!expected) {
            errors += 1;
            firstError ??= `${status} ${body.toString('utf8', 0, 200)}`;
          }
          sendNext();
        }),
      );
      socket.on('connect', sendNext);
      socket.on('error', (error) => {
        for (const other of sockets) other.destroy();
        reject(error);
      });
    }
  });
}

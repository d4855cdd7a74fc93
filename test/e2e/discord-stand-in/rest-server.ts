import { EventEmitter } from 'node:events';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { refusal } from './form-errors.js';
import { specValidator } from './openapi-validator.js';
import { discordError, matchTemplate } from './route.js';
import type { Route, RouteResponse } from './route.js';

/** Every versioned route discord.js calls starts with this (see @discordjs/rest's URL building). */
export const API_PREFIX = '/api/v10';

export interface RecordedRequest {
  method: string;
  /** The path after `/api/v10`, without the query: `/interactions/1/abc/callback`. */
  path: string;
  /** The template of the route that matched (`/interactions/:id/:token/callback`), if any. */
  route: string | undefined;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The JSON body, or the `payload_json` part of a multipart body. */
  body: unknown;
  files: string[];
  /** What the stand-in answered. */
  status: number;
  responseBody: unknown;
}

export interface FaultOptions {
  /** For 429: the wait Discord asks for. Discord's header holds whole seconds; fractions keep tests fast. */
  retryAfterSeconds?: number;
  /** For 429: a global rate limit rather than one route's. */
  global?: boolean;
  /** Replaces the default body for this status. */
  body?: unknown;
}

interface Fault {
  method: string;
  path: string | RegExp;
  remaining: number;
  response: RouteResponse;
}

/** The REST half of the stand-in: Discord's HTTP API under `/api/v10`, recorded, with faults on demand. */
export class StandInRest {
  readonly requests: RecordedRequest[] = [];
  private readonly faults: Fault[] = [];
  private readonly events = new EventEmitter();

  constructor(
    private readonly routes: Route[],
    private readonly token: string,
  ) {}

  failNext(
    method: string,
    path: string | RegExp,
    status: number,
    count = 1,
    options: FaultOptions = {},
  ): void {
    const response = faultResponse(status, options);
    this.faults.push({ method: method.toUpperCase(), path, remaining: count, response });
  }

  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs: number,
  ): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const listener = (request: RecordedRequest) => {
        if (!predicate(request)) return;
        clearTimeout(timer);
        this.events.off('request', listener);
        resolve(request);
      };
      const timer = setTimeout(() => {
        this.events.off('request', listener);
        const recent = this.requests.slice(-10).map((r) => `${r.method} ${r.path} -> ${r.status}`);
        reject(
          new Error(
            `No matching request within ${timeoutMs} ms; recent:\n  ${recent.join('\n  ') || '(none)'}`,
          ),
        );
      }, timeoutMs);
      this.events.on('request', listener);
    });
  }

  readonly handle = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const url = new URL(incoming.url ?? '/', 'http://stand-in');
    const method = incoming.method ?? 'GET';
    const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
    const path = versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    const { body, files, invalid } = await readBody(incoming);
    const matched = versioned ? this.findRoute(method, path) : undefined;
    const response = invalid
      ? discordError(400, 50109, 'The request body contains invalid JSON.')
      : (this.takeFault(method, path) ??
        (matched
          ? this.answer(matched, incoming, { path, query: url.searchParams, body, files })
          : notFound()));
    this.requests.push({
      method,
      path,
      route: matched?.route.template,
      query: url.searchParams,
      headers: incoming.headers,
      body,
      files,
      status: response.status,
      responseBody: response.body,
    });
    this.events.emit('request', this.requests.at(-1));
    send(outgoing, response);
  };

  private findRoute(method: string, path: string) {
    for (const route of this.routes) {
      const params = route.method === method ? matchTemplate(route.template, path) : undefined;
      if (params) return { route, params };
    }
    return undefined;
  }

  private answer(
    { route, params }: { route: Route; params: Record<string, string> },
    incoming: IncomingMessage,
    { path, ...request }: { path: string; query: URLSearchParams; body: unknown; files: string[] },
  ): RouteResponse {
    if (route.auth === 'bot' && incoming.headers.authorization !== `Bot ${this.token}`) {
      return discordError(401, 0, '401: Unauthorized');
    }
    try {
      // What the published schema refuses never reaches a route, which may then trust the types.
      const refused =
        route.spec &&
        refusal(
          specValidator().check({
            method: route.method,
            specPath: route.spec,
            path,
            body: request.body,
          }),
        );
      return refused || route.handle({ params, ...request });
    } catch (error) {
      // A bug in the stand-in, not a fault to inject: say so loudly in the recorded response.
      return discordError(500, 0, `Stand-in route ${route.template} threw: ${String(error)}`);
    }
  }

  private takeFault(method: string, path: string): RouteResponse | undefined {
    const fault = this.faults.find(
      (candidate) =>
        candidate.remaining > 0 &&
        candidate.method === method &&
        (typeof candidate.path === 'string'
          ? matchTemplate(candidate.path, path) !== undefined
          : candidate.path.test(path)),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    return fault.response;
  }
}

function faultResponse(status: number, options: FaultOptions): RouteResponse {
  if (status !== 429) {
    const message =
      status >= 500 ? `${status}: Internal Server Error` : `${status}: Stand-in fault`;
    return { status, body: options.body ?? { message, code: 0 } };
  }
  const retryAfter = options.retryAfterSeconds ?? 0.1;
  const global = options.global ?? false;
  return {
    status,
    // The headers and body Discord sends with a 429 (https://discord.com/developers/docs/topics/rate-limits).
    headers: {
      'retry-after': String(retryAfter),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(retryAfter),
      'x-ratelimit-scope': global ? 'global' : 'user',
      ...(global ? { 'x-ratelimit-global': 'true' } : { 'x-ratelimit-bucket': 'stand-in-bucket' }),
    },
    body: options.body ?? {
      message: 'You are being rate limited.',
      retry_after: retryAfter,
      global,
    },
  };
}

const notFound = () => discordError(404, 0, '404: Not Found');

async function readBody(
  incoming: IncomingMessage,
): Promise<{ body: unknown; files: string[]; invalid: boolean }> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = incoming.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [], invalid: false };
  try {
    if (type.startsWith('multipart/form-data')) {
      // discord.js sends attachments as multipart with the JSON in `payload_json`.
      const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
      const json = form.get('payload_json');
      const files = [...form.entries()].flatMap(([key, value]) =>
        key.startsWith('files[') && typeof value !== 'string' ? [value.name] : [],
      );
      return {
        body: typeof json === 'string' ? JSON.parse(json) : undefined,
        files,
        invalid: false,
      };
    }
    return { body: JSON.parse(raw.toString('utf8')), files: [], invalid: false };
  } catch {
    return { body: raw.toString('utf8'), files: [], invalid: true };
  }
}

function send(outgoing: ServerResponse, { status, body, headers = {} }: RouteResponse): void {
  if (body === undefined) {
    outgoing.writeHead(status, headers).end();
    return;
  }
  outgoing.writeHead(status, { ...headers, 'content-type': 'application/json' });
  outgoing.end(JSON.stringify(body));
}

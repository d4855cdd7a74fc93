/** A request as a route handler sees it: the path after `/api/v10`, parsed. */
export interface RouteRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The JSON body, or the `payload_json` part of a multipart body. */
  body: unknown;
  /** Names of the files a multipart body carried. */
  files: string[];
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Discord's path with `:name` for each parameter, as in its documentation. */
  template: string;
  /** Interaction callbacks and webhooks are authorised by their token, not the bot's. */
  auth: 'bot' | 'none';
  /**
   * The same route in Discord's OpenAPI description (`/channels/{channel_id}/messages`): its path
   * parameters and JSON body are checked against the schema there before `handle` runs.
   */
  spec?: string;
  handle(request: RouteRequest): RouteResponse;
}

/** The parameters of `path` if it fits `template` segment for segment, else undefined. */
export function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const expected = template.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    // discord-api-types' Routes percent-encode segments: `@me` arrives as `%40me`.
    const value = safeDecode(actual[index] ?? '');
    if (segment.startsWith(':')) params[segment.slice(1)] = value;
    else if (segment !== value) return undefined;
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export const ok = (body: unknown): RouteResponse => ({ status: 200, body });

export const noContent: RouteResponse = { status: 204 };

/** Discord's error body for anything but a form: a numeric JSON error code and a message. */
export const discordError = (status: number, code: number, message: string): RouteResponse => ({
  status,
  body: { message, code },
});

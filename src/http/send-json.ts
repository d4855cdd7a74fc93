import type { ServerResponse } from 'node:http';

/**
 * Sends `body` as JSON with its exact length. `close` ends the connection after the response:
 * for a refused oversized body, whose unread rest must not be parsed as the next request.
 */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  { close = false }: { close?: boolean } = {},
): void {
  sendJsonText(response, status, JSON.stringify(body), { close });
}

/** Sends JSON already serialized. */
export function sendJsonText(
  response: ServerResponse,
  status: number,
  json: string,
  { close = false }: { close?: boolean } = {},
): void {
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
    ...(close ? { connection: 'close' } : {}),
  });
  response.end(json);
}

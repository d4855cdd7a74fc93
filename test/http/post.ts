import { request } from 'node:http';
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import type { DiscordSigner } from './discord-signer.js';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string | number>;
  /** Written in order; a test can declare a length and send less. */
  chunks?: (string | Buffer)[];
  /** Leave the request unfinished after the chunks (the server must answer without the rest). */
  leaveOpen?: boolean;
}

/** One HTTP request on loopback with a fresh connection, the body written exactly as given. */
export function sendRaw(port: number, options: RawRequest = {}): Promise<RawResponse> {
  const { method = 'POST', path = '/interactions', headers = {}, chunks = [] } = options;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, method, path, headers, agent: false },
      (incoming) => {
        let body = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (body += chunk));
        incoming.on('end', () => {
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body });
          if (options.leaveOpen) outgoing.destroy();
        });
      },
    );
    // A server that answers before reading everything closes the connection under the rest of
    // the body: an error after the answer is expected, one before it is the test's failure.
    outgoing.on('error', reject);
    for (const chunk of chunks) outgoing.write(chunk);
    if (!options.leaveOpen) outgoing.end();
  });
}

/** POSTs an interaction signed by `signer` and returns the endpoint's 200 response, parsed. */
export async function postInteraction(
  port: number,
  signer: DiscordSigner,
  interaction: APIInteraction,
): Promise<APIInteractionResponse> {
  const body = JSON.stringify(interaction);
  const response = await sendRaw(port, { headers: signer.headers(body), chunks: [body] });
  if (response.status !== 200)
    throw new Error(`expected 200, got ${response.status}: ${response.body}`);
  return JSON.parse(response.body) as APIInteractionResponse;
}

import type { APIInteraction } from 'discord-api-types/v10';
import type { SignatureCheck } from './signature.js';

/**
 * A signed request older or newer than this is a replay: Discord signs the moment it sends, so
 * an honest request arrives within seconds; five minutes leaves room for clock drift.
 */
export const MAX_TIMESTAMP_SKEW_SECONDS = 5 * 60;

/** Why a request was refused; logged as is (it names no person and holds nothing they sent). */
export type Refusal =
  | 'missing signature headers'
  | 'malformed timestamp'
  | 'stale timestamp'
  | 'bad signature'
  | 'malformed JSON'
  | 'not an interaction';

export type RequestVerdict =
  { ok: true; interaction: APIInteraction } | { ok: false; status: 400 | 401; refusal: Refusal };

export interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  /** The body exactly as received: the signature covers these bytes, not re-serialized JSON. */
  body: Buffer;
}

const refuse = (status: 400 | 401, refusal: Refusal): RequestVerdict => ({
  ok: false,
  status,
  refusal,
});

// Discord sends whole seconds since the epoch.
const TIMESTAMP = /^\d{1,12}$/;

const isInteraction = (value: unknown): value is APIInteraction =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { type?: unknown }).type === 'number' &&
  typeof (value as { id?: unknown }).id === 'string';

/**
 * Decides whether a request to the interactions endpoint is Discord's and, if so, what it says.
 * Anything unsigned, mis-signed or replayed is 401 (Discord probes endpoints with bad signatures
 * and removes one that accepts them); only a correctly signed body that is not an interaction
 * is 400. The cheap clock check runs before the signature, so a flood of stale requests costs
 * no cryptography.
 */
export function checkSignedRequest(
  request: SignedRequest,
  verifySignature: SignatureCheck,
  now: Date,
): RequestVerdict {
  const { signature, timestamp, body } = request;
  if (!signature || !timestamp) return refuse(401, 'missing signature headers');
  if (!TIMESTAMP.test(timestamp)) return refuse(401, 'malformed timestamp');
  const skewSeconds = Math.abs(now.getTime() / 1000 - Number(timestamp));
  if (skewSeconds > MAX_TIMESTAMP_SKEW_SECONDS) return refuse(401, 'stale timestamp');
  if (!verifySignature(timestamp, body, signature)) return refuse(401, 'bad signature');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return refuse(400, 'malformed JSON');
  }
  return isInteraction(parsed)
    ? { ok: true, interaction: parsed }
    : refuse(400, 'not an interaction');
}

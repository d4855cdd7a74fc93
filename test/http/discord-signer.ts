import { generateKeyPairSync, sign } from 'node:crypto';

/** Signs requests the way Discord does, with a key pair made for the test run. */
export interface DiscordSigner {
  /** The public key as the Developer Portal shows it: 64 hex characters. */
  publicKeyHex: string;
  /** Ed25519 over the timestamp followed by the body bytes, as hex. */
  sign(timestamp: string, body: string | Buffer): string;
  /** The two headers Discord sends with every interaction. */
  headers(body: string | Buffer, timestamp?: string): Record<string, string>;
}

/** Seconds since the epoch, as Discord writes X-Signature-Timestamp. */
export const timestampOf = (date: Date = new Date()): string =>
  String(Math.floor(date.getTime() / 1000));

export function createDiscordSigner(): DiscordSigner {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const { x } = publicKey.export({ format: 'jwk' });
  const publicKeyHex = Buffer.from(x ?? '', 'base64url').toString('hex');
  const signWith = (timestamp: string, body: string | Buffer) =>
    sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey).toString(
      'hex',
    );
  return {
    publicKeyHex,
    sign: signWith,
    headers: (body, timestamp = timestampOf()) => ({
      'content-type': 'application/json',
      'x-signature-ed25519': signWith(timestamp, body),
      'x-signature-timestamp': timestamp,
    }),
  };
}

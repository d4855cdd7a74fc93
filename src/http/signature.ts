import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/**
 * The DER header of an Ed25519 SubjectPublicKeyInfo (RFC 8410): prefixed to the raw 32-byte key
 * Discord shows as "Public Key", it makes a key node:crypto can import.
 */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

// Checked before decoding: Buffer.from(hex) silently stops at the first non-hex character.
const PUBLIC_KEY_HEX = /^[0-9a-fA-F]{64}$/;
const SIGNATURE_HEX = /^[0-9a-fA-F]{128}$/;

/** Checks one request's signature: true only for a well-formed signature that verifies. */
export type SignatureCheck = (timestamp: string, body: Buffer, signatureHex: string) => boolean;

/** The application's public key (64 hex characters) as a key node:crypto verifies with. */
export function ed25519PublicKey(publicKeyHex: string): KeyObject {
  if (!PUBLIC_KEY_HEX.test(publicKeyHex)) {
    throw new Error('DISCORD_PUBLIC_KEY must be 64 hexadecimal characters');
  }
  const der = Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]);
  return createPublicKey({ key: der, format: 'der', type: 'spki' });
}

/**
 * Discord's request signature: Ed25519 over the X-Signature-Timestamp header followed by the raw
 * body bytes (https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers).
 * The key is imported once; each call only verifies.
 */
export function createSignatureCheck(publicKeyHex: string): SignatureCheck {
  const key = ed25519PublicKey(publicKeyHex);
  return (timestamp, body, signatureHex) => {
    if (!SIGNATURE_HEX.test(signatureHex)) return false;
    const message = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
    return verify(null, message, key, Buffer.from(signatureHex, 'hex'));
  };
}

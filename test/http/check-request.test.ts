import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSignedRequest, MAX_TIMESTAMP_SKEW_SECONDS } from '../../src/http/check-request.js';
import { createSignatureCheck, ed25519PublicKey } from '../../src/http/signature.js';
import { createDiscordSigner, timestampOf } from './discord-signer.js';

const signer = createDiscordSigner();
const verify = createSignatureCheck(signer.publicKeyHex);
const NOW = new Date('2026-01-15T12:00:00Z');
const PING = Buffer.from('{"type":1,"id":"1","application_id":"2","token":"t","version":1}');

const signed = (body: Buffer, at: Date = NOW) => {
  const timestamp = timestampOf(at);
  return { timestamp, signature: signer.sign(timestamp, body), body };
};

describe('createSignatureCheck', () => {
  it('accepts Discord’s signature over the timestamp followed by the body', () => {
    const { timestamp, signature, body } = signed(PING);
    expect(verify(timestamp, body, signature)).toBe(true);
    expect(verify(timestamp, body, signature.toUpperCase())).toBe(true);
  });

  it('refuses the signature for another timestamp, body or key', () => {
    const { timestamp, signature, body } = signed(PING);
    expect(verify(String(Number(timestamp) + 1), body, signature)).toBe(false);
    expect(verify(timestamp, Buffer.concat([body, Buffer.from(' ')]), signature)).toBe(false);
    expect(
      createSignatureCheck(createDiscordSigner().publicKeyHex)(timestamp, body, signature),
    ).toBe(false);
  });

  it('refuses signatures that are not 128 hex characters without trying them', () => {
    const { timestamp, signature, body } = signed(PING);
    for (const bad of ['', signature.slice(2), `${signature}00`, `${signature.slice(0, -1)}g`]) {
      expect(verify(timestamp, body, bad)).toBe(false);
    }
  });

  it('refuses to start with a public key that is not 64 hex characters', () => {
    expect(() => ed25519PublicKey('ab'.repeat(31))).toThrow(/64 hexadecimal/);
    expect(() => ed25519PublicKey(`${'ab'.repeat(31)}zz`)).toThrow(/64 hexadecimal/);
  });
});

describe('checkSignedRequest', () => {
  it('passes a signed interaction through, parsed', () => {
    expect(checkSignedRequest(signed(PING), verify, NOW)).toMatchObject({
      ok: true,
      interaction: { type: 1, id: '1' },
    });
  });

  it('accepts a timestamp up to five minutes off either way, and refuses one past that', () => {
    const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
    for (const seconds of [-MAX_TIMESTAMP_SKEW_SECONDS, MAX_TIMESTAMP_SKEW_SECONDS]) {
      expect(checkSignedRequest(signed(PING, at(seconds)), verify, NOW).ok).toBe(true);
    }
    for (const seconds of [-MAX_TIMESTAMP_SKEW_SECONDS - 1, MAX_TIMESTAMP_SKEW_SECONDS + 1]) {
      expect(checkSignedRequest(signed(PING, at(seconds)), verify, NOW)).toEqual({
        ok: false,
        status: 401,
        refusal: 'stale timestamp',
      });
    }
  });

  it('refuses a timestamp that is not whole seconds', () => {
    const timestamp = `${timestampOf(NOW)}.5`;
    const request = { timestamp, signature: signer.sign(timestamp, PING), body: PING };
    expect(checkSignedRequest(request, verify, NOW)).toMatchObject({ status: 401 });
  });

  it('never lets through what was not signed, whatever the headers and body', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{128}$/);
    fc.assert(
      fc.property(
        fc.option(fc.oneof(hex, fc.string())),
        fc.option(fc.oneof(fc.constant(timestampOf(NOW)), fc.string())),
        fc.uint8Array({ maxLength: 300 }),
        (signature, timestamp, bytes) => {
          const verdict = checkSignedRequest(
            {
              signature: signature ?? undefined,
              timestamp: timestamp ?? undefined,
              body: Buffer.from(bytes),
            },
            verify,
            NOW,
          );
          expect(verdict).toMatchObject({ ok: false, status: 401 });
        },
      ),
    );
  });
});

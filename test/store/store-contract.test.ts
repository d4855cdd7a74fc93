import { describe, expect, inject, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';
import { freshDatabaseUrl, openPostgresTestStore, openStoreOf, STORE_KINDS } from './stores.js';
import { samplePin as pin } from './temp-store.js';

const T = Date.parse('2026-01-15T12:00:00Z');

describe.each(STORE_KINDS)('the %s store', (kind) => {
  it('applies every migration and keeps pins, refreshes and orphans', async () => {
    const store = await openStoreOf(kind);
    expect(await store.schemaVersions()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await store.integrityCheck()).toBe('ok');
    await store.pins.add(pin);
    await store.pins.add({ ...pin, messageId: '900000000000000002', guildId: '2000000000000009' });
    await store.pins.markRefreshed(pin.messageId, {
      contentHash: 'h2',
      knowledgeVersion: 'v2',
      at: 'x',
    });
    await store.pins.markOrphaned('900000000000000002');
    expect(await store.pins.get(pin.messageId)).toEqual({
      ...pin,
      // Added without a language: the pin is English.
      language: 'en',
      contentHash: 'h2',
      knowledgeVersion: 'v2',
      refreshedAt: 'x',
      orphaned: false,
    });
    expect((await store.pins.all()).map((p) => [p.messageId, p.orphaned])).toEqual([
      [pin.messageId, false],
      ['900000000000000002', true],
    ]);
    expect((await store.pins.all(pin.guildId)).length).toBe(1);
    expect(await store.pins.remove(pin.messageId)).toBe(true);
    expect(await store.pins.remove(pin.messageId)).toBe(false);
  });

  it('counts exactly under concurrent writes: topics, unanswered questions, feedback', async () => {
    const store = await openStoreOf(kind);
    const writes = Array.from({ length: 60 }, (_, i) => [
      store.usage.recordTopic(i % 3 === 0 ? 'detainer' : 'trust-act', '2026-01-15'),
      store.usage.recordUnanswered('best pizza', i % 2 === 0 ? '2026-01-14' : '2026-01-15'),
      store.feedback.record(['a#1', 'a#1', 'b#2'], i % 4 === 0 ? 'helpful' : 'not-helpful'),
    ]);
    await Promise.all(writes.flat());
    expect(await store.usage.topTopics('2026-01-01', 5)).toEqual([
      { topic: 'trust-act', count: 40, lastDay: '2026-01-15' },
      { topic: 'detainer', count: 20, lastDay: '2026-01-15' },
    ]);
    expect(await store.usage.topUnanswered('2026-01-15', 5)).toEqual([
      { question: 'best pizza', count: 30, lastDay: '2026-01-15' },
    ]);
    expect(await store.feedback.mostNotHelpful(5)).toEqual([
      { passageId: 'a#1', helpful: 15, notHelpful: 45 },
      { passageId: 'b#2', helpful: 15, notHelpful: 45 },
    ]);
  });

  it('lets one of many simultaneous shares of one thing in a channel through, and links the rest to it', async () => {
    const store = await openStoreOf(kind);
    const claims = await Promise.all(
      Array.from({ length: 12 }, (_, i) => store.shares.claim('c1', 'k', `i${i}`, T, T - 60_000)),
    );
    expect(claims.filter((c) => c === undefined)).toHaveLength(1);
    const winner = claims.findIndex((c) => c === undefined);
    // The winner claiming again (a retry, or Discord delivering it twice) still posts its copy.
    expect(await store.shares.claim('c1', 'k', `i${winner}`, T, T - 60_000)).toBeUndefined();
    await store.shares.attachLink(`i${winner}`, 'https://discord.com/channels/g/c1/m1');
    expect(await store.shares.recent('c1', 'k', T - 60_000)).toEqual({
      at: T,
      link: 'https://discord.com/channels/g/c1/m1',
    });
    expect(await store.shares.recent('c2', 'k', T - 60_000)).toBeUndefined();
    // Once the window is over, the next share is a new post.
    expect(await store.shares.claim('c1', 'k', 'later', T + 61_000, T + 1_000)).toBeUndefined();
    await store.shares.sweep(T + 120_000);
    expect(await store.shares.recent('c1', 'k', 0)).toBeUndefined();
  });

  it('holds a per-person limit for one claimant at a time until it expires', async () => {
    const store = await openStoreOf(kind);
    expect(store.limits.salt.length).toBe(32);
    const claims = await Promise.all(
      Array.from({ length: 10 }, () => store.limits.claim('hash', T, T + 3000)),
    );
    expect(claims.filter((c) => c.ok)).toHaveLength(1);
    expect(claims.find((c) => !c.ok)).toEqual({ ok: false, untilMs: T + 3000 });
    expect(await store.limits.claim('hash', T + 3000, T + 6000)).toEqual({ ok: true });
    await store.limits.sweep(T + 10_000);
    expect(await store.limits.claim('hash', T + 4000, T + 5000)).toEqual({ ok: true });
  });

  it('gives a lease to one holder until it is released or runs out, and keeps a knowledge version', async () => {
    const { coordination } = await openStoreOf(kind);
    expect(await coordination.takeLease('refresh', 'a', T, T + 30_000)).toBe(true);
    expect(await coordination.takeLease('refresh', 'b', T + 1, T + 30_000)).toBe(false);
    expect(await coordination.takeLease('refresh', 'a', T + 2, T + 40_000)).toBe(true);
    expect(await coordination.takeLease('refresh', 'b', T + 30_001, T + 60_000)).toBe(false);
    expect(await coordination.takeLease('refresh', 'b', T + 40_000, T + 60_000)).toBe(true);
    await coordination.releaseLease('refresh', 'b');
    expect(await coordination.takeLease('refresh', 'a', T + 40_001, T + 70_000)).toBe(true);

    expect(await coordination.knowledgeVersion()).toBeUndefined();
    await coordination.publishKnowledgeVersion('v1', new Date(T));
    await coordination.publishKnowledgeVersion('v2', new Date(T + 1));
    expect(await coordination.knowledgeVersion()).toBe('v2');
  });
});

describe('the PostgreSQL store', () => {
  it('lets replicas starting together on a new database migrate it once, and share its salt', async () => {
    const url = await freshDatabaseUrl();
    const replicas = await Promise.all([1, 2, 3].map(() => openPostgresTestStore(url)));
    for (const replica of replicas) {
      expect(await replica.schemaVersions()).toEqual(MIGRATIONS.map((m) => m.version));
    }
    const [a, b] = replicas;
    expect(a?.limits.salt.equals(b?.limits.salt ?? Buffer.alloc(0))).toBe(true);
    await a?.usage.recordTopic('detainer', '2026-01-15');
    expect(await b?.usage.topTopics('2026-01-15', 1)).toEqual([
      { topic: 'detainer', count: 1, lastDay: '2026-01-15' },
    ]);
  });

  it('refuses a wrong password with a message naming DATABASE_URL, never the password', async () => {
    const url = new URL(await freshDatabaseUrl());
    url.password = 'not-the-password';
    const result = await openPostgresStore({
      url: url.toString(),
      poolSize: 1,
      connectTimeoutSeconds: 5,
    });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toMatch(/DATABASE_URL/);
    expect(message).toMatch(/password was refused/);
    expect(message).not.toMatch(/not-the-password/);
    expect(message).not.toContain(new URL(inject('postgresAdminUrl')).password);
  });
});

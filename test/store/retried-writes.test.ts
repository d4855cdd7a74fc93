/**
 * Over a network a write can commit while its reply is lost, and is then sent again. These tests
 * send the same write twice, as such a retry does, and expect it to count once.
 */
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../../src/store/postgres/migrate-postgres.js';
import { limitsTablePg } from '../../src/store/postgres/shared-state-postgres.js';
import { feedbackTablePg, usageTablesPg } from '../../src/store/postgres/tables-postgres.js';
import { writeOnce } from '../../src/store/postgres/write-once.js';
import { freshDatabaseUrl } from './stores.js';

const T = Date.parse('2026-01-15T12:00:00Z');
const clients: postgres.Sql[] = [];
afterAll(() => Promise.all(clients.map((sql) => sql.end())));

async function migrated() {
  const sql = postgres(await freshDatabaseUrl(), { max: 4, onnotice: () => undefined });
  clients.push(sql);
  await migratePostgres(sql);
  return sql;
}

/** Ids as a retry reuses them: each twice in a row. */
const eachTwice = () => {
  let n = 0;
  return () => `write-${Math.floor(n++ / 2)}`;
};

describe('writes retried on PostgreSQL', () => {
  it('counts a topic, an unanswered question and a feedback press once when sent twice', async () => {
    const sql = await migrated();
    const once = writeOnce(sql, 1000, eachTwice());
    const usage = usageTablesPg(sql, once);
    const feedback = feedbackTablePg(sql, once);
    for (let i = 0; i < 2; i += 1) await usage.recordTopic('detainer', '2026-01-15');
    for (let i = 0; i < 2; i += 1) await usage.recordUnanswered('best pizza', '2026-01-15');
    for (let i = 0; i < 2; i += 1) await feedback.record(['a#1', 'b#2'], 'not-helpful');
    // A new write (a new id) counts again.
    await usage.recordTopic('detainer', '2026-01-15');
    expect(await usage.topTopics('2026-01-01', 5)).toEqual([
      { topic: 'detainer', count: 2, lastDay: '2026-01-15' },
    ]);
    expect(await usage.topUnanswered('2026-01-01', 5)).toEqual([
      { question: 'best pizza', count: 1, lastDay: '2026-01-15' },
    ]);
    expect(await feedback.mostNotHelpful(5)).toEqual([
      { passageId: 'a#1', helpful: 0, notHelpful: 1 },
      { passageId: 'b#2', helpful: 0, notHelpful: 1 },
    ]);
  });

  it("lets a limit's claim sent twice through both times, and still refuses another claimant", async () => {
    const sql = await migrated();
    const limits = limitsTablePg(sql, Buffer.alloc(32), 1000, eachTwice());
    expect(await limits.claim('hash', T, T + 3000)).toEqual({ ok: true });
    expect(await limits.claim('hash', T, T + 3000)).toEqual({ ok: true });
    expect(await limits.claim('hash', T + 1000, T + 4000)).toEqual({
      ok: false,
      untilMs: T + 3000,
    });
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { STORE_FILE, openStore } from '../../src/store/open-store.js';
import { openTestStore, samplePin as pin, tempFolder } from './temp-store.js';

describe('openStore', () => {
  it('creates DATA_DIR on first run, in WAL mode, with every migration applied from empty', async () => {
    const folder = join(tempFolder(), 'nested', 'data');
    const store = openTestStore(folder);
    expect(store.path).toBe(join(folder, STORE_FILE));
    expect(await store.schemaVersions()).toEqual(MIGRATIONS.map((m) => m.version));
    await store.close();
    const raw = new Database(join(folder, STORE_FILE), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    raw.close();
    expect(tables).toEqual([
      'applied_writes',
      'channel_shares',
      'knowledge_state',
      'leases',
      'passage_feedback',
      'person_limits',
      'pinned_explainers',
      'schema_migrations',
      'store_secrets',
      'topic_requests',
      'unanswered_questions',
    ]);
  });

  it('keeps every record across a reopen, and applies no migration twice', async () => {
    const folder = tempFolder();
    const first = openTestStore(folder);
    await first.pins.add(pin);
    await first.pins.markRefreshed(pin.messageId, {
      contentHash: 'def456',
      knowledgeVersion: 'v2',
      at: '2026-02-01T00:00:00.000Z',
    });
    await first.feedback.record(['trust-act#1', 'trust-act#2'], 'not-helpful');
    await first.feedback.record(['trust-act#1'], 'helpful');
    await first.usage.recordTopic('trust-act', '2026-01-15');
    await first.usage.recordTopic('trust-act', '2026-01-15');
    await first.usage.recordUnanswered('can my landlord call ice', '2026-01-15');
    await first.close();

    const again = openTestStore(folder);
    expect(await again.schemaVersions()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await again.pins.all()).toEqual([
      {
        ...pin,
        // Added without a language: the pin is English.
        language: 'en',
        contentHash: 'def456',
        knowledgeVersion: 'v2',
        refreshedAt: '2026-02-01T00:00:00.000Z',
        orphaned: false,
      },
    ]);
    // Equal "not helpful" counts: the one nobody found helpful comes first.
    expect(await again.feedback.mostNotHelpful(10)).toEqual([
      { passageId: 'trust-act#2', helpful: 0, notHelpful: 1 },
      { passageId: 'trust-act#1', helpful: 1, notHelpful: 1 },
    ]);
    expect(await again.usage.topTopics('2026-01-01', 10)).toEqual([
      { topic: 'trust-act', count: 2, lastDay: '2026-01-15' },
    ]);
    expect(await again.usage.topUnanswered('2026-01-01', 10)).toEqual([
      { question: 'can my landlord call ice', count: 1, lastDay: '2026-01-15' },
    ]);
    expect(await again.integrityCheck()).toBe('ok');
    again.close();
  });

  it('names the folder when DATA_DIR cannot be created (a file is in the way)', async () => {
    const file = join(tempFolder(), 'not-a-folder');
    writeFileSync(file, 'x');
    const opened = openStore(join(file, 'data'));
    expect(opened).toEqual({
      ok: false,
      message: expect.stringContaining(`The data folder ${join(file, 'data')} is not usable`),
    });
    expect(!opened.ok && opened.message).toMatch(/Set DATA_DIR/);
  });

  it('names the file when it is not a database, and leaves it untouched', async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, STORE_FILE), 'these are not the bytes of a database '.repeat(100));
    const opened = openStore(folder);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.message).toContain(
      `Cannot open the database ${join(folder, STORE_FILE)}`,
    );
    expect(!opened.ok && opened.message).toMatch(/not a database/);
  });

  it('refuses a database written by a newer version of the bot', async () => {
    const folder = tempFolder();
    openTestStore(folder).close();
    const raw = new Database(join(folder, STORE_FILE));
    raw.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')").run();
    raw.close();
    const opened = openStore(folder);
    expect(!opened.ok && opened.message).toMatch(/schema version 99.*knows only up to 4/);
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  appliedVersions,
  migrate,
  type Migration,
} from '../../src/store/migrations.js';

const versions = MIGRATIONS.map((m) => m.version);
const next = Math.max(...versions) + 1;

const later: Migration = {
  version: next,
  name: 'a later column',
  sql: 'ALTER TABLE passage_feedback ADD COLUMN note TEXT',
};

describe('migrate', () => {
  it('applies only what is missing, in order, and records when', () => {
    const db = new Database(':memory:');
    expect(migrate(db, MIGRATIONS, () => new Date('2026-01-01T00:00:00Z'))).toEqual(versions);
    db.prepare("INSERT INTO passage_feedback (passage_id, helpful) VALUES ('a#1', 3)").run();

    expect(migrate(db, [...MIGRATIONS, later])).toEqual([next]);
    expect(migrate(db, [...MIGRATIONS, later])).toEqual([]);
    expect(appliedVersions(db)).toEqual([...versions, next]);
    expect(db.prepare('SELECT helpful, note FROM passage_feedback').get()).toEqual({
      helpful: 3,
      note: null,
    });
    expect(
      db.prepare('SELECT applied_at FROM schema_migrations WHERE version = 1').pluck().get(),
    ).toBe('2026-01-01T00:00:00.000Z');
  });

  it('rolls a failing migration back whole: no half-made table, no version recorded', () => {
    const db = new Database(':memory:');
    migrate(db);
    const broken: Migration = {
      version: next,
      name: 'broken',
      sql: 'CREATE TABLE half_made (id INTEGER); INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow(/no such table/);
    expect(appliedVersions(db)).toEqual(versions);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_made'").all();
    expect(tables).toEqual([]);
  });

  it('gives pins from before languages the English they were posted in', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      `INSERT INTO pinned_explainers (message_id, guild_id, channel_id, topic, content_hash,
        knowledge_version, posted_at) VALUES ('1', '2', '3', 'detainer', 'h', 'v', 't')`,
    ).run();
    migrate(db);
    expect(db.prepare('SELECT language FROM pinned_explainers').pluck().get()).toBe('en');
  });
});

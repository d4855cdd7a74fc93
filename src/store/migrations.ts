import type { Database } from 'better-sqlite3';

/**
 * One step of the schema. Versions only grow; a shipped migration is never edited, only followed.
 * `sql` is SQLite's text; `postgres` the same step in PostgreSQL's, when it differs.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  postgres?: string;
}

// SQLite's STRICT tables in PostgreSQL's terms (which always checks types); the rest is shared.
const inPostgres = (sql: string) => sql.replaceAll(') STRICT;', ');');

/** Migration 2 in either dialect: milliseconds need 64 bits, which PostgreSQL spells BIGINT. */
const sharedStateTables = (millis: string, strict: string) => `
      CREATE TABLE channel_shares (
        channel_id TEXT NOT NULL,
        share_key TEXT NOT NULL,
        posted_at ${millis} NOT NULL,
        interaction_id TEXT NOT NULL,
        link TEXT,
        PRIMARY KEY (channel_id, share_key)
      )${strict};
      CREATE INDEX channel_shares_by_interaction ON channel_shares (interaction_id);

      CREATE TABLE person_limits (
        key TEXT PRIMARY KEY,
        expires_at ${millis} NOT NULL
      )${strict};

      CREATE TABLE store_secrets (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      )${strict};

      CREATE TABLE leases (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        expires_at ${millis} NOT NULL
      )${strict};

      CREATE TABLE knowledge_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version TEXT NOT NULL,
        changed_at TEXT NOT NULL
      )${strict};
`;

/** Migration 3 in either dialect. */
const retriedWritesTables = (millis: string, strict: string) => `
      CREATE TABLE applied_writes (
        write_id TEXT PRIMARY KEY,
        applied_at ${millis} NOT NULL
      )${strict};
      ALTER TABLE person_limits ADD COLUMN claim_id TEXT;
`;

const SHARED_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'pinned explainers, feedback counts, requested topics, unanswered questions',
    sql: `
      CREATE TABLE pinned_explainers (
        message_id TEXT PRIMARY KEY,
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        topic TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        knowledge_version TEXT NOT NULL,
        posted_at TEXT NOT NULL,
        refreshed_at TEXT,
        orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1))
      ) STRICT;
      CREATE INDEX pinned_explainers_by_place ON pinned_explainers (guild_id, channel_id);

      CREATE TABLE passage_feedback (
        passage_id TEXT PRIMARY KEY,
        helpful INTEGER NOT NULL DEFAULT 0,
        not_helpful INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE topic_requests (
        day TEXT NOT NULL,
        topic TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (day, topic)
      ) STRICT;

      CREATE TABLE unanswered_questions (
        day TEXT NOT NULL,
        question TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (day, question)
      ) STRICT;
    `,
  },
  {
    version: 2,
    name: 'what replicas must agree on: shares per channel, per-person limits, the knowledge version, leases',
    // Times are milliseconds since the epoch. A person appears only as a salted hash that expires
    // with its limit (a cooldown's seconds, a vote's day); nothing here names a person or a question.
    sql: sharedStateTables('INTEGER', ' STRICT'),
    postgres: sharedStateTables('BIGINT', ''),
  },
  {
    version: 3,
    name: 'the language each pinned explainer is shown in',
    // Pins posted before there were languages are English.
    sql: `ALTER TABLE pinned_explainers ADD COLUMN language TEXT NOT NULL DEFAULT 'en';`,
    postgres: `ALTER TABLE pinned_explainers ADD COLUMN language TEXT NOT NULL DEFAULT 'en';`,
  },
  {
    version: 4,
    name: 'writes that may be retried: the ids of applied counting writes, the claim behind each limit',
    // Over a network a write can commit and its reply be lost; the retry must find it applied.
    // A write id is random and kept for an hour beside nothing but when it was applied. SQLite's
    // writes are local and never retried, so its tables stay empty.
    sql: retriedWritesTables('INTEGER', ' STRICT'),
    postgres: retriedWritesTables('BIGINT', ''),
  },
];

/**
 * The schema, oldest first. What is stored is deliberately small (see the README's privacy
 * section): no table has a column for a user id, and nothing is timed finer than the day except
 * the bot's own pinned messages and what expires within the day.
 */
export const MIGRATIONS: readonly Migration[] = SHARED_MIGRATIONS.map((migration) => ({
  ...migration,
  postgres: migration.postgres ?? inPostgres(migration.sql),
}));

/** A database written by a newer version of the bot: running on it could corrupt what it added. */
export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
}

/** The versions already applied, oldest first. */
export function appliedVersions(db: Database): number[] {
  return (
    db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as {
      version: number;
    }[]
  ).map((row) => row.version);
}

/**
 * Brings the schema up to date: each missing migration runs in its own transaction together with
 * the row recording it, so a crash mid-migration leaves the previous version intact.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => Date = () => new Date(),
): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const newest = Math.max(0, ...appliedVersions(db));
  const known = Math.max(0, ...migrations.map((m) => m.version));
  if (newest > known) {
    throw new SchemaTooNewError(
      `the database has schema version ${newest}, but this version of the bot knows only up to ${known}; run a newer version or point DATA_DIR or DATABASE_URL elsewhere`,
    );
  }
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  const ran: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    // Checked inside the write lock: two processes opening a new folder at once (HTTP workers)
    // must not both run the same migration.
    const applied = db
      .transaction(() => {
        if (appliedVersions(db).includes(migration.version)) return false;
        db.exec(migration.sql);
        record.run(migration.version, migration.name, now().toISOString());
        return true;
      })
      .immediate();
    if (applied) ran.push(migration.version);
  }
  return ran;
}

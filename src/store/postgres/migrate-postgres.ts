import type { Sql } from 'postgres';
import { MIGRATIONS, SchemaTooNewError, type Migration } from '../migrations.js';

// Any fixed number: replicas starting together wait on this lock, and only one migrates at a time.
const MIGRATION_LOCK = 7_391_402_113;

export async function appliedVersionsIn(sql: Sql): Promise<number[]> {
  const rows = await sql<{ version: number }[]>`
    SELECT version FROM schema_migrations ORDER BY version`;
  return rows.map((row) => row.version);
}

/**
 * The same migrations as SQLite's, in PostgreSQL's dialect. Each runs in its own transaction under
 * a transaction-scoped advisory lock, with the row recording it: a replica killed mid-migration
 * leaves the previous version, and two replicas starting together never run one step twice.
 */
export async function migratePostgres(
  sql: Sql,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => Date = () => new Date(),
): Promise<number[]> {
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const ran: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const applied = await sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
      await tx.unsafe(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      )`);
      const versions = await appliedVersionsIn(tx as unknown as Sql);
      const newest = Math.max(0, ...versions);
      if (newest > known) {
        throw new SchemaTooNewError(
          `the database has schema version ${newest}, but this version of the bot knows only up to ${known}; run a newer version or point DATABASE_URL elsewhere`,
        );
      }
      if (versions.includes(migration.version)) return false;
      await tx.unsafe(migration.postgres ?? migration.sql);
      await tx`INSERT INTO schema_migrations (version, name, applied_at)
        VALUES (${migration.version}, ${migration.name}, ${now().toISOString()})`;
      return true;
    });
    if (applied) ran.push(migration.version);
  }
  return ran;
}

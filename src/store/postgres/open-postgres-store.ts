import postgres, { type Sql } from 'postgres';
import type { OpenStoreResult } from '../store.js';
import { appliedVersionsIn, migratePostgres } from './migrate-postgres.js';
import {
  coordinationTablePg,
  limitsTablePg,
  sharesTablePg,
  storedSaltPg,
} from './shared-state-postgres.js';
import { feedbackTablePg, pinsTablePg, usageTablesPg } from './tables-postgres.js';
import { retrying } from './transient-errors.js';
import { writeOnce } from './write-once.js';

export interface PostgresOptions {
  url: string;
  /** Connections this process may hold at once. */
  poolSize: number;
  connectTimeoutSeconds: number;
}

/**
 * How long a write waits out a database restart before it is given up. Per-person limits wait
 * less: a reply must reach Discord within 3 seconds, so they let the action through instead.
 */
const WRITE_RETRY_MS = 15_000;
const LIMIT_RETRY_MS = 1_000;
// One statement stuck behind a lock or a slow disk must not hold a pool connection for ever.
const STATEMENT_TIMEOUT_MS = 10_000;

const HOW_TO_FIX =
  "Check DATABASE_URL's user, password, host, port and database name (see .env.example), or unset it to use SQLite in DATA_DIR.";

/** The URL as logs and messages may show it: never the password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://… (not a valid URL)';
  }
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  if (code === '28P01') return 'the password was refused';
  if (code === 'ECONNREFUSED') return 'nothing accepts connections at that host and port';
  if (code === 'CONNECT_TIMEOUT') return 'the connection timed out';
  if (code === '3D000') return 'that database does not exist';
  return error instanceof Error ? error.message : String(error);
}

function connect(options: PostgresOptions): Sql {
  return postgres(options.url, {
    max: options.poolSize,
    connect_timeout: options.connectTimeoutSeconds,
    // Idle connections close after a minute, and every one is renewed within half an hour, so a
    // failover or a restart leaves no stale connection behind for long.
    idle_timeout: 60,
    max_lifetime: 30 * 60,
    connection: {
      application_name: 'sanctuary-explainer',
      statement_timeout: STATEMENT_TIMEOUT_MS,
    },
    // Notices ("relation already exists, skipping") are not the operator's business.
    onnotice: () => undefined,
  });
}

/**
 * Connects to PostgreSQL, applies any schema migrations under a lock and returns the same typed
 * tables as SQLite's store; or a message naming DATABASE_URL (without its password) and the cause.
 */
export async function openPostgresStore(options: PostgresOptions): Promise<OpenStoreResult> {
  const where = redactUrl(options.url);
  let sql: Sql;
  try {
    sql = connect(options);
  } catch (error) {
    return {
      ok: false,
      message: `DATABASE_URL (${where}) is not usable: ${reasonOf(error)}. ${HOW_TO_FIX}`,
    };
  }
  let salt: Buffer;
  try {
    await migratePostgres(sql);
    salt = await storedSaltPg(sql);
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => undefined);
    return {
      ok: false,
      message: `Cannot open the database in DATABASE_URL (${where}): ${reasonOf(error)}. ${HOW_TO_FIX}`,
    };
  }
  const once = writeOnce(sql, WRITE_RETRY_MS);
  const feedback = feedbackTablePg(sql, once);
  const usage = usageTablesPg(sql, once);
  return {
    ok: true,
    store: {
      path: where,
      pins: retrying(pinsTablePg(sql), WRITE_RETRY_MS),
      // Counts and limits retry inside, each try with the same write or claim id; retried again
      // out here, a try would carry a new id and could count twice.
      feedback: { ...retrying(feedback, WRITE_RETRY_MS), record: feedback.record },
      usage: {
        ...retrying(usage, WRITE_RETRY_MS),
        recordTopic: usage.recordTopic,
        recordUnanswered: usage.recordUnanswered,
      },
      shares: retrying(sharesTablePg(sql), LIMIT_RETRY_MS),
      limits: limitsTablePg(sql, salt, LIMIT_RETRY_MS),
      coordination: retrying(coordinationTablePg(sql), WRITE_RETRY_MS),
      schemaVersions: () => appliedVersionsIn(sql),
      integrityCheck: async () => {
        await sql`SELECT 1`;
        return 'ok';
      },
      close: () => sql.end({ timeout: 5 }),
    },
  };
}

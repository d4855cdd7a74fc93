import { randomUUID } from 'node:crypto';
import type { PendingQuery, Row, Sql } from 'postgres';
import { retryTransient } from './transient-errors.js';

/**
 * A counting statement that reads the CTE `fresh`: one row the first time its write id is
 * applied, none after (`SELECT … FROM fresh`).
 */
export type CountingStatement = () => PendingQuery<Row[]>;

/** Runs a counting statement once, however often it is sent. */
export type WriteOnce = (statement: CountingStatement) => Promise<void>;

// Longer than any retry waits, so a late retry still finds its id.
const KEEP_MS = 60 * 60_000;
const SWEEP_EVERY = 1000;

/**
 * Counting writes that a retry cannot count twice. A connection that drops after PostgreSQL
 * committed a write but before its reply arrived looks like a failure, and the write is sent
 * again: each write carries a random id, recorded in `applied_writes` in the same statement, and
 * the count moves only if the id is new there. Ids are forgotten after an hour.
 */
export function writeOnce(
  sql: Sql,
  budgetMs: number,
  newId: () => string = randomUUID,
  now: () => number = Date.now,
): WriteOnce {
  let writes = 0;
  return async (statement) => {
    const id = newId();
    const at = now();
    if (++writes % SWEEP_EVERY === 0) {
      await sql`DELETE FROM applied_writes WHERE applied_at < ${at - KEEP_MS}`.catch(
        () => undefined,
      );
    }
    await retryTransient(
      budgetMs,
      () => sql`
        WITH fresh AS (
          INSERT INTO applied_writes (write_id, applied_at) VALUES (${id}, ${at})
          ON CONFLICT DO NOTHING RETURNING 1)
        ${statement()}`,
    );
  };
}

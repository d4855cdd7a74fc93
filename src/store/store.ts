import type { FeedbackTable } from './feedback-table.js';
import type { PinsTable } from './pins-table.js';
import type { CoordinationTable, LimitsTable, SharesTable } from './shared-state.js';
import type { UsageTables } from './usage-tables.js';

/**
 * Everything the bot keeps between runs, as typed functions: no SQL outside src/store. SQLite and
 * PostgreSQL implement it alike; nothing above the store knows which one it has.
 */
export interface Store {
  /** Where it is: the SQLite file's absolute path, or the database URL without its password. */
  path: string;
  pins: PinsTable;
  feedback: FeedbackTable;
  usage: UsageTables;
  shares: SharesTable;
  limits: LimitsTable;
  coordination: CoordinationTable;
  /** The schema versions applied, oldest first. */
  schemaVersions(): Promise<number[]>;
  /** A read-only check of the database: 'ok' when it is sound. */
  integrityCheck(): Promise<string>;
  close(): Promise<void>;
}

export type OpenStoreResult = { ok: true; store: Store } | { ok: false; message: string };

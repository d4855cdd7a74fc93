import { accessSync, constants, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { feedbackTable } from './feedback-table.js';
import { appliedVersions, migrate } from './migrations.js';
import { pinsTable } from './pins-table.js';
import { coordinationTable, limitsTable, sharesTable } from './shared-state-sqlite.js';
import type { OpenStoreResult } from './store.js';
import { usageTables } from './usage-tables.js';

export type { OpenStoreResult, Store } from './store.js';

/** The bot's one database file, inside DATA_DIR. */
export const STORE_FILE = 'sanctuary-explainer.sqlite';

const HOW_TO_FIX = 'Set DATA_DIR to a folder the bot can write to (see .env.example).';

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'part of that path is a file, not a folder';
  return error instanceof Error ? error.message : String(error);
}

/** Creates the folder on first run, and checks the bot may write in it. */
function prepareFolder(folder: string): string | undefined {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
    return undefined;
  } catch (error) {
    return `The data folder ${folder} is not usable: ${reasonOf(error)}. ${HOW_TO_FIX}`;
  }
}

/**
 * Durability settings, chosen for "a killed process loses nothing it committed":
 * - WAL: a commit appends to the write-ahead log, so a writer killed mid-transaction leaves the
 *   database as of its last commit; readers (the `report` CLI) never block the bot.
 * - synchronous=NORMAL: in WAL mode a commit is in the log (in the OS's hands) when it returns, so a
 *   killed process loses nothing committed and nothing is ever corrupted; only a power loss or
 *   kernel crash may drop the last commits. FULL would fsync every commit, which cost 0.6 ms (and up
 *   to 9 ms on a busy disk) on every answered question for counts that matter far less than that.
 */
function configure(db: Database.Database): void {
  // First: processes opening one file together (HTTP workers, shards) wait for each other's locks.
  db.pragma('busy_timeout = 5000');
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw new Error(`could not switch the journal to WAL (got ${String(mode)})`);
  db.pragma('synchronous = NORMAL');
}

/**
 * Opens (creating on first run) the SQLite store in `dataDir`, applies any schema migrations and
 * returns typed tables; or a message naming the folder or file and what is wrong with it.
 */
export function openStore(dataDir: string): OpenStoreResult {
  const folder = resolve(dataDir);
  const problem = prepareFolder(folder);
  if (problem) return { ok: false, message: problem };
  const path = join(folder, STORE_FILE);
  let db: Database.Database | undefined;
  let limits: ReturnType<typeof limitsTable>;
  try {
    db = new Database(path);
    configure(db);
    migrate(db);
    limits = limitsTable(db);
  } catch (error) {
    db?.close();
    return {
      ok: false,
      message: `Cannot open the database ${path}: ${reasonOf(error)}. ${HOW_TO_FIX}`,
    };
  }
  const open = db;
  return {
    ok: true,
    store: {
      path,
      pins: pinsTable(open),
      feedback: feedbackTable(open),
      usage: usageTables(open),
      shares: sharesTable(open),
      limits,
      coordination: coordinationTable(open),
      schemaVersions: async () => appliedVersions(open),
      integrityCheck: async () => String(open.pragma('integrity_check', { simple: true })),
      close: async () => void open.close(),
    },
  };
}

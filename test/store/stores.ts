/**
 * The store's two implementations, for tests that must hold for both: a fresh SQLite file, or a
 * fresh database on the test run's PostgreSQL server.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, inject } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { openTestStore } from './temp-store.js';

export type StoreKind = 'sqlite' | 'postgres';
export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'postgres'];

const opened: Store[] = [];
afterAll(async () => {
  await Promise.all(opened.map((store) => store.close().catch(() => undefined)));
});

/** A new empty database on the shared server (or the one `admin` names); its URL. */
export async function freshDatabaseUrl(admin = inject('postgresAdminUrl')): Promise<string> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const sql = postgres(admin, { max: 1, onnotice: () => undefined });
  await sql.unsafe(`CREATE DATABASE ${name}`);
  await sql.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function openPostgresTestStore(url?: string): Promise<Store> {
  const result = await openPostgresStore({
    url: url ?? (await freshDatabaseUrl()),
    poolSize: 10,
    connectTimeoutSeconds: 10,
  });
  if (!result.ok) throw new Error(result.message);
  opened.push(result.store);
  return result.store;
}

/** A fresh store of the kind, closed after the test file. */
export async function openStoreOf(kind: StoreKind): Promise<Store> {
  if (kind === 'postgres') return openPostgresTestStore();
  const store = openTestStore();
  opened.push(store);
  return store;
}

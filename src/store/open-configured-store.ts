import type { Config } from '../config.js';
import { openStore } from './open-store.js';
import type { OpenStoreResult } from './store.js';

/**
 * The store the configuration names: PostgreSQL when DATABASE_URL is set (several replicas share
 * it), else SQLite in DATA_DIR. The PostgreSQL client is loaded only when it is used.
 */
export async function openConfiguredStore(
  config: Pick<Config, 'dataDir' | 'database'>,
): Promise<OpenStoreResult> {
  if (!config.database) return openStore(config.dataDir);
  const { openPostgresStore } = await import('./postgres/open-postgres-store.js');
  return openPostgresStore(config.database);
}

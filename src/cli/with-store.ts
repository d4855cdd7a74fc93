import { environmentConfig } from '../environment-config.js';
import { openConfiguredStore } from '../store/open-configured-store.js';
import type { Store } from '../store/store.js';

/**
 * Opens the store (DATABASE_URL, else DATA_DIR) for one CLI command and closes it after. A bad configuration or an
 * unusable folder prints its message to stderr and sets exit code 1.
 */
export async function withStore(work: (store: Store) => void | Promise<void>): Promise<void> {
  const config = environmentConfig();
  if (!config) {
    process.exitCode = 1;
    return;
  }
  const opened = await openConfiguredStore(config);
  if (!opened.ok) {
    console.error(opened.message);
    process.exitCode = 1;
    return;
  }
  try {
    await work(opened.store);
  } finally {
    await opened.store.close();
  }
}

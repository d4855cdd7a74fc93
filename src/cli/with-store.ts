import { loadConfig } from '../config.js';
import { openStore, type Store } from '../store/open-store.js';

/**
 * Opens the store in DATA_DIR for one CLI command and closes it after. A bad configuration or an
 * unusable folder prints its message to stderr and sets exit code 1.
 */
export async function withStore(work: (store: Store) => void | Promise<void>): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    console.error(loaded.message);
    process.exitCode = 1;
    return;
  }
  const opened = openStore(loaded.config.dataDir);
  if (!opened.ok) {
    console.error(opened.message);
    process.exitCode = 1;
    return;
  }
  try {
    await work(opened.store);
  } finally {
    opened.store.close();
  }
}

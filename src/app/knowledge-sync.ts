import type { Logger } from '../log.js';
import type { CoordinationTable } from '../store/shared-state.js';
import type { EngineHolder } from './engine-holder.js';
import type { KnowledgeReloader, ReloadOutcome } from './knowledge-reloader.js';

export interface KnowledgeSyncOptions {
  coordination: CoordinationTable;
  engines: EngineHolder;
  reloader: KnowledgeReloader;
  log: Logger;
  everyMs: number;
  /** Called after a reload this sync made: pinned explainers refresh here. */
  onSynced: () => void;
}

/**
 * Polls the store for the knowledge version another process loaded, and reloads when it is not
 * the one served here, so every process answers from the same version within `everyMs`. Polling
 * rather than LISTEN/NOTIFY: it works the same on SQLite, and a restarted database needs no new
 * subscription. A version this process cannot reach (its files differ) is tried once and logged.
 */
export function syncKnowledge(options: KnowledgeSyncOptions): { stop(): void } {
  const { coordination, engines, reloader, log, everyMs, onSynced } = options;
  let tried: string | undefined;
  let busy = false;
  const check = async () => {
    const wanted = await coordination.knowledgeVersion();
    if (wanted === undefined || wanted === engines.current.knowledge.version) return;
    if (wanted === tried) return;
    tried = wanted;
    const outcome: ReloadOutcome = await reloader.reload();
    if (outcome.ok && outcome.version === wanted) {
      log.info({ version: wanted }, 'knowledge reloaded to match the other processes');
      onSynced();
    } else {
      log.warn(
        { wanted, serving: engines.current.knowledge.version },
        "another process serves knowledge this one's files do not hold",
      );
    }
  };
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    check()
      .catch((error: unknown) => log.warn({ error }, 'could not read the knowledge version'))
      .finally(() => (busy = false));
  }, everyMs).unref();
  return { stop: () => clearInterval(timer) };
}

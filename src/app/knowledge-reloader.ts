import { formatProblem, type Problem } from '../knowledge/problem.js';
import type { Logger } from '../log.js';
import type { AnswerEngine } from './answer-engine.js';
import type { EngineHolder } from './engine-holder.js';
import { loadEngine, type EngineResult } from './load-engine.js';

export type ReloadOutcome =
  | { ok: true; version: string; previousVersion: string; warnings: number }
  | { ok: false; problems: Problem[]; servingVersion: string };

export interface KnowledgeReloader {
  /** Reads and checks the knowledge again; swaps it in only if it passes every check. */
  reload(): Promise<ReloadOutcome>;
}

export interface ReloaderOptions {
  dir: string;
  engines: EngineHolder;
  log: Logger;
  /** Called after a good reload swapped the engine in: pinned explainers refresh here. */
  onReloaded?: (engine: AnswerEngine) => void;
  load?: (dir: string) => Promise<EngineResult>;
}

/**
 * Reloads run one at a time. A reload that meets invalid knowledge keeps serving the last good
 * engine and returns the checker's problems: nothing half-loaded ever reaches users.
 */
export function createKnowledgeReloader(options: ReloaderOptions): KnowledgeReloader {
  const { dir, engines, log, onReloaded, load = loadEngine } = options;
  let queue: Promise<unknown> = Promise.resolve();

  async function reloadNow(): Promise<ReloadOutcome> {
    const previousVersion = engines.current.knowledge.version;
    let loaded: EngineResult;
    try {
      loaded = await load(dir);
    } catch (error) {
      // An unreadable folder is one more reason to keep serving what we have.
      const message = error instanceof Error ? error.message : String(error);
      loaded = {
        ok: false,
        problems: [{ file: dir, line: 0, rule: 'read', severity: 'error', message }],
      };
    }
    if (!loaded.ok) {
      // Each problem as kb:check prints it (file:line: severity [check] message), to be fixed from the log.
      const problems = loaded.problems.filter((p) => p.severity === 'error').map(formatProblem);
      log.error(
        { errors: problems.length, problems, servingVersion: previousVersion },
        'knowledge reload refused',
      );
      return { ok: false, problems: loaded.problems, servingVersion: previousVersion };
    }
    engines.replace(loaded.engine);
    const version = loaded.engine.knowledge.version;
    log.info({ version, previousVersion }, 'knowledge reloaded');
    onReloaded?.(loaded.engine);
    return { ok: true, version, previousVersion, warnings: loaded.warnings.length };
  }

  return {
    reload() {
      const next = queue.then(reloadNow);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

/** How long a burst of file events (an editor's save writes several) settles before one reload. */
const SETTLE_MS = 300;

export interface KnowledgeWatch {
  /** Resolves once every file and folder under the directory is watched. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Development: reloads whenever a file under `dir` changes, is added or removed, including in
 * folders made later. chokidar follows a file across the rename-over-it save that editors and
 * `sed -i` make, after which Node's own recursive watch reports nothing more for it. Errors from
 * the reload are logged; the watcher keeps going.
 */
export function watchKnowledge(
  dir: string,
  reloader: KnowledgeReloader,
  log: Logger,
): KnowledgeWatch {
  let timer: NodeJS.Timeout | undefined;
  // chokidar is loaded only where the knowledge is watched: no other start pays for it.
  const watching = import('chokidar').then(({ watch }) => {
    const watcher = watch(dir, { ignoreInitial: true });
    watcher.on('all', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        reloader
          .reload()
          .catch((error: unknown) => log.error({ error }, 'knowledge reload failed'));
      }, SETTLE_MS);
    });
    watcher.on('error', (error) => log.warn({ error }, 'trouble watching the knowledge folder'));
    const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    return { watcher, ready };
  });
  return {
    ready: watching.then(({ ready }) => ready),
    async stop() {
      const { watcher } = await watching;
      clearTimeout(timer);
      await watcher.close();
    },
  };
}

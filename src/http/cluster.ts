import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Logger } from '../log.js';
import { shutdownSignal } from './shutdown-signal.js';

/** How many worker processes: the configured number, or one per CPU core. */
export const workerCount = (configured: number | undefined): number =>
  configured ?? availableParallelism();

export interface ClusterOptions {
  workers: number;
  log: Logger;
  /** After a shutdown signal, how long workers get to drain before they are killed. */
  shutdownTimeoutMs?: number;
}

// A worker dying this often means something is wrong with every worker, not with one request.
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

/**
 * The cluster's primary: forks `workers` processes that share one listening port (Node hands
 * connections out round-robin), replaces a worker that dies, and on SIGTERM or SIGINT tells each
 * worker to drain and waits for it; SIGHUP is passed on to every worker. A worker that dies before
 * it ever listened (bad configuration, invalid knowledge, a data folder it cannot use) stops the
 * cluster: every replacement would die the same way. Resolves the process's exit code.
 *
 * One worker starts first and the others once it listens. Started together on a host with a core
 * per worker, each start-up took as long as all of them, and the first answers queued behind the
 * others' warm-up (measured: the first answer 1 s later, then requests of up to 0.6 s). The first
 * worker also creates and migrates the store alone, and its failure is the one message people see.
 */
export function runClusterPrimary(options: ClusterOptions): Promise<number> {
  const { workers, log, shutdownTimeoutMs = 15_000 } = options;
  const alive = new Set<Worker>();
  const listened = new Set<number>();
  const restarts: number[] = [];
  let stopping = false;
  let exitCode = 0;

  return new Promise((resolve) => {
    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      if (alive.size === 0) resolve(exitCode);
      for (const worker of alive) worker.process.kill('SIGTERM');
      setTimeout(() => {
        for (const worker of alive) {
          log.warn({ pid: worker.process.pid }, 'worker did not drain in time; killing it');
          worker.process.kill('SIGKILL');
        }
      }, shutdownTimeoutMs).unref();
    };

    const fork = () => {
      const worker = cluster.fork();
      alive.add(worker);
      worker.once('listening', () => {
        const first = listened.size === 0;
        listened.add(worker.id);
        if (listened.size === workers) log.info({ workers }, 'all HTTP workers listening');
        if (first && !stopping) for (let i = 1; i < workers; i += 1) fork();
      });
      worker.once('exit', (code, signal) => {
        alive.delete(worker);
        if (stopping) {
          if (alive.size === 0) resolve(exitCode);
          return;
        }
        if (!listened.has(worker.id)) {
          log.error({ code, signal }, 'an HTTP worker failed to start; stopping');
          stop(1);
          return;
        }
        const now = Date.now();
        restarts.push(now);
        while (restarts.length > 0 && (restarts[0] ?? now) < now - RESTART_WINDOW_MS) {
          restarts.shift();
        }
        if (restarts.length > MAX_RESTARTS) {
          log.error({ restarts: restarts.length }, 'HTTP workers keep dying; stopping');
          stop(1);
          return;
        }
        log.error({ code, signal }, 'an HTTP worker died; starting another');
        fork();
      });
    };

    // `kill -HUP <primary>` reloads the knowledge in every worker (each holds its own copy).
    const forwardHangUp = () => {
      for (const worker of alive) worker.process.kill('SIGHUP');
    };
    process.on('SIGHUP', forwardHangUp);
    void shutdownSignal().then((signal) => {
      process.off('SIGHUP', forwardHangUp);
      log.info({ signal }, 'shutting down HTTP workers');
      stop(0);
    });
    fork();
  });
}

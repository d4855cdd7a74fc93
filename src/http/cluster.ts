import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Logger } from '../log.js';
import { shutdownSignal } from './shutdown-signal.js';

/**
 * How many worker processes HTTP_WORKERS asks for: its number, or one per CPU core when it is
 * unset or `auto`. Read from the environment as it is, before the configuration is loaded, so that
 * the first worker can start at once; a value the configuration refuses counts as one, and the
 * process that then loads the configuration says what is wrong with it.
 */
export function requestedWorkers(env: NodeJS.ProcessEnv): number {
  const value = env.HTTP_WORKERS?.trim() ?? '';
  if (value === '' || value === 'auto') return availableParallelism();
  return /^\d+$/.test(value) ? Number(value) : 1;
}

/**
 * The Node flags workers run with: the primary's own, `gc` exposed (`collectStartupGarbage`), a
 * young generation of 2 MB instead of up to 32 (a long-running worker allocates little that lives
 * long, and a larger one is mostly resident memory), an old generation that starts at 32 MB, the
 * size of a loaded engine, so that loading it runs no full collection (measured: ready about 35
 * ms sooner; the garbage goes once it listens), each unless the command or NODE_OPTIONS sizes
 * it, and V8's lite mode unless HTTP_LITE_MODE is `0` or `false`. Lite mode leaves out the
 * optimizing compiler and allocates feedback lazily: measured with the shipped knowledge on two
 * cores, a warm worker holds about 77 MB instead of 92, while an uncached answer takes about 2.7
 * times the CPU (3.6 ms instead of 1.3) and throughput under saturating load falls by about a
 * quarter (2,400 signed /ask a second instead of 3,300); the first answer and p99 latency at 100
 * a second do not change. A Discord bot's traffic is far below either rate, and memory is what a
 * small host bills for. Read from the environment as HTTP_WORKERS is, before the configuration
 * loads.
 *
 * Only workers get them: any V8 flag makes Node compile its own modules without their code cache
 * (measured: 15 ms instead of 4 for the dozen a server needs), and the primary, which only forks
 * and watches, has no memory to save.
 */
export function workerFlags(env: NodeJS.ProcessEnv, own: readonly string[] = process.execArgv) {
  const off = ['0', 'false'].includes(env.HTTP_LITE_MODE?.trim() ?? '');
  const given = [...own, ...(env.NODE_OPTIONS ?? '').split(/\s+/)];
  const unless = (name: string, flag: string) =>
    given.some((g) => g.startsWith(name)) ? [] : [flag];
  const wanted = [
    EXPOSE_GC,
    ...unless('--max-semi-space-size', '--max-semi-space-size=2'),
    ...unless('--initial-old-space-size', '--initial-old-space-size=32'),
    ...(off ? [] : [LITE_MODE]),
  ];
  return [...own, ...wanted.filter((flag) => !own.includes(flag))];
}

const LITE_MODE = '--lite-mode';
const EXPOSE_GC = '--expose-gc';

export interface ClusterOptions {
  workers: number;
  /** Node flags for each worker (`workerFlags`); the primary's own when absent. */
  execArgv?: readonly string[];
  /**
   * Where the primary logs, once it has loaded: the first worker is forked before the logger and
   * the configuration load, and its events must not be missed meanwhile.
   */
  log: Promise<Logger>;
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
 * It is forked synchronously, before the primary loads anything but this module: the primary's own
 * start-up (the configuration, the logger) then runs beside it on another core (measured: the first
 * worker forked about 90 ms sooner).
 */
export function runClusterPrimary(options: ClusterOptions): Promise<number> {
  const { workers, log, shutdownTimeoutMs = 15_000, execArgv } = options;
  if (execArgv) cluster.setupPrimary({ execArgv: [...execArgv] });
  const alive = new Set<Worker>();
  const listened = new Set<number>();
  const restarts: number[] = [];
  let stopping = false;
  let exitCode = 0;

  const say = (level: 'info' | 'warn' | 'error', details: object, message: string) =>
    void log.then((logger) => logger[level](details, message));

  return new Promise((resolve) => {
    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      if (alive.size === 0) resolve(exitCode);
      for (const worker of alive) worker.process.kill('SIGTERM');
      setTimeout(() => {
        for (const worker of alive) {
          say('warn', { pid: worker.process.pid }, 'worker did not drain in time; killing it');
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
        if (listened.size === workers) say('info', { workers }, 'all HTTP workers listening');
        if (first && !stopping) for (let i = 1; i < workers; i += 1) fork();
      });
      worker.once('exit', (code, signal) => {
        alive.delete(worker);
        if (stopping) {
          if (alive.size === 0) resolve(exitCode);
          return;
        }
        if (!listened.has(worker.id)) {
          say('error', { code, signal }, 'an HTTP worker failed to start; stopping');
          stop(1);
          return;
        }
        const now = Date.now();
        restarts.push(now);
        while (restarts.length > 0 && (restarts[0] ?? now) < now - RESTART_WINDOW_MS) {
          restarts.shift();
        }
        if (restarts.length > MAX_RESTARTS) {
          say('error', { restarts: restarts.length }, 'HTTP workers keep dying; stopping');
          stop(1);
          return;
        }
        say('error', { code, signal }, 'an HTTP worker died; starting another');
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
      say('info', { signal }, 'shutting down HTTP workers');
      stop(0);
    });
    fork();
  });
}

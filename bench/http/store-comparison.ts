/**
 * `npm run bench:http -- --stores`: what sharing state in PostgreSQL costs. One endpoint process
 * on SQLite against two endpoint processes (as two replicas) on one PostgreSQL, under the same
 * signed `/ask` load, with the per-person cooldown on so every request asks the store before it
 * answers. Then, in this process, the store calls one `/ask` makes, timed against each store, as
 * a share of the median request.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { openStore } from '../../src/store/open-store.js';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { startPostgresServer } from '../../test/support/postgres-server.js';
import { runLoad, type LoadOptions, type LoadResult } from './load-generator.js';
import { figuresOf, type TargetFigures } from './report.js';
import { startServerProcess } from './server-process.js';

export interface StoreRun {
  figures: TargetFigures;
  /** Mean milliseconds of the store call an /ask waits for (its cooldown claim). */
  replyPathMs: number;
  /** Mean milliseconds of the write made after the reply (its topic count). */
  afterReplyMs: number;
}

export interface StoreComparisonOptions {
  publicKey: string;
  load: Buffer[];
  connections: number;
  warmupMs: number;
  measuredMs: number;
  isExpected: (body: Buffer) => boolean;
  maxRequests: number;
}

/** Several processes' loads run together, counted as one. */
function combined(results: LoadResult[]): LoadResult {
  const latencies = new Float64Array(results.reduce((n, r) => n + r.latenciesMs.length, 0));
  let offset = 0;
  for (const r of results) {
    latencies.set(r.latenciesMs, offset);
    offset += r.latenciesMs.length;
  }
  const firstError = results.find((r) => r.firstError)?.firstError;
  return {
    responses: results.reduce((n, r) => n + r.responses, 0),
    errors: results.reduce((n, r) => n + r.errors, 0),
    ...(firstError === undefined ? {} : { firstError }),
    elapsedMs: Math.max(...results.map((r) => r.elapsedMs)),
    latenciesMs: latencies,
  };
}

const SAMPLES = 300;

/** The mean of `SAMPLES` sequential runs of `call`, in milliseconds. */
async function meanMs(call: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i += 1) await call(-i - 1);
  const started = performance.now();
  for (let i = 0; i < SAMPLES; i += 1) await call(i);
  return (performance.now() - started) / SAMPLES;
}

/** What one /ask asks of the store: a cooldown claim before the reply, a topic count after. */
async function storeCalls(store: Store) {
  const now = Date.now();
  const run = `${now}`;
  return {
    replyPathMs: await meanMs((i) => store.limits.claim(`bench-${run}-${i}`, now, now + 1000)),
    afterReplyMs: await meanMs(() => store.usage.recordTopic('detainer', '2000-01-01')),
  };
}

/** Every `of`-th request from the `n`-th: a part of the load no other part repeats. */
const part = (requests: readonly Buffer[], n: number, of: number) =>
  requests.filter((_, i) => i % of === n);

async function measure(
  name: string,
  ports: number[],
  options: StoreComparisonOptions,
): Promise<TargetFigures> {
  // Each run and each process its own people: the cooldown is shared, so a person sent to both
  // processes at once, or again just after the warm-up, would be refused, which is right but is
  // not what is measured here.
  const parts = ports.length * 2;
  const run = (durationMs: number, phase: number) =>
    Promise.all(
      ports.map((port, n) => {
        const load: LoadOptions = {
          port,
          requests: part(options.load, phase * ports.length + n, parts),
          connections: Math.max(1, Math.round(options.connections / ports.length)),
          durationMs,
          maxRequests: options.maxRequests,
          isExpected: options.isExpected,
        };
        return runLoad(load);
      }),
    );
  await run(options.warmupMs, 0);
  return figuresOf(name, combined(await run(options.measuredMs, 1)));
}

// One second: each request is someone new, so the claim is made (a write) and never refuses.
const ENV = { COOLDOWN_SECONDS: '1', LOG_LEVEL: 'warn' };

export async function compareStores(options: StoreComparisonOptions): Promise<StoreRun[]> {
  const runs: StoreRun[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-http-stores-'));
  const sqliteEnv = { ...ENV, DISCORD_PUBLIC_KEY: options.publicKey, DATA_DIR: dataDir };
  const single = await startServerProcess('src/cli/serve-http.ts', sqliteEnv, 1);
  try {
    const figures = await measure('1 process, SQLite', [single.port], options);
    const opened = openStore(dataDir);
    if (!opened.ok) throw new Error(opened.message);
    runs.push({ figures, ...(await storeCalls(opened.store)) });
    await opened.store.close();
  } finally {
    await single.stop();
  }

  const server = await startPostgresServer();
  try {
    const admin = postgres(server.adminUrl, { max: 1, onnotice: () => undefined });
    await admin.unsafe('CREATE DATABASE bench');
    await admin.end();
    const url = server.adminUrl.replace(/\/postgres$/, '/bench');
    const pgEnv = { ...ENV, DISCORD_PUBLIC_KEY: options.publicKey, DATABASE_URL: url };
    const replicas = await Promise.all([
      startServerProcess('src/cli/serve-http.ts', pgEnv, 1),
      startServerProcess('src/cli/serve-http.ts', pgEnv, 1),
    ]);
    try {
      const ports = replicas.map((r) => r.port);
      const figures = await measure('2 processes, one PostgreSQL', ports, options);
      const opened = await openPostgresStore({ url, poolSize: 1, connectTimeoutSeconds: 10 });
      if (!opened.ok) throw new Error(opened.message);
      runs.push({ figures, ...(await storeCalls(opened.store)) });
      await opened.store.close();
    } finally {
      await Promise.all(replicas.map((r) => r.stop()));
    }
  } finally {
    await server.stop();
  }
  return runs;
}

const fixed = (value: number, digits: number) => value.toFixed(digits).padStart(9);

export function formatStoreRuns(runs: readonly StoreRun[]): string {
  const head = `${'setup'.padEnd(30)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}${'db before reply'.padStart(17)}${'share of p50'.padStart(14)}${'db after reply'.padStart(16)}`;
  const rows = runs.map(({ figures: f, replyPathMs, afterReplyMs }) =>
    [
      f.name.padEnd(30),
      fixed(f.requestsPerSecond, 0),
      fixed(f.p50Ms, 2),
      fixed(f.p99Ms, 2),
      String(f.errors).padStart(8),
      `${replyPathMs.toFixed(3)} ms`.padStart(17),
      `${((replyPathMs / f.p50Ms) * 100).toFixed(1)}%`.padStart(14),
      `${afterReplyMs.toFixed(3)} ms`.padStart(16),
    ].join(''),
  );
  return [head, ...rows].join('\n');
}

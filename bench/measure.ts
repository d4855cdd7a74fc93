/** Timing and memory measurement: nothing here knows what is being measured. */
import v8 from 'node:v8';
import vm from 'node:vm';
import { seededRandom } from './generate-corpus.js';
import type { BenchQuery, QueryGroup } from './queries.js';

/**
 * `global.gc` when node runs with `--expose-gc`; otherwise the flag is set at run time, which V8
 * honours for contexts created afterwards, so `npm run bench` needs no flag.
 */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

const gc = collector();

function fullGc(): void {
  // Twice: the first pass may only queue finalizers whose memory the second frees.
  gc();
  gc();
}

const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Runs `build` once and returns its result, wall time and the heap it retains after a full GC. */
export function measureBuild<T>(build: () => T): { value: T; ms: number; heapBytes: number } {
  fullGc();
  const before = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  const value = build();
  const ms = elapsedMs(start);
  fullGc();
  return { value, ms, heapBytes: process.memoryUsage().heapUsed - before };
}

export async function timeAsync<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = process.hrtime.bigint();
  const value = await run();
  return { value, ms: elapsedMs(start) };
}

export function time<T>(run: () => T): { value: T; ms: number } {
  const start = process.hrtime.bigint();
  const value = run();
  return { value, ms: elapsedMs(start) };
}

/** The middle value; the mean of the two middle values when there is an even number. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export interface Percentiles {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export interface LatencyPlan {
  /** Untimed calls first, so that V8 has optimized the hot paths... */
  warmup: number;
  /** ...or fewer, when they take longer than this. */
  warmupMs: number;
  /** Timed passes over the query set go on until this budget is spent... */
  budgetMs: number;
  /** ...but never fewer nor more passes than these. */
  minPasses: number;
  maxPasses: number;
}

export interface Latency extends Percentiles {
  warmup: number;
  passes: number;
  byGroup: Partial<Record<QueryGroup, Percentiles>>;
  /** The slowest queries by their median time, for profiling. */
  slowest: { query: string; group: QueryGroup; medianMs: number }[];
}

/** Times `run` on every query, in a shuffled order each pass; percentiles are over all calls. */
export function measureLatency(
  queries: readonly BenchQuery[],
  run: (query: string) => unknown,
  plan: LatencyPlan,
): Latency {
  let sink = 0;
  const warming = process.hrtime.bigint();
  let warmup = 0;
  while (warmup < plan.warmup && elapsedMs(warming) < plan.warmupMs) {
    sink += run((queries[warmup++ % queries.length] as BenchQuery).text) ? 1 : 0;
  }
  const random = seededRandom(7);
  const order = queries.map((_, i) => i);
  const perQuery: number[][] = queries.map(() => []);
  const started = process.hrtime.bigint();
  let passes = 0;
  while (
    passes < plan.minPasses ||
    (passes < plan.maxPasses && elapsedMs(started) < plan.budgetMs)
  ) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const q of order) {
      const start = process.hrtime.bigint();
      sink += run((queries[q] as BenchQuery).text) ? 1 : 0;
      (perQuery[q] as number[]).push(elapsedMs(start));
    }
    passes++;
  }
  // Using the results keeps V8 from ever treating the timed calls as dead code.
  if (sink < 0) console.error(sink);
  const groups = [...new Set(queries.map((q) => q.group))];
  const byGroup = Object.fromEntries(
    groups.map((group) => [
      group,
      percentiles(perQuery.filter((_, i) => queries[i]?.group === group).flat()),
    ]),
  );
  const slowest = queries
    .map((q, i) => ({
      query: q.text.length > 60 ? `${q.text.slice(0, 57)}… (${q.text.length} chars)` : q.text,
      group: q.group,
      medianMs: median(perQuery[i] as number[]),
    }))
    .sort((a, b) => b.medianMs - a.medianMs)
    .slice(0, 5);
  return { ...percentiles(perQuery.flat()), warmup, passes, byGroup, slowest };
}

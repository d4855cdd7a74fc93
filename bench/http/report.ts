/** Turns load results into the figures `npm run bench:http` prints. */
import type { Cost } from './cost-breakdown.js';
import type { LoadResult } from './load-generator.js';

export interface TargetFigures {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  responses: number;
  errors: number;
  firstError?: string;
}

/** The HTTP endpoint's goal: at least 80% of the bare server's throughput, p99 under 50 ms. */
export const GOAL = { throughputRatio: 0.8, p99Ms: 50 } as const;

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function figuresOf(name: string, result: LoadResult): TargetFigures {
  const sorted = Float64Array.from(result.latenciesMs).sort();
  return {
    name,
    requestsPerSecond: result.responses / (result.elapsedMs / 1000),
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    responses: result.responses,
    errors: result.errors,
    ...(result.firstError === undefined ? {} : { firstError: result.firstError }),
  };
}

const number = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatTable(targets: readonly TargetFigures[]): string {
  const rows = targets.map((t) =>
    [
      t.name.padEnd(34),
      number(t.requestsPerSecond).padStart(10),
      number(t.p50Ms, 2).padStart(9),
      number(t.p99Ms, 2).padStart(9),
      number(t.responses).padStart(10),
      number(t.errors).padStart(7),
    ].join(''),
  );
  const head = `${'server'.padEnd(34)}${'req/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'responses'.padStart(10)}${'errors'.padStart(7)}`;
  return [head, ...rows].join('\n');
}

export function formatCosts(costs: readonly Cost[]): string {
  return costs
    .map((c) => `  ${c.step.padEnd(52)}${number(c.micros, 1).padStart(10)} µs`)
    .join('\n');
}

export function verdict(bare: TargetFigures, endpoint: TargetFigures) {
  const ratio = endpoint.requestsPerSecond / bare.requestsPerSecond;
  return {
    ratio,
    throughputMet: ratio >= GOAL.throughputRatio,
    latencyMet: endpoint.p99Ms < GOAL.p99Ms,
  };
}

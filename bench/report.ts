/** The bench's results as tables for people. */
import type { CorpusResult, Runs } from './bench-corpus.js';
import type { Latency } from './measure.js';
import type { QueryGroup } from './queries.js';

const ms = (value: number) =>
  Number.isNaN(value)
    ? '–'
    : value >= 100
      ? `${value.toFixed(0)} ms`
      : `${value.toFixed(value >= 10 ? 1 : 2)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const count = (n: number) => n.toLocaleString('en-US');
const runs = (r: Runs) => `${ms(r.firstMs)} first, ${ms(r.medianMs)} median of ${r.runs}`;

/** Columns padded to their widest cell; numbers (all but the first column) right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths =
    rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}

const GROUPS: QueryGroup[] = ['eval', 'paraphrase', 'hard'];

function latencyRow(label: string, latency: Latency): string[] {
  const group = (g: QueryGroup) => latency.byGroup[g]?.p95;
  return [
    label,
    ms(latency.p50),
    ms(latency.p95),
    ms(latency.p99),
    ms(latency.max),
    ...GROUPS.map((g) => ms(group(g) ?? Number.NaN)),
    `${count(latency.samples)} (${latency.passes}×, ${latency.warmup} warm-up)`,
  ];
}

export function formatCorpus(result: CorpusResult): string {
  const { serialized } = result;
  const faster = result.build.medianMs / serialized.load.medianMs;
  const lines = [
    `== ${result.name}: ${count(result.entries)} entries, ${count(result.passages)} passages, ${count(result.vocabulary)} index terms`,
    '',
    table([
      [result.loadLabel, runs(result.loadCheck)],
      ['index build', runs(result.build)],
      ['start-up (load + check + build)', ms(result.startupMs)],
      ['index heap (after full GC)', mb(result.indexHeapBytes)],
      ['serialized index size', mb(serialized.bytes)],
      ['  JSON.stringify', ms(serialized.stringifyMs)],
      ['  JSON.parse + loadPassageIndex', runs(serialized.load)],
      [
        '  load vs build (median)',
        `${faster.toFixed(1)}× ${faster >= 1 ? 'faster' : 'slower'}, saves ${ms(result.build.medianMs - serialized.load.medianMs)}`,
      ],
      ['  same hits as built index', serialized.sameHits ? 'yes' : 'NO'],
      ...(result.miniSearch
        ? [
            ['MiniSearch build', runs(result.miniSearch.build)],
            ['MiniSearch heap (after full GC)', mb(result.miniSearch.heapBytes)],
          ]
        : []),
    ]),
    '',
    table([
      ['query latency', 'p50', 'p95', 'p99', 'max', 'p95 eval', 'p95 para', 'p95 hard', 'samples'],
      latencyRow('ours: answerQuestion', result.answerQuestion),
      latencyRow('ours: searchPassages', result.searchPassages),
      ...(result.miniSearch ? [latencyRow('MiniSearch.search', result.miniSearch.search)] : []),
    ]),
    '',
    'slowest queries (searchPassages, median):',
    ...result.searchPassages.slowest.map(
      (s) => `  ${ms(s.medianMs).padStart(9)}  [${s.group}] ${JSON.stringify(s.query)}`,
    ),
  ];
  return lines.join('\n');
}

export interface Goal {
  oursP95Ms: number;
  miniSearchP95Ms: number;
  limitMs: number;
  met: boolean;
}

export function goalOf(result: CorpusResult, limitMs: number): Goal {
  const oursP95Ms = result.searchPassages.p95;
  const miniSearchP95Ms = result.miniSearch?.search.p95 ?? Number.NaN;
  return {
    oursP95Ms,
    miniSearchP95Ms,
    limitMs,
    met: oursP95Ms <= miniSearchP95Ms && oursP95Ms < limitMs,
  };
}

export const formatGoal = (goal: Goal, passages: number) =>
  `p95 on ${count(passages)} passages: ours ${goal.oursP95Ms.toFixed(2)} ms vs MiniSearch ` +
  `${goal.miniSearchP95Ms.toFixed(2)} ms — goal ≤ MiniSearch and < ${goal.limitMs} ms: ${goal.met ? 'MET' : 'NOT MET'}`;

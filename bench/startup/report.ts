/** The start-up bench's figures as a table for people. */
import { median } from '../measure.js';
import { table } from '../report.js';
import { isLauncher, STARTUP_GOAL, type StartupResult } from '../startup-bench.js';
import type { ProcessMemory } from './process-tree.js';

const ms = (value: number) => `${value.toFixed(value >= 100 ? 0 : 1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const runs = (values: number[]) =>
  `${ms(median(values))} (${values.map((v) => v.toFixed(0)).join(', ')})`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');

/** npm, then the cluster's primary, then its workers: the order processTree lists them in. */
function processRows(label: string, processes: readonly ProcessMemory[]): string[][] {
  let node = 0;
  return processes.map((p) => {
    const role = isLauncher(p)
      ? `${p.program} (launcher)`
      : node++ === 0
        ? 'primary'
        : `worker ${node - 1}`;
    return [`  ${label}: ${role}`, mb(p.rssBytes), mb(p.peakRssBytes), p.command];
  });
}

export function formatStartup(result: StartupResult): string {
  const { bare, bot, oneShot, goals } = result;
  const load = result.loadAverage;
  const workers = bot.processes.filter((p) => !isLauncher(p)).length - 1;
  return [
    `== start-up, memory and first requests: npm run serve:http (${workers} workers, one per core) and the command line`,
    `   each beside its reference, measured in the same run, interleaved; 1-minute load average ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after`,
    '',
    table([
      ['spawn → first answered signed /ask', 'median (each run)'],
      ['  bot: npm run serve:http', runs(bot.firstAnswerMs)],
      ['  reference: npm run bench:bare-server', runs(bare.firstAnswerMs)],
      [
        `  bot / reference (goal ≤ ${STARTUP_GOAL.firstAnswerRatio}×)`,
        `${goals.firstAnswer.ratio.toFixed(2)}× ${verdict(goals.firstAnswer.met)}`,
      ],
      ['one-shot, spawn → exit', ''],
      ['  bot: npm run --silent cli -- ask --json "…"', runs(oneShot.cliMs)],
      ['  reference: npm run --silent bench:empty-node', runs(oneShot.emptyNodeMs)],
      [
        `  bot / reference (goal ≤ ${STARTUP_GOAL.oneShotRatio}×)`,
        `${goals.oneShot.ratio.toFixed(2)}× ${verdict(goals.oneShot.met)}`,
      ],
    ]),
    '',
    table([
      [
        `first ${bot.latency.samples / bot.firstAnswerMs.length} requests after the first answer, 100/s`,
        'p50',
        'p99',
        'max',
        'max in first 2 s',
        'errors',
      ],
      ...[bot, bare].map((t) => [
        `  ${t.name}`,
        ms(t.latency.p50),
        ms(t.latency.p99),
        ms(t.latency.max),
        t.earlyMaxMs.map((v) => v.toFixed(0)).join(', ') + ' ms',
        String(t.unexpected),
      ]),
    ]),
    `  goal: no request in the first 2 s over ${STARTUP_GOAL.earlyMaxLatencyMs} ms: ${goals.earlyLatency.maxMs.toFixed(0)} ms, ${verdict(goals.earlyLatency.met)}`,
    '',
    table([
      ['resident memory per process, warm', 'RSS', 'peak', 'command'],
      ...processRows('bot', bot.processes),
      ...processRows('reference', bare.processes),
    ]),
    `  goal: the bot's largest process ≤ ${mb(STARTUP_GOAL.largestProcessBytes)}: ${mb(goals.largestProcess.bytes)} (${goals.largestProcess.command}), ${verdict(goals.largestProcess.met)}`,
  ].join('\n');
}

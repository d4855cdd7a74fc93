/**
 * Start-up, memory and the first requests, each beside a reference measured in the same run:
 *
 * - `npm run serve:http` spawned → its first answered signed /ask, against the bare
 *   verify+PONG server (`npm run bench:bare-server`), started the same way;
 * - `npm run --silent cli -- ask --json "…"` from spawn to exit, against an empty Node script
 *   (`npm run bench:empty-node`);
 * - the latency of the first 200 requests after start at 100 a second, for both servers;
 * - the resident memory of every process each server runs, warm (after those requests).
 */
import { mkdtempSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDiscordSigner, type DiscordSigner } from '../test/http/discord-signer.js';
import { freePort } from './http/server-process.js';
import { loadQuestions, signedAsks } from './http/signed-asks.js';
import { median, percentiles, type Percentiles } from './measure.js';
import { launch, timeToExit } from './startup/launch.js';
import { processTree, type ProcessMemory } from './startup/process-tree.js';
import { firstAnswer, pacedLoad, type Reply } from './startup/requests.js';

/** The goals: both start-ups within twice their reference; the first requests fast; small. */
export const STARTUP_GOAL = {
  firstAnswerRatio: 2,
  oneShotRatio: 2,
  earlyWindowMs: 2000,
  earlyMaxLatencyMs: 500,
  largestProcessBytes: 80 * 1024 * 1024,
} as const;

const RUNS = 5;
const ONE_SHOT_RUNS = 5;
const PACED = { requests: 200, perSecond: 100 } as const;
/** Between the last request and reading memory: a pause, as between bursts of real traffic. */
const SETTLE_MS = 1000;
const QUESTION = 'What is an ICE detainer?';

interface ServerTarget {
  name: string;
  script: string;
  isExpected: (reply: Reply) => boolean;
}

const isPong = (reply: Reply) => reply.status === 200 && reply.body === '{"type":1}';
const isPrivateAnswer = (reply: Reply) =>
  reply.status === 200 &&
  reply.body.startsWith('{"type":4,') &&
  reply.body.includes('"flags":64') &&
  reply.body.includes('"embeds":[{');

const TARGETS: ServerTarget[] = [
  { name: 'bare: verify + PONG', script: 'bench:bare-server', isExpected: isPong },
  { name: 'bot: serve:http /ask', script: 'serve:http', isExpected: isPrivateAnswer },
];

interface ServerRun {
  firstAnswerMs: number;
  /** Latency of each paced request, with when it was sent after the first answer. */
  latencyMs: number[];
  sentAtMs: number[];
  unexpected: number;
  processes: ProcessMemory[];
}

async function runServer(
  target: ServerTarget,
  signer: DiscordSigner,
  questions: string[],
): Promise<ServerRun> {
  const port = await freePort();
  const [first, ...paced] = signedAsks(signer, questions, 1 + PACED.requests);
  const server = launch([target.script], {
    PORT: String(port),
    DISCORD_PUBLIC_KEY: signer.publicKeyHex,
    // One per core, as HTTP_WORKERS=auto does; as a number, which the bare server reads too.
    HTTP_WORKERS: String(os.availableParallelism()),
    // As an operator runs it, minus anything a developer's .env would add.
    DISCORD_TOKEN: '',
    DISCORD_APPLICATION_ID: '',
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'warn',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-startup-')),
  });
  try {
    const answeredAt = await firstAnswer(port, first as (typeof paced)[number], target.isExpected, {
      alive: () => server.child.exitCode === null,
    });
    const load = await pacedLoad(port, paced, PACED.perSecond, target.isExpected);
    await sleep(SETTLE_MS);
    const processes = processTree(server.child.pid ?? 0);
    return { firstAnswerMs: answeredAt - server.startedAt, ...load, processes };
  } catch (error) {
    throw new Error(`${target.script}: ${(error as Error).message}\n${server.output()}`);
  } finally {
    await server.stop();
  }
}

export interface ServerFigures {
  name: string;
  script: string;
  firstAnswerMs: number[];
  latency: Percentiles;
  /** The slowest request sent within the first two seconds after the first answer, per run. */
  earlyMaxMs: number[];
  unexpected: number;
  /** The last run's processes, warm. */
  processes: ProcessMemory[];
}

function figuresOf(target: ServerTarget, runs: ServerRun[]): ServerFigures {
  return {
    name: target.name,
    script: target.script,
    firstAnswerMs: runs.map((run) => run.firstAnswerMs),
    latency: percentiles(runs.flatMap((run) => run.latencyMs)),
    earlyMaxMs: runs.map((run) =>
      Math.max(
        ...run.latencyMs.filter((_, i) => (run.sentAtMs[i] ?? 0) < STARTUP_GOAL.earlyWindowMs),
      ),
    ),
    unexpected: runs.reduce((sum, run) => sum + run.unexpected, 0),
    processes: runs[runs.length - 1]?.processes ?? [],
  };
}

export interface StartupResult {
  cpus: number;
  loadAverage: { before: number; after: number };
  bare: ServerFigures;
  bot: ServerFigures;
  oneShot: { emptyNodeMs: number[]; cliMs: number[] };
  goals: {
    firstAnswer: { ratio: number; met: boolean };
    oneShot: { ratio: number; met: boolean };
    earlyLatency: { maxMs: number; met: boolean };
    largestProcess: { bytes: number; command: string; met: boolean };
  };
}

/** The bot's own processes are node's: npm and the shell only launch it (Docker runs node). */
export const isLauncher = (process: ProcessMemory) => process.program !== 'node';

export async function startupBench(): Promise<StartupResult> {
  const loadBefore = os.loadavg()[0] ?? Number.NaN;
  const signer = createDiscordSigner();
  const questions = await loadQuestions();
  const runs = new Map<ServerTarget, ServerRun[]>(TARGETS.map((t) => [t, []]));
  // Interleaved, so that load from elsewhere on the machine falls on both alike.
  for (let run = 0; run < RUNS; run++) {
    for (const target of TARGETS) {
      process.stderr.write(`  start-up: ${target.script}, run ${run + 1} of ${RUNS}\n`);
      runs.get(target)?.push(await runServer(target, signer, questions));
    }
  }
  const [bare, bot] = TARGETS.map((t) => figuresOf(t, runs.get(t) ?? [])) as [
    ServerFigures,
    ServerFigures,
  ];

  const emptyNodeMs: number[] = [];
  const cliMs: number[] = [];
  for (let run = 0; run < ONE_SHOT_RUNS; run++) {
    process.stderr.write(`  one-shot: run ${run + 1} of ${ONE_SHOT_RUNS}\n`);
    emptyNodeMs.push(await timeToExit(['bench:empty-node']));
    cliMs.push(await timeToExit(['cli', '--', 'ask', '--json', QUESTION]));
  }

  const firstRatio = median(bot.firstAnswerMs) / median(bare.firstAnswerMs);
  const oneShotRatio = median(cliMs) / median(emptyNodeMs);
  const earlyMax = Math.max(...bot.earlyMaxMs);
  const largest = bot.processes
    .filter((p) => !isLauncher(p))
    .reduce<ProcessMemory | undefined>(
      (a, b) => (a && a.rssBytes >= b.rssBytes ? a : b),
      undefined,
    );
  return {
    cpus: os.availableParallelism(),
    loadAverage: { before: loadBefore, after: os.loadavg()[0] ?? Number.NaN },
    bare,
    bot,
    oneShot: { emptyNodeMs, cliMs },
    goals: {
      firstAnswer: { ratio: firstRatio, met: firstRatio <= STARTUP_GOAL.firstAnswerRatio },
      oneShot: { ratio: oneShotRatio, met: oneShotRatio <= STARTUP_GOAL.oneShotRatio },
      earlyLatency: { maxMs: earlyMax, met: earlyMax <= STARTUP_GOAL.earlyMaxLatencyMs },
      largestProcess: {
        bytes: largest?.rssBytes ?? Number.NaN,
        command: largest?.command ?? '?',
        met: (largest?.rssBytes ?? Infinity) <= STARTUP_GOAL.largestProcessBytes,
      },
    },
  };
}

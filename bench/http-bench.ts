/**
 * `npm run bench:http`: the HTTP interactions endpoint against a bare server that only checks the
 * signature and answers PONG (the ceiling for this stack), under the same signed `/ask` load, in
 * one run. Prints requests per second, p50 and p99 latency for each, their ratio against the goal
 * (80% of the bare server's throughput, p99 under 50 ms), and where one request's time goes.
 *
 * Options: --seconds N (measured per server, default 8), --warmup N (default 2),
 * --connections N (keep-alive connections, default 8), --workers N (per server; default one per
 * core, as HTTP_WORKERS=auto), --json.
 *
 * --stores instead compares one endpoint process on SQLite with two on one PostgreSQL (started for
 * the run) and says how much of a request's time the database takes (bench/http/store-comparison.ts).
 */
import { mkdtempSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  InteractionResponseType,
  MessageFlags,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { parseArgs } from 'node:util';
import { requestedWorkers } from '../src/http/cluster.js';
import { createDiscordSigner } from '../test/http/discord-signer.js';
import { costBreakdown } from './http/cost-breakdown.js';
import { runLoad } from './http/load-generator.js';
import {
  figuresOf,
  formatCosts,
  formatTable,
  GOAL,
  verdict,
  type TargetFigures,
} from './http/report.js';
import { startServerProcess } from './http/server-process.js';
import { compareStores, formatStoreRuns } from './http/store-comparison.js';
import { loadQuestions, signedAsks } from './http/signed-asks.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '8' },
    workers: { type: 'string' },
    json: { type: 'boolean', default: false },
    stores: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const warmupSeconds = Number(values.warmup);
const connections = Number(values.connections);
const workers = requestedWorkers({ HTTP_WORKERS: values.workers });
// Bounds the run in count as well as time (and the latency buffer's size).
const MAX_REQUESTS = 2_000_000;
const POOL_SIZE = 4000;

const say = (line: string) => {
  if (!values.json) process.stdout.write(`${line}\n`);
};

const isPong = (body: Buffer) => body.toString() === '{"type":1}';

let checked = 0;

/**
 * A private reply with embeds: an answer or the closest explainers, not a short notice. Every
 * reply is checked by its bytes; one in 50 is parsed whole. The generator shares the cores with
 * the servers, and parsing every 6 KB answer would charge the endpoint for the client's work.
 */
function isPrivateAnswer(body: Buffer): boolean {
  const text = body.toString('utf8');
  const looksRight =
    text.startsWith('{"type":4,') && text.includes('"flags":64') && text.includes('"embeds":[{');
  checked += 1;
  if (!looksRight || checked % 50 !== 0) return looksRight;
  const response = JSON.parse(text) as APIInteractionResponse;
  return (
    response.type === InteractionResponseType.ChannelMessageWithSource &&
    response.data.flags === MessageFlags.Ephemeral &&
    (response.data.embeds?.length ?? 0) > 0
  );
}

interface Target {
  name: string;
  script: string;
  env: Record<string, string>;
  /** Whether a response body is the right answer, not an error notice standing in for one. */
  isExpected: (body: Buffer) => boolean;
}

async function measure(target: Target, publicKey: string, load: Buffer[]): Promise<TargetFigures> {
  const server = await startServerProcess(
    target.script,
    { ...target.env, DISCORD_PUBLIC_KEY: publicKey },
    workers,
  );
  try {
    const common = {
      port: server.port,
      requests: load,
      connections,
      maxRequests: MAX_REQUESTS,
      isExpected: target.isExpected,
    };
    await runLoad({ ...common, durationMs: warmupSeconds * 1000 });
    return figuresOf(target.name, await runLoad({ ...common, durationMs: seconds * 1000 }));
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  // The endpoint records usage counts as in production, in a folder of its own.
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-http-'));
  const signer = createDiscordSigner();
  const asks = signedAsks(signer, await loadQuestions(), POOL_SIZE);
  const load = asks.map((ask) => ask.wire);
  say(
    `bench:http on ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}: ` +
      `${values.stores ? 'one worker per process' : `${workers} worker(s) per server`}, ${connections} keep-alive connections, ${warmupSeconds} s warm-up + ${seconds} s measured per server`,
  );
  say(
    `The load generator runs in this process on the same cores as the servers. Load average before the run: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')}.\n`,
  );

  if (values.stores) {
    const runs = await compareStores({
      publicKey: signer.publicKeyHex,
      load,
      connections,
      warmupMs: warmupSeconds * 1000,
      measuredMs: seconds * 1000,
      isExpected: isPrivateAnswer,
      maxRequests: MAX_REQUESTS,
    });
    if (values.json)
      process.stdout.write(`${JSON.stringify({ connections, seconds, runs }, null, 2)}\n`);
    say(formatStoreRuns(runs));
    for (const { figures: f } of runs)
      if (f.firstError) say(`  first error from ${f.name}: ${f.firstError}`);
    say(
      '\n"db before reply": the cooldown claim every /ask waits for; "db after reply": its topic count, written once the reply is sent. Both timed one at a time in this process.',
    );
    if (runs.some((run) => run.figures.errors > 0)) process.exitCode = 1;
    return;
  }

  const targets: Target[] = [
    {
      name: 'bare: verify + PONG',
      script: 'bench/http/bare-server.ts',
      env: {},
      isExpected: isPong,
    },
    {
      name: 'endpoint: POST /interactions /ask',
      script: 'src/cli/serve-http.ts',
      // Each request is a different person anyway; no cooldown notice can stand in for an answer.
      env: { COOLDOWN_SECONDS: '0', LOG_LEVEL: 'info', DATA_DIR: dataDir },
      isExpected: isPrivateAnswer,
    },
  ];
  const figures: TargetFigures[] = [];
  for (const target of targets) figures.push(await measure(target, signer.publicKeyHex, load));
  const [bare, endpoint] = figures as [TargetFigures, TargetFigures];
  const result = verdict(bare, endpoint);
  const costs = await costBreakdown(signer, asks.slice(0, 400));

  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ workers, connections, seconds, bare, endpoint, ...result, goal: GOAL, costs }, null, 2)}\n`,
    );
  } else {
    say(formatTable(figures));
    for (const t of figures) if (t.firstError) say(`  first error from ${t.name}: ${t.firstError}`);
    say(
      `\nendpoint / bare throughput: ${(result.ratio * 100).toFixed(1)}% (goal ≥ ${GOAL.throughputRatio * 100}%: ${result.throughputMet ? 'met' : 'MISSED'}); ` +
        `endpoint p99 ${endpoint.p99Ms.toFixed(1)} ms (goal < ${GOAL.p99Ms} ms: ${result.latencyMet ? 'met' : 'MISSED'})`,
    );
    say('\nWhere one /ask request goes, single core, in process (mean per request):');
    say(formatCosts(costs));
  }
  if (bare.errors + endpoint.errors > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:http failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});

/**
 * `npm run serve:http` as a process: a cluster of workers that answers, passes SIGHUP on, and
 * drains on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InteractionResponseType } from 'discord-api-types/v10';
import { makeInteraction } from '../e2e/discord-stand-in/index.js';
import { freePort } from '../support/free-port.js';
import { compiled, repoRoot, testDataDir } from '../support/run-cli.js';
import { createDiscordSigner } from './discord-signer.js';
import { postInteraction, sendRaw } from './post.js';

function serveHttp(env: Record<string, string>) {
  // As the Docker image runs it: node itself, so signals reach the cluster's primary directly
  // (npm passes on SIGINT and SIGTERM, but not SIGHUP).
  const child = spawn(process.execPath, [compiled('src/cli/serve-http.ts')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DISCORD_PUBLIC_KEY: '',
      HTTP_WORKERS: '',
      LOG_LEVEL: 'info',
      DATA_DIR: testDataDir(),
      ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  started.push(child);
  return { child, exited, output: () => output };
}

/** The Node flags a running process was started with, read from Linux's /proc. */
const flagsOf = (pid: string) =>
  readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    .split('\0')
    .filter((arg) => arg.startsWith('--'));

/** The pids of the cluster's workers, from their log lines. */
const workerPids = (output: string) => [
  ...new Set([...output.matchAll(/"pid":(\d+),[^\n]*"worker":\d+/g)].map((m) => m[1] as string)),
];

/**
 * The pids of the cluster's workers once all have logged. Each writes its own lines to the shared
 * pipe, which may reach us after the primary says they all listen.
 */
async function workersOf(output: () => string, count: number): Promise<string[]> {
  await vi.waitFor(() => expect(workerPids(output())).toHaveLength(count), {
    timeout: 10_000,
    interval: 100,
  });
  return workerPids(output());
}

// A failed assertion must not leave a cluster running: the primary drains its workers on SIGTERM.
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
});

describe('npm run serve:http', { timeout: 120_000 }, () => {
  it('serves from two workers, reloads both on SIGHUP, then exits 0 on SIGTERM', async () => {
    const signer = createDiscordSigner();
    const port = await freePort();
    const server = serveHttp({
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      HTTP_WORKERS: '2',
      PORT: String(port),
    });
    await vi.waitFor(() => expect(server.output()).toMatch(/all HTTP workers listening/), {
      timeout: 60_000,
      interval: 100,
    });

    const health = await sendRaw(port, { method: 'GET', path: '/healthz' });
    expect(health.status).toBe(200);
    // Workers run in V8's lite mode by default (HTTP_LITE_MODE): less memory each.
    const workers = await workersOf(server.output, 2);
    for (const pid of workers) expect(flagsOf(pid)).toContain('--lite-mode');
    // And with gc exposed, to collect the garbage of their start once they listen.
    for (const pid of workers) expect(flagsOf(pid)).toContain('--expose-gc');
    const interaction = makeInteraction.chatInput('ask', { question: 'What is an ICE detainer?' });
    expect((await postInteraction(port, signer, interaction)).type).toBe(
      InteractionResponseType.ChannelMessageWithSource,
    );

    // The primary hands SIGHUP (reload the knowledge) to every worker.
    server.child.kill('SIGHUP');
    await vi.waitFor(
      () => expect(server.output().match(/"msg":"knowledge reloaded"/g)).toHaveLength(2),
      { timeout: 30_000, interval: 100 },
    );

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const pids = new Set(
      [
        ...server.output().matchAll(/"pid":(\d+).*"msg":"HTTP interactions endpoint listening"/g),
      ].map((m) => m[1]),
    );
    expect(pids.size).toBe(2);
    expect(server.output()).toMatch(/shutting down HTTP workers/);
    expect(server.output()).not.toContain(interaction.token);
    expect(server.output()).not.toContain('ICE detainer');
  });

  it('replaces a worker that dies, and keeps serving', async () => {
    const signer = createDiscordSigner();
    const port = await freePort();
    const server = serveHttp({
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      HTTP_WORKERS: '2',
      HTTP_LITE_MODE: '0',
      PORT: String(port),
    });
    await vi.waitFor(() => expect(server.output()).toMatch(/all HTTP workers listening/), {
      timeout: 60_000,
      interval: 100,
    });
    const [workerPid] = await workersOf(server.output, 2);
    expect(flagsOf(workerPid as string)).not.toContain('--lite-mode');
    process.kill(Number(workerPid), 'SIGKILL');

    await vi.waitFor(
      () => {
        expect(server.output()).toMatch(/an HTTP worker died; starting another/);
        expect(server.output().match(/HTTP interactions endpoint listening/g)).toHaveLength(3);
      },
      { timeout: 60_000, interval: 100 },
    );
    for (let i = 0; i < 4; i += 1) {
      const ping = await postInteraction(port, signer, makeInteraction.ping());
      expect(ping).toEqual({ type: InteractionResponseType.Pong });
    }
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('stops with exit code 1 when its workers cannot start, rather than restarting them forever', async () => {
    const server = serveHttp({
      DISCORD_PUBLIC_KEY: createDiscordSigner().publicKeyHex,
      HTTP_WORKERS: '2',
      PORT: String(await freePort()),
      KNOWLEDGE_DIR: 'no-such-knowledge-folder',
    });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/an HTTP worker failed to start; stopping/);
    expect(server.output()).not.toMatch(/starting another/);
  });

  it('refuses to start without DISCORD_PUBLIC_KEY, and says where to find it', async () => {
    const server = serveHttp({ PORT: String(await freePort()) });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(
      /DISCORD_PUBLIC_KEY is missing.*General Information > Public Key/,
    );
  });
});

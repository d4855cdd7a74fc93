/**
 * One HTTP endpoint process (`npm run serve:http` with a single worker, no cluster) as a replica
 * runs it, and how a test talks to it as Discord does: signed POSTs, and for a deferred answer the
 * webhook edit the process sends to the Discord stand-in.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { ComponentType, InteractionResponseType, type APIInteraction } from 'discord-api-types/v10';
import { expect, vi } from 'vitest';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import type { StandIn } from '../e2e/discord-stand-in/index.js';
import { freePort } from '../support/free-port.js';
import { compiled, repoRoot, testDataDir } from '../support/run-cli.js';
import type { DiscordSigner } from './discord-signer.js';
import { postInteraction } from './post.js';

export interface EndpointProcess {
  port: number;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Its log lines with this `msg`, parsed. */
  logged(msg: string): Record<string, unknown>[];
  exited: Promise<number | null>;
  /** SIGTERM, then its exit code. */
  stop(): Promise<number | null>;
}

const running: ChildProcess[] = [];

/** Stops every endpoint still running (for an afterAll): a failed test must leave none behind. */
export async function stopEndpoints(): Promise<void> {
  await Promise.all(
    running.splice(0).map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('close', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

/** Spawns the endpoint with `env` on a free port; resolves at once, before it listens. */
export async function spawnEndpoint(env: Record<string, string>): Promise<EndpointProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [compiled('src/cli/serve-http.ts')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      HTTP_WORKERS: '1',
      LOG_LEVEL: 'info',
      DATA_DIR: testDataDir(),
      PORT: String(port),
      ...env,
    },
  });
  running.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    port,
    child,
    output: () => output,
    logged: (msg) =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{') && line.includes(`"msg":${JSON.stringify(msg)}`))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    exited,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Starts the endpoint and waits until it listens. */
export async function startEndpoint(env: Record<string, string>): Promise<EndpointProcess> {
  const endpoint = await spawnEndpoint(env);
  await vi.waitFor(
    () => expect(endpoint.logged('HTTP interactions endpoint listening')).toHaveLength(1),
    { timeout: 90_000, interval: 100 },
  );
  return endpoint;
}

/**
 * The message Discord would show for `interaction` sent to `endpoint`: the HTTP response's, or,
 * when the process deferred (a loaded machine), the webhook edit it sent the stand-in after.
 */
export async function answerOf(
  endpoint: EndpointProcess,
  signer: DiscordSigner,
  standIn: StandIn,
  interaction: APIInteraction,
): Promise<{ type: InteractionResponseType; message: MessagePayload }> {
  standIn.trackInteraction(interaction);
  const response = await postInteraction(endpoint.port, signer, interaction);
  // Discord takes the HTTP response as the interaction's callback; so does the stand-in, which
  // then accepts the webhook's edit of it, and gives the message id a shared copy links to.
  await fetch(
    `${standIn.restUrl}/v10/interactions/${interaction.id}/${interaction.token}/callback`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(response),
    },
  );
  const deferred =
    response.type === InteractionResponseType.DeferredChannelMessageWithSource ||
    response.type === InteractionResponseType.DeferredMessageUpdate;
  if (!deferred && 'data' in response && response.data) {
    return { type: response.type, message: response.data as MessagePayload };
  }
  const edit = await standIn.waitForRequest(
    (r) => r.method === 'PATCH' && r.path.includes(interaction.token),
    20_000,
  );
  return { type: response.type, message: edit.body as MessagePayload };
}

/** Every custom_id on a message's buttons and menus. */
export const buttonIds = (message: MessagePayload): string[] =>
  (message.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : []))
      : [],
  );

/** Starts a server under test as its own process tree and waits until every worker listens. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../test/support/free-port.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The compiled JavaScript npm runs for a source file (`npm run build`): the code as it ships. */
const compiled = (source: string) => `${ROOT}dist/${source.replace(/\.ts$/, '.js')}`;

export interface ServerProcess {
  port: number;
  /** SIGTERM, then resolves with the exit code. */
  stop(): Promise<number | null>;
}

export { freePort };

async function healthy(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
  } catch {
    return false;
  }
}

/**
 * Runs `script` (a source file relative to the project root, compiled) with `env` and PORT set.
 * With several workers it waits for the cluster's "all HTTP workers listening": connections
 * opened earlier would all go to the first worker up, and the run would measure one core.
 */
export async function startServerProcess(
  script: string,
  env: Record<string, string>,
  workers: number,
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [compiled(script)], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HTTP_WORKERS: String(workers) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready =
      (workers <= 1 || output.includes('all HTTP workers listening')) && (await healthy(port));
    if (ready) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      // SIGTERM: a cluster's primary stops its workers; SIGKILL would orphan them.
      child.kill('SIGTERM');
      throw new Error(`${script} did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

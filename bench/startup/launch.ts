/** Starts `npm run <script>` as people do, in a process group of its own so it can be stopped whole. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Launched {
  child: ChildProcess;
  /** When it was spawned (performance.now()). */
  startedAt: number;
  /** Standard output and error so far, for a failure message. */
  output(): string;
  exited: Promise<number | null>;
  /** SIGTERM to the whole group (npm, the shell, node and its workers), then waits for npm. */
  stop(): Promise<number | null>;
}

export function launch(args: readonly string[], env: Record<string, string> = {}): Launched {
  const startedAt = performance.now();
  const child = spawn('npm', ['run', '--silent', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    child,
    startedAt,
    output: () => output,
    exited,
    stop() {
      if (child.exitCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      return exited;
    },
  };
}

/** Milliseconds from spawning `npm run <args>` until it exits; fails on a non-zero status. */
export async function timeToExit(args: readonly string[], env: Record<string, string> = {}) {
  const run = launch(args, env);
  const code = await run.exited;
  if (code !== 0) throw new Error(`npm run ${args.join(' ')} exited ${code}:\n${run.output()}`);
  return performance.now() - run.startedAt;
}

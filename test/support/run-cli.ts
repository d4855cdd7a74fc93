import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The compiled JavaScript that `npm run` runs for a source file: `src/cli/main.ts` is
 * `dist/src/cli/main.js`. The test run builds dist/ first (test/support/build.ts).
 */
export const compiled = (source: string) =>
  path.join(repoRoot, 'dist', source.replace(/\.ts$/, '.js'));

/** Tests never write the checkout's ./data: commands that store counts get a folder of their own. */
export const testDataDir = () => mkdtempSync(path.join(tmpdir(), 'sanctuary-explainer-test-'));
let sharedDataDir: string | undefined;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command line as `npm run --silent cli --` does, optionally feeding standard input. */
export function runCli(
  args: string[],
  input?: string,
  env: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [compiled('src/cli/main.ts'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: (sharedDataDir ??= testDataDir()), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

export const jsonLines = (stdout: string): unknown[] =>
  stdout
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as unknown);

/**
 * The command line behaves as command-line tools do: help on request, a usage error for an
 * unknown command, a quiet end when the reader of its output goes away, and a plain message
 * naming what is missing instead of a stack trace.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compiled, repoRoot, runCli } from '../support/run-cli.js';

describe('cli', () => {
  it('prints its usage for --help and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run --silent cli -- <command>/);
    expect(run.stdout).toMatch(/ask --json --stdin/);
  });

  it('names an unknown command, shows the usage and exits 2', async () => {
    const run = await runCli(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown command "frobnicate"/);
    expect(run.stderr).toMatch(/Usage:/);
    expect(run.stdout).toBe('');
  });

  it('ends quietly with status 0 when the reader of its output goes away, as `| head` does', async () => {
    const child = spawn(process.execPath, [compiled('src/cli/main.ts'), 'passages', '--json'], {
      cwd: repoRoot,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Read the first line, then close the pipe while the command is still writing.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('npm run eval', () => {
  it('names the questions file it cannot find and how to give one, without a stack trace', async () => {
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [compiled('src/cli/eval.ts')], {
        cwd: repoRoot,
        env: { ...process.env, EVAL_FILE: 'no-such-folder/questions.jsonl' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no-such-folder\/questions\.jsonl does not exist/);
    expect(run.stderr).toMatch(/npm run eval FILE/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

/**
 * "It must survive a kill at any moment without corruption or lost records": a child process
 * writes in a loop, reporting each id once committed; SIGKILL lands mid-write; the reopened
 * database passes SQLite's integrity check and holds every id the child reported. Three kills in
 * a row, each writer picking up where the last one stopped.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-cli.js';
import { openTestStore, tempFolder } from './temp-store.js';

// Node itself with tsx's loader, not the tsx command: that one runs the script in a grandchild,
// which SIGKILL on the command would not reach.
const nodeWithTsx = [process.execPath, '--import', 'tsx'] as const;

/** Runs the writer until it has reported at least `atLeast` ids, then SIGKILLs it. */
function writeUntilKilled(folder: string, firstId: number, atLeast: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const [node, ...flags] = nodeWithTsx;
    const child = spawn(node, [...flags, 'test/store/killed-writer.ts', folder, String(firstId)], {
      cwd: repoRoot,
    });
    const reported: number[] = [];
    let partial = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) reported.push(Number(line));
      // Past the threshold, kill at a moment that varies with scheduling: mid-transaction or not.
      if (reported.length >= atLeast && !child.killed) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended with ${code}: ${stderr}`));
      else resolve(reported);
    });
  });
}

describe('a writer killed with SIGKILL', () => {
  it('loses nothing it reported as committed, and leaves a sound database', async () => {
    const folder = tempFolder();
    const reported: number[] = [];
    for (let round = 0; round < 3; round++) {
      const next = Math.max(0, ...reported) + 1_000;
      reported.push(...(await writeUntilKilled(folder, next, 200 + round * 150)));

      const store = openTestStore(folder);
      expect(await store.integrityCheck()).toBe('ok');
      const stored = new Set((await store.pins.all()).map((pin) => Number(pin.messageId)));
      const missing = reported.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      // Each iteration commits a pin, then a count: a kill between the two leaves the count one
      // behind, so after n kills it trails the pins by at most n, and is never ahead.
      const counted = (await store.feedback.mostNotHelpful(1))[0]?.notHelpful ?? 0;
      expect(counted).toBeLessThanOrEqual(stored.size);
      expect(counted).toBeGreaterThanOrEqual(stored.size - (round + 1));
      await store.close();
    }
    expect(reported.length).toBeGreaterThanOrEqual(200 + 350 + 500);
  }, 60_000);
});

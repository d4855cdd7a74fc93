import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadEngine } from '../../src/app/load-engine.js';
import type { AnswerEngine } from '../../src/app/answer-engine.js';
import { engineSnapshots, type EngineSnapshots } from '../../src/app/engine-snapshot.js';
import { repoRoot } from './run-cli.js';

let shipped: Promise<AnswerEngine> | undefined;

/**
 * The snapshots of the build the global set-up made from these very sources: loading one is what
 * every start of the bot does, and it spares each test worker indexing both languages again.
 */
function builtSnapshots(): EngineSnapshots | undefined {
  try {
    const build = readFileSync(path.join(repoRoot, 'dist/build.json'), 'utf8');
    const { id } = JSON.parse(build) as { id: string };
    return engineSnapshots(path.join(repoRoot, 'dist/snapshots'), id);
  } catch {
    return undefined;
  }
}

/** The engine over the shipped knowledge base, made once per test worker. */
export function shippedEngine(): Promise<AnswerEngine> {
  const snapshots = builtSnapshots();
  shipped ??= loadEngine('knowledge', snapshots ? { snapshots } : {}).then((result) => {
    if (!result.ok) {
      const first = result.problems.find((p) => p.severity === 'error');
      throw new Error(
        `shipped knowledge fails its checks: ${first?.file}:${first?.line} ${first?.message}`,
      );
    }
    return result.engine;
  });
  return shipped;
}

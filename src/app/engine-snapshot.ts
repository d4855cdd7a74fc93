import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../knowledge/problem.js';
import type { AnswerEngine } from './answer-engine.js';
import { engineData, engineFromData, type EngineData } from './engine-data.js';

/** Raised whenever what a snapshot holds changes shape: older files are then ignored. */
const FORMAT = 10;
/** Snapshots kept per build: the shipped knowledge and a few edits or reloads of it. */
const KEPT = 4;

interface Snapshot extends EngineData {
  format: number;
  build: string;
  warnings: Problem[];
}

/**
 * Engines saved to disk, keyed by the knowledge's hash and the build that made them. Building the
 * index takes most of a start-up; loading it back takes a fraction of that, and a process that
 * loads a snapshot never parses or checks the knowledge again (the snapshot's knowledge passed
 * every check: nothing else is ever saved). A snapshot that cannot be read is simply rebuilt.
 */
export interface EngineSnapshots {
  load(
    knowledgeVersion: string,
  ): Promise<{ engine: AnswerEngine; warnings: Problem[] } | undefined>;
  /** Saves a checked engine; a folder that cannot be written is no error, only a slower start. */
  save(engine: AnswerEngine, warnings: readonly Problem[]): Promise<void>;
}

/**
 * JSON with every character beyond ASCII written as a `\u` escape: Node reads a file of ASCII
 * alone into a one-byte string, half the memory of the two-byte one a single accent makes, and
 * parses it faster.
 */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Snapshots in `dir` made by the build `build`: another build's index may differ. */
export function engineSnapshots(dir: string, build: string): EngineSnapshots {
  const fileOf = (knowledgeVersion: string) =>
    path.join(dir, `engine-${build}-${knowledgeVersion}.json`);

  async function prune() {
    const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
    const dated = await Promise.all(
      names.map(async (name) => ({ name, time: (await stat(path.join(dir, name))).mtimeMs })),
    );
    dated.sort((a, b) => b.time - a.time);
    await Promise.all(dated.slice(KEPT).map(({ name }) => unlink(path.join(dir, name))));
  }

  return {
    async load(knowledgeVersion) {
      try {
        // Read at once, not through the thread pool in half-megabyte pieces: three times faster,
        // and indexing would hold the thread far longer than this does.
        const saved = JSON.parse(readFileSync(fileOf(knowledgeVersion), 'utf8')) as Snapshot;
        if (saved.format !== FORMAT || saved.build !== build) return undefined;
        if (saved.knowledge.version !== knowledgeVersion) return undefined;
        return { engine: engineFromData(saved), warnings: saved.warnings };
      } catch {
        return undefined;
      }
    },
    async save(engine, warnings) {
      const { knowledge } = engine;
      const snapshot: Snapshot = {
        format: FORMAT,
        build,
        ...engineData(engine),
        warnings: [...warnings],
      };
      const file = fileOf(knowledge.version);
      // Written aside and renamed: several processes starting at once never read half a file.
      const partial = `${file}.${process.pid}.partial`;
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(partial, asciiJson(snapshot));
        await rename(partial, file);
        await prune();
      } catch {
        await unlink(partial).catch(() => undefined);
      }
    },
  };
}

const DIST = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The snapshots of the running build: `dist/snapshots/`, beside the compiled code, which every
 * build empties. Running from the TypeScript sources (tests, tsx) there is no build: none.
 */
export function buildSnapshots(): EngineSnapshots | undefined {
  let build: string;
  try {
    build = (JSON.parse(readFileSync(path.join(DIST, 'build.json'), 'utf8')) as { id: string }).id;
  } catch {
    return undefined;
  }
  return engineSnapshots(path.join(DIST, 'snapshots'), build);
}

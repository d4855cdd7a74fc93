/**
 * `npm run build` (also run by `npm ci` and `npm install`, as `prepare`): compiles the bot's
 * TypeScript to JavaScript in dist/, which `npm start`, `serve:http` and the command line run.
 * Every .ts file under src/ and commands/ is compiled to the same path under dist/, so the command
 * loader finds dist/commands/ as it finds commands/, and a file added later needs no change here.
 * esbuild only strips types (fast); `npm run typecheck` checks them. `--watch` rebuilds on change.
 *
 * Each build has an id (dist/build.json): engine snapshots (dist/snapshots/) are only ever loaded
 * by the build that saved them. The build then indexes the shipped knowledge once, so that the
 * first `npm start` or Docker container loads its snapshot instead of building the index.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'dist');
const SOURCE_FOLDERS = ['src', 'commands'];

/** Every TypeScript module below `dir`: declarations and tests are not part of the program. */
function modulesIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return modulesIn(full);
    const isModule = /\.ts$/.test(item.name) && !/\.(d|test)\.ts$/.test(item.name);
    return isModule ? [full] : [];
  });
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write(
    'build: esbuild is not installed. Install the development dependencies (npm ci) to build.\n',
  );
  process.exit(1);
}

const options = {
  entryPoints: SOURCE_FOLDERS.flatMap((folder) => modulesIn(path.join(ROOT, folder))),
  outdir: OUT,
  outbase: ROOT,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
};

/** A new id for every build and rebuild, so that no snapshot outlives the code that made it. */
const stampBuild = {
  name: 'build-id',
  setup(build) {
    build.onEnd(() => {
      writeFileSync(
        path.join(OUT, 'build.json'),
        `${JSON.stringify({ id: randomBytes(6).toString('hex') })}\n`,
      );
    });
  },
};

/** Indexes the shipped knowledge as `npm start` would, which saves its snapshot. */
async function snapshotShippedKnowledge() {
  const { loadEngine } = await import(pathToFileURL(path.join(OUT, 'src/app/load-engine.js')).href);
  const loaded = await loadEngine(path.relative(process.cwd(), path.join(ROOT, 'knowledge')));
  if (!loaded.ok) {
    process.stderr.write('build: the knowledge has errors (npm run kb:check); no snapshot made\n');
  }
}

// A file deleted from src/ must not live on in dist/ (a stale command would still be loaded).
rmSync(OUT, { recursive: true, force: true });
const built = { ...options, plugins: [stampBuild] };
if (process.argv.includes('--watch')) {
  const context = await esbuild.context(built);
  await context.watch();
  process.stderr.write('build: watching src/ and commands/; Ctrl-C to stop\n');
} else {
  await esbuild.build(built);
  await snapshotShippedKnowledge();
}

/**
 * `npm run build` (also run by `npm ci` and `npm install`, as `prepare`): compiles the bot's
 * TypeScript to JavaScript in dist/, which `npm start`, `serve:http` and the command line run.
 * Every .ts file under src/ and commands/ is compiled to the same path under dist/, so the command
 * loader finds dist/commands/ as it finds commands/, and a file added later needs no change here.
 * So is the bench's bare server, the reference the bot's start-up is measured against: both then
 * start the same way.
 * esbuild only strips types (fast); `npm run typecheck` checks them. `--watch` rebuilds on change.
 *
 * The libraries the bot's modules import are bundled into a few shared files in dist/vendor/:
 * loading a package of many CommonJS files from ESM costs Node a parse of every file for its
 * exports, a third of a start-up for discord-api-types alone. The bot's own modules stay one file
 * each, each where its source is, so paths resolved from import.meta.url mean the same thing.
 * Kept out of the bundles: the native SQLite binding, discord.js and its REST client (loaded
 * only when used, and large) and pino (it finds its worker files on disk).
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
const BENCH_REFERENCES = ['bench/http/bare-server.ts'];

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

/** Packages loaded from node_modules as they are, not bundled (see above). */
const UNBUNDLED = ['better-sqlite3', 'discord.js', '@discordjs/*', 'pino'];

/** Imports of the bot's own modules stay imports: every module is its own entry point. */
const ownModulesApart = {
  name: 'own-modules-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === 'entry-point' || args.importer.includes(`${path.sep}node_modules${path.sep}`)
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

const options = {
  entryPoints: [
    ...SOURCE_FOLDERS.flatMap((folder) => modulesIn(path.join(ROOT, folder))),
    ...BENCH_REFERENCES.map((file) => path.join(ROOT, file)),
  ],
  outdir: OUT,
  outbase: ROOT,
  bundle: true,
  splitting: true,
  chunkNames: 'vendor/[name]-[hash]',
  external: UNBUNDLED,
  // Bundled CommonJS libraries call require() for Node's own modules; ESM has none of its own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
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
const built = { ...options, plugins: [ownModulesApart, stampBuild] };
if (process.argv.includes('--watch')) {
  const context = await esbuild.context(built);
  await context.watch();
  process.stderr.write('build: watching src/ and commands/; Ctrl-C to stop\n');
} else {
  await esbuild.build(built);
  await snapshotShippedKnowledge();
}

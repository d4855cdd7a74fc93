/**
 * `npm run build` (also run by `npm ci` and `npm install`, as `prepare`): compiles the bot's
 * TypeScript to JavaScript in dist/, which `npm start`, `serve:http` and the command line run.
 * esbuild only strips types (fast); `npm run typecheck` checks them. `--watch` rebuilds on change.
 *
 * What Node runs or loads by path keeps its path: src/main.ts, every file in src/cli/ (the
 * commands npm runs), src/gateway/shard-entry.ts (the shard discord.js forks) and every
 * command in commands/ (the command loader reads dist/commands/ as it reads commands/); so does
 * the bench's bare server, the reference the bot's start-up is measured against. Everything they
 * import, the bot's modules and its libraries alike, is bundled into them and into shared files
 * in dist/src/chunks/: a worker then loads some fifty files instead of a hundred and fifty, and Node no
 * longer parses every CommonJS file of discord-api-types for its exports. A module added later is
 * compiled as soon as anything imports it; a new program belongs in src/cli/.
 *
 * Code may land in a shared file, so `import.meta.url` names that file, not the module's own:
 * the chunks sit two folders below dist/, as every module in src/<folder>/ does, so paths
 * resolved from it mean the same; the build refuses import.meta.url anywhere else.
 *
 * Kept out of the bundles: the native SQLite binding, and discord.js with its REST client (loaded
 * only when used, and large).
 *
 * The web pages' search runs the same engine in the browser: src/web/browser/search-page.ts is
 * bundled for browsers into dist/web/search.js, beside the pages' stylesheet, and `npm run site`
 * copies both into the site. Node's `Buffer` and `createRequire`, which the search code uses, are
 * replaced there by the `buffer` package and by the bundled data packages.
 *
 * Each build has an id (dist/build.json): engine snapshots (dist/snapshots/) are only ever loaded
 * by the build that saved them. The build then indexes the shipped knowledge once, so that the
 * first `npm start` or Docker container loads its snapshot instead of building the index.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'dist');
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
const UNBUNDLED = ['better-sqlite3', 'discord.js', '@discordjs/*'];

const source = (...parts) => path.join(ROOT, ...parts);
const sources = modulesIn(source('src'));

/** The programs and what is loaded by path (see above). */
const entryPoints = [
  source('src/main.ts'),
  ...modulesIn(source('src/cli')),
  // Forked by path by discord.js's ShardingManager.
  source('src/gateway/shard-entry.ts'),
  ...modulesIn(source('commands')),
  ...BENCH_REFERENCES.map((file) => source(file)),
];

/** Modules that resolve paths from import.meta.url yet are not two folders below the root. */
const misplaced = [...sources, ...modulesIn(source('commands'))].filter(
  (file) =>
    readFileSync(file, 'utf8').includes('import.meta.url') &&
    path.relative(ROOT, file).split(path.sep).length !== 3,
);
if (misplaced.length > 0) {
  process.stderr.write(
    `build: import.meta.url in ${misplaced.map((f) => path.relative(ROOT, f)).join(', ')}: ` +
      'only modules in src/<folder>/ may use it, see scripts/build.mjs\n',
  );
  process.exit(1);
}

const options = {
  entryPoints,
  outdir: OUT,
  outbase: ROOT,
  bundle: true,
  splitting: true,
  chunkNames: 'src/chunks/[name]-[hash]',
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

/**
 * franc's trigram tables of the languages the detector asks about alone
 * (src/language/franc-languages.json), every script kept: franc answers exactly as with all of
 * them, and does not build lookups for 180 other languages each time it loads.
 */
const francLanguagesOnly = {
  name: 'franc-languages-only',
  setup(build) {
    const kept = new Set(
      JSON.parse(readFileSync(source('src/language/franc-languages.json'), 'utf8')),
    );
    build.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, async (args) => {
      const { data } = await import(pathToFileURL(args.path).href);
      const trimmed = Object.fromEntries(
        Object.entries(data).map(([script, tables]) => [
          script,
          Object.fromEntries(Object.entries(tables).filter(([language]) => kept.has(language))),
        ]),
      );
      return { contents: `export const data = ${JSON.stringify(trimmed)};\n`, loader: 'js' };
    });
  },
};

const WEB = source('src/web');

/** `node:module` in the browser bundle: the shim that hands out the bundled data packages. */
const nodeModuleShim = {
  name: 'node-module-shim',
  setup(build) {
    build.onResolve({ filter: /^node:module$/ }, () => ({
      path: path.join(WEB, 'browser/node-module-shim.ts'),
    }));
  },
};

const browserOptions = {
  entryPoints: { search: path.join(WEB, 'browser/search-page.ts') },
  outdir: path.join(OUT, 'web'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  inject: [path.join(WEB, 'browser/buffer-global.ts')],
  plugins: [nodeModuleShim, francLanguagesOnly],
  logLevel: 'warning',
};

function copyWebAssets() {
  mkdirSync(path.join(OUT, 'web'), { recursive: true });
  copyFileSync(path.join(WEB, 'assets/site.css'), path.join(OUT, 'web/site.css'));
}

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
function snapshotShippedKnowledge() {
  const saved = spawnSync(process.execPath, [path.join(OUT, 'src/cli/save-snapshot.js')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  // Invalid knowledge is for kb:check to report; the build itself is fine.
  if (saved.status !== 0) process.stderr.write('build: built without a knowledge snapshot\n');
}

// A file deleted from src/ must not live on in dist/ (a stale command would still be loaded).
rmSync(OUT, { recursive: true, force: true });
const built = { ...options, plugins: [stampBuild, francLanguagesOnly] };
if (process.argv.includes('--watch')) {
  const context = await esbuild.context(built);
  await context.watch();
  copyWebAssets();
  await (await esbuild.context(browserOptions)).watch();
  process.stderr.write('build: watching src/ and commands/; Ctrl-C to stop\n');
} else {
  await Promise.all([esbuild.build(built), esbuild.build(browserOptions)]);
  copyWebAssets();
  snapshotShippedKnowledge();
}

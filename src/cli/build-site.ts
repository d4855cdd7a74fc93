/**
 * `npm run site [-- --out DIR]`: writes the web pages to SITE_DIR (default `site/`), built from the
 * same checked knowledge the bot serves: one page per entry and language, index pages, sources,
 * about, search. Beside them: the stylesheet, the search script and the engine's data it loads.
 * Any static host can serve the folder; so does `serve:http`.
 */
import 'dotenv/config';
import { mkdir, rm, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeKnowledgeProblems, loadEngine } from '../app/load-engine.js';
import { engineData } from '../app/engine-data.js';
import { environmentConfig } from '../environment-config.js';
import { renderSite } from '../web/site-pages.js';

/** The browser bundle and stylesheet the build writes beside the compiled code (dist/web/). */
const BUILT_WEB = fileURLToPath(new URL('../../web/', import.meta.url));

function outDir(argv: readonly string[], fallback: string): string {
  const at = argv.indexOf('--out');
  return at >= 0 && argv[at + 1] ? (argv[at + 1] as string) : fallback;
}

async function main(): Promise<number> {
  const config = environmentConfig();
  if (!config) return 1;
  const engineResult = await loadEngine(config.knowledgeDir);
  if (!engineResult.ok) {
    process.stderr.write(`No site built. ${describeKnowledgeProblems(engineResult.problems)}\n`);
    return 1;
  }
  const { engine } = engineResult;
  const out = path.resolve(outDir(process.argv.slice(2), config.siteDir));
  const files = renderSite(engine.knowledge, config.publicSiteUrl);
  // A page of an entry since removed must not stay online.
  await rm(out, { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(out, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.text);
  }
  await writeFile(path.join(out, 'search-data.json'), JSON.stringify(engineData(engine)));
  for (const asset of ['search.js', 'site.css'])
    await copyFile(path.join(BUILT_WEB, asset), path.join(out, asset));
  process.stdout.write(
    `site: ${files.length} pages in ${path.relative(process.cwd(), out) || '.'}\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Could not build the site: ${message}\n`);
    process.exit(1);
  },
);

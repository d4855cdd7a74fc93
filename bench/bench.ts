/**
 * `npm run bench`: the bot's start-up, memory and first requests against their references, then
 * search (index build, start-up, memory and query latency, beside MiniSearch). `--json` prints
 * one JSON object with both. It runs the build first (package.json), so it measures this code.
 */
import { searchBench } from './search-bench.js';
import { formatStartup } from './startup/report.js';
import { startupBench } from './startup-bench.js';

const asJson = process.argv.includes('--json');

async function main(): Promise<void> {
  const startup = await startupBench();
  if (!asJson) console.log(`${formatStartup(startup)}\n`);
  const search = await searchBench(asJson);
  if (asJson) console.log(JSON.stringify({ startup, search }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * `node scripts/run-together.mjs typecheck lint`: runs npm scripts side by side and fails when
 * any fails. `npm test` checks types and lints this way: each is a single process that keeps one
 * core busy, so on two cores together they take the time of the longer one. Each script's output
 * is printed whole once it ends, never interleaved with another's.
 */
import { spawn } from 'node:child_process';

function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ script, code: 1, output: `${error.message}\n` }));
    child.on('close', (code) => resolve({ script, code, output }));
  });
}

const results = await Promise.all(process.argv.slice(2).map(run));
for (const { script, code, output } of results) {
  process.stdout.write(`> npm run ${script}: ${code === 0 ? 'ok' : `failed (${code})`}\n${output}`);
}
process.exitCode = results.every(({ code }) => code === 0) ? 0 : 1;

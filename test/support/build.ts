/**
 * Vitest's global set-up: builds dist/ once before any test runs, so that tests which run the bot
 * as `npm start`, `npm run serve:http` or the command line do run it, compiled from these sources.
 */
import { execFileSync } from 'node:child_process';
import { repoRoot } from './run-cli.js';

export default function build(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
}

import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compiled, repoRoot, testDataDir } from '../support/run-cli.js';

/** Debian's Chromium, which `.ci/run` installs: the browser tests drive it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function requireChromium(): string {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  return CHROMIUM;
}

/** `npm run site` into a fresh folder, as built from the compiled code. */
export function buildSite(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'sanctuary-site-'));
  execFileSync(process.execPath, [compiled('src/cli/build-site.ts'), '--out', out], {
    cwd: repoRoot,
    env: { ...process.env, PUBLIC_SITE_URL: '' },
  });
  return out;
}

/** `serve:http` serving `siteDir` on a port the OS chose; resolves its base URL. */
export function serveSite(siteDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [compiled('src/cli/serve-http.ts')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DISCORD_PUBLIC_KEY: 'ab'.repeat(32),
      DISCORD_TOKEN: '',
      HTTP_WORKERS: '1',
      PORT: '0',
      SITE_DIR: siteDir,
      DATA_DIR: testDataDir(),
      LOG_LEVEL: 'info',
    },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /"port":(\d+)[^\n]*listening/.exec(output)?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}/`, child });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => reject(new Error(`serve:http exited ${code}: ${output}`)));
  });
}

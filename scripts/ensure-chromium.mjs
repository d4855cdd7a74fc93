/**
 * Run before `npm test`: the browser tests drive Debian's Chromium. On a Debian machine where it
 * is missing and we are root (a fresh CI box, a container), it is installed; elsewhere this only
 * says what to do, and the browser tests name it again when they run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (!existsSync(path)) {
  if (hasAptGet && process.getuid?.() === 0) {
    process.stderr.write(
      `no Chromium at ${path}: installing Debian's chromium for the browser tests\n`,
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  } else {
    process.stderr.write(
      `no Chromium at ${path}: the browser tests need it (apt-get install -y chromium, or set CHROMIUM_PATH)\n`,
    );
  }
}

import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { plainStyle } from '../../src/cli/terminal-format.js';
import { runConsole } from '../../src/console/run-console.js';
import { silentLogger } from '../../src/log.js';
import { realCommands, testConfig } from '../interactions/context.js';
import { shippedEngine } from '../support/engine.js';
import { spawn } from 'node:child_process';
import { compiled, repoRoot, testDataDir } from '../support/run-cli.js';

async function consoleSession(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const done = runConsole({
    engine: await shippedEngine(),
    config: testConfig({ COOLDOWN_SECONDS: '30' }),
    log: silentLogger(),
    commands: await realCommands(),
    input,
    output,
    style: plainStyle,
    interactive: false,
  });
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  return written;
}

describe('the local console', () => {
  it('says in one line how to connect to Discord', async () => {
    const written = await consoleSession([]);
    expect(written.split('\n')[0]).toMatch(/set DISCORD_TOKEN .* in \.env \(see README\)/);
  });

  it('runs slash commands and plain questions through the same core, readably', async () => {
    const written = await consoleSession([
      '/ask What is an ICE detainer?',
      'does connecticut honor detainers',
      '/explain topic:detainers-vs-information-sharing',
    ]);
    expect(written).toMatch(/\(only you can see this reply\)/);
    expect(written).toMatch(/\[1\] .*<https:\/\//);
    expect(written).toMatch(/Connecticut/);
    expect(written).toMatch(/Detainers \(holding people\): /);
    expect(written).not.toMatch(/faster than this bot/); // no cooldown for the one local person
    expect(written).not.toMatch(/\*\*/);
  });

  it('presses Share to channel with /share', async () => {
    const written = await consoleSession(['/define detainer', '/share']);
    expect(written).toMatch(/Shared by You \(console\)/);
  });

  it('lists commands with /help and explains what it does not know', async () => {
    const written = await consoleSession(['/help', '/nope', '/jurisdiction']);
    for (const name of [
      '/ask',
      '/explain',
      '/define',
      '/jurisdiction',
      '/sources',
      '/about',
      '/find-sources',
    ]) {
      expect(written).toContain(name);
    }
    expect(written).toMatch(/Unknown command \/nope/);
    expect(written).toMatch(/Usage: \/jurisdiction <place>/);
  });

  it('works piped through npm start and exits 0 at the end of input', async () => {
    const child = spawn(process.execPath, [compiled('src/main.ts')], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DISCORD_TOKEN: '',
        DISCORD_APPLICATION_ID: '',
        DATA_DIR: testDataDir(),
      },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stdin.end('/about\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toMatch(/About this bot/);
  });
});

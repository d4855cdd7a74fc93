import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { plainStyle } from '../../src/cli/terminal-format.js';
import { runConsole } from '../../src/console/run-console.js';
import { silentLogger } from '../../src/log.js';
import { realCommands, testConfig } from '../interactions/context.js';
import { shippedEngine } from '../support/engine.js';
import { spawn } from 'node:child_process';
import { compiled, repoRoot, testDataDir } from '../support/run-cli.js';
import { openTestStore } from '../store/temp-store.js';

async function consoleSession(
  lines: string[],
  services?: Parameters<typeof runConsole>[0]['services'],
): Promise<string> {
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
    ...(services ? { services } : {}),
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
    expect(written).toMatch(/Shared by @You \(console\)/);
  });

  it('presses any button of the last reply, by number or by name, and shows the update', async () => {
    const written = await consoleSession([
      '/ask What is an ICE detainer?',
      '/helpful',
      '/sources topic:detainers-vs-information-sharing',
      '/press 1',
      '/previous',
    ]);
    expect(written).toMatch(/\[1: Share to channel\] \[2: Helpful\] \[3: Not helpful\]/);
    // "Helpful" counted and turned both feedback buttons off: only sharing is left to press.
    expect(written).toMatch(/updated[\s\S]*\n\[1: Share to channel\] {2}\(press one/);
    expect(written).toMatch(/page 1 of \d+[\s\S]*updated[\s\S]*page 2 of \d+[\s\S]*page 1 of/);
    expect(written).not.toMatch(/no longer works|Unknown command/);
  });

  it('runs /explainer subcommands as the operator, and says posting needs Discord', async () => {
    const store = openTestStore();
    const written = await consoleSession(
      [
        '/explainer list',
        '/explainer post topic:trust-act',
        '/explainer reload',
        '/explainer',
        '/explainer post',
      ],
      {
        store,
        reloadKnowledge: async () => ({
          ok: true,
          version: 'v2',
          previousVersion: 'v1',
          warnings: 0,
        }),
      },
    );
    expect(written).toMatch(/No pinned explainers in this server yet/);
    expect(written).toMatch(/Pinned explainers are not available here/);
    expect(written).toMatch(/Knowledge reloaded: version v2 \(was v1\)/);
    expect(written).toMatch(/Usage: \/explainer post\|list\|remove\|reload/);
    expect(written).toMatch(/Usage: \/explainer post topic:<topic> \[channel:<channel>\]/);
    expect(written).not.toMatch(/Only members with|Only the people who run this bot/);
  });

  it('shows what autocomplete would offer with /complete', async () => {
    const written = await consoleSession([
      '/complete /explain topic:detainers vs',
      '/complete /explainer post topic:trust',
    ]);
    expect(written).toMatch(/detainers-vs-information-sharing/);
    expect(written).toMatch(/What is Connecticut's Trust Act\?\s+trust-act/);
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
      '/explainer post|list|remove|reload',
      '/press',
      '/complete',
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

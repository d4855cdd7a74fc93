import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/commands/load-commands.js';
import { registerCommands } from '../../src/commands/register-commands.js';
import {
  APPLICATION_ID,
  GUILD_ID,
  startStandIn,
  type StandIn,
} from '../e2e/discord-stand-in/index.js';
import { compiled, repoRoot } from '../support/run-cli.js';

function deploy(env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [compiled('src/cli/deploy-commands.ts')], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DISCORD_TOKEN: '',
        DISCORD_APPLICATION_ID: '',
        DISCORD_GUILD_ID: '',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('deploy-commands', () => {
  let standIn: StandIn;
  beforeAll(async () => {
    standIn = await startStandIn();
  });
  afterAll(async () => {
    await standIn?.close();
  });

  it('exits non-zero naming the token and where to find it when it is missing', async () => {
    const run = await deploy({});
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DISCORD_TOKEN is missing.*Bot > Reset Token/);
  });

  it('registers every command to a guild, in one bulk overwrite', async () => {
    const commands = await loadCommands();
    const kept = await registerCommands(
      {
        token: standIn.token,
        applicationId: APPLICATION_ID,
        guildId: GUILD_ID,
        restApi: standIn.restUrl,
      },
      commands.json(),
    );
    expect(kept).toHaveLength(commands.all.length);
    const put = standIn.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put?.body).toEqual(commands.json());
  });

  it('registers globally without a guild id', async () => {
    const commands = await loadCommands();
    await registerCommands(
      { token: standIn.token, applicationId: APPLICATION_ID, restApi: standIn.restUrl },
      commands.json(),
    );
    expect(
      standIn.requests.some(
        (r) => r.method === 'PUT' && r.path === `/applications/${APPLICATION_ID}/commands`,
      ),
    ).toBe(true);
  });

  it('fails with Discord’s refusal for an application that is not its own', async () => {
    await expect(
      registerCommands(
        { token: standIn.token, applicationId: '999999999999999999', restApi: standIn.restUrl },
        [],
      ),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('explainRegisterFailure', () => {
  it.each([
    [401, /Reset Token/],
    [403, /applications\.commands scope/],
    [404, /DISCORD_APPLICATION_ID and DISCORD_GUILD_ID/],
    [500, /HTTP 500/],
  ])('turns HTTP %i into what to do', async (status, advice) => {
    const { explainRegisterFailure } = await import('../../src/commands/register-commands.js');
    expect(explainRegisterFailure(Object.assign(new Error('nope'), { status }))).toMatch(advice);
  });
});

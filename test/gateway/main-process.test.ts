/** `npm start` with a token: connects (to the stand-in), serves, and shuts down cleanly on SIGTERM. */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType } from 'discord-api-types/v10';
import {
  APPLICATION_ID,
  makeInteraction,
  startStandIn,
  type StandIn,
} from '../e2e/discord-stand-in/index.js';
import { compiled, repoRoot, testDataDir } from '../support/run-cli.js';

describe('npm start in gateway mode', () => {
  let standIn: StandIn;
  beforeAll(async () => {
    standIn = await startStandIn({ heartbeatIntervalMs: 1000 });
  });
  afterAll(async () => {
    await standIn?.close();
  });

  it('serves interactions, then exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [compiled('src/main.ts')], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DISCORD_TOKEN: standIn.token,
        DISCORD_APPLICATION_ID: APPLICATION_ID,
        DISCORD_API_URL: standIn.restUrl,
        LOG_LEVEL: 'info',
        DATA_DIR: testDataDir(),
      },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await standIn.waitUntilConnected(15_000);

    const interaction = makeInteraction.chatInput('ask', { question: 'What is an ICE detainer?' });
    standIn.dispatch('INTERACTION_CREATE', interaction);
    const response = await standIn.waitForCallback(interaction.id);
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/connected to Discord/);
    expect(stdout).toMatch(/shutting down/);
    expect(stdout).not.toContain(standIn.token);
    expect(stdout).not.toContain(interaction.token);
  });
});

/** `npm run start:sharded`: the gateway bot under discord.js's ShardingManager, against the stand-in. */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { InteractionResponseType } from 'discord-api-types/v10';
import {
  APPLICATION_ID,
  makeInteraction,
  startStandIn,
  type StandIn,
} from '../e2e/discord-stand-in/index.js';
import { compiled, repoRoot, testDataDir } from '../support/run-cli.js';

describe('npm run start:sharded', () => {
  let standIn: StandIn;
  beforeAll(async () => {
    standIn = await startStandIn({ heartbeatIntervalMs: 1000 });
  });
  afterAll(async () => {
    await standIn?.close();
  });

  it('asks Discord for the shard count, serves from the shard, then exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [compiled('src/cli/start-sharded.ts')], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DISCORD_TOKEN: standIn.token,
        DISCORD_APPLICATION_ID: APPLICATION_ID,
        DISCORD_API_URL: standIn.restUrl,
        TOTAL_SHARDS: 'auto',
        LOG_LEVEL: 'info',
        DATA_DIR: testDataDir(),
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // A failed assertion must not leave the shards running: the manager stops them on SIGTERM.
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    });
    await standIn.waitUntilConnected(15_000);

    // The stand-in recommends one shard; the shard identifies as shard 0 of 1.
    expect(standIn.identifies[0]?.shard).toEqual([0, 1]);
    const interaction = makeInteraction.chatInput('ask', { question: 'What is an ICE detainer?' });
    standIn.dispatch('INTERACTION_CREATE', interaction);
    const response = await standIn.waitForCallback(interaction.id);
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/"totalShards":1.*shard launched/);
    expect(output).toMatch(/shutting down shards/);
    expect(output).not.toMatch(/starting it again/);
    expect(output).not.toContain(standIn.token);
  });
});

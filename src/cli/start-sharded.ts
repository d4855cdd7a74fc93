/**
 * `npm run start:sharded`: the gateway bot under discord.js's ShardingManager, one process per
 * shard (Discord requires sharding from 2,500 servers). TOTAL_SHARDS sets the count; "auto" (the
 * default) asks Discord for the number it recommends.
 */
import 'dotenv/config';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REST } from '@discordjs/rest';
import { ShardingManager, type Shard } from 'discord.js';
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import { discordCredentials } from '../config.js';
import { environmentConfig } from '../environment-config.js';
import { shutdownSignal } from '../http/shutdown-signal.js';
import { createLogger } from '../log.js';

// Each shard runs the compiled JavaScript beside this file, as `npm start` does; any cwd works.
const SHARD_ENTRY = fileURLToPath(new URL('../gateway/shard-entry.js', import.meta.url));
const SHUTDOWN_TIMEOUT_MS = 15_000;

/**
 * Discord's recommended shard count for this bot, from `GET /gateway/bot`. discord.js's own
 * "auto" always asks discord.com; this asks the configured API, so tests can use the stand-in.
 */
async function recommendedShardCount(token: string, api: string | undefined): Promise<number> {
  const rest = new REST({ version: '10', ...(api ? { api } : {}) }).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return gateway.shards;
}

/** Stops one shard's process (SIGTERM: it disconnects cleanly) and resolves once it has exited. */
function stopShard(shard: Shard): Promise<void> {
  const child = shard.process as ChildProcess | null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  shard.kill();
  return exited;
}

async function main(): Promise<number> {
  const config = environmentConfig();
  if (!config) return 1;
  const credentials = discordCredentials(config);
  if (!credentials.ok) {
    process.stderr.write(`${credentials.message}\n`);
    return 1;
  }
  const log = createLogger({ level: config.logLevel });
  const totalShards =
    config.totalShards ?? (await recommendedShardCount(credentials.token, config.discordApiUrl));
  const manager = new ShardingManager(SHARD_ENTRY, {
    token: credentials.token,
    totalShards,
    // Node's flags reach the shards too (the young generation's size, see package.json).
    execArgv: process.execArgv,
  });
  manager.on('shardCreate', (shard) => {
    log.info({ shard: shard.id, totalShards }, 'shard launched');
    shard.on('death', () => {
      if (manager.respawn) log.warn({ shard: shard.id }, 'shard process died; starting it again');
    });
  });
  // `kill -HUP <manager>` reloads the knowledge in every shard (each holds its own copy).
  const forwardHangUp = () => {
    for (const shard of manager.shards.values())
      (shard.process as ChildProcess | null)?.kill('SIGHUP');
  };
  process.on('SIGHUP', forwardHangUp);
  const stopping = shutdownSignal();
  let code = 0;
  try {
    const first = await Promise.race([
      manager.spawn({ amount: totalShards }).then(() => 'spawned' as const),
      stopping,
    ]);
    if (first === 'spawned') log.info({ totalShards }, 'all shards spawned');
    log.info({ signal: await stopping }, 'shutting down shards');
  } catch (error) {
    // A shard that died or never became ready: stop the others rather than run part of the bot.
    log.error({ error }, 'could not start every shard');
    code = 1;
  }
  process.off('SIGHUP', forwardHangUp);
  // A shard that exits now is stopping, not crashing: do not start it again.
  manager.respawn = false;
  const deadline = setTimeout(() => {
    log.warn('shards did not stop in time; exiting');
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();
  await Promise.all(manager.shards.map(stopShard));
  clearTimeout(deadline);
  return code;
}

main().then(
  // Exit outright: a spawn still waiting between shards would otherwise start another.
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Could not start the shards: ${message}\n`);
    process.exit(1);
  },
);

/**
 * One shard of `npm run start:sharded`. discord.js's ShardingManager forks this file once per
 * shard with SHARDS and SHARD_COUNT in the environment; the Client reads them itself, so this is
 * the ordinary gateway bot, connected for its share of the servers only.
 */
import 'dotenv/config';
import { prepareBot } from '../app/prepare-bot.js';
import { discordCredentials } from '../config.js';
import { environmentConfig } from '../environment-config.js';
import { shutdownSignal } from '../http/shutdown-signal.js';
import { createLogger } from '../log.js';
import { startGatewayBot } from './run-gateway-bot.js';

async function main(): Promise<number> {
  const config = environmentConfig();
  if (!config) return 1;
  const credentials = discordCredentials(config);
  if (!credentials.ok) {
    process.stderr.write(`${credentials.message}\n`);
    return 1;
  }
  const log = createLogger({ level: config.logLevel }).child({ shard: process.env.SHARDS });
  // The same services as `npm start`: every shard opens the one SQLite file (WAL allows it).
  const prepared = await prepareBot(config, log, credentials.token);
  if (!prepared.ok) {
    process.stderr.write(`${prepared.message}\n`);
    return 1;
  }
  const { engine, commands, services } = prepared.bot;
  const bot = await startGatewayBot({
    token: credentials.token,
    config,
    engine,
    log,
    commands,
    ...(config.discordApiUrl ? { restApi: config.discordApiUrl } : {}),
    services: services.context,
  });
  await services.start();
  const signal = await shutdownSignal();
  log.info({ signal }, 'shutting down');
  await bot.stop();
  await services.stop();
  return 0;
}

main().then(
  // Exit outright: the IPC channel to the ShardingManager would keep the process alive.
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Could not start shard ${process.env.SHARDS ?? '?'}: ${message}\n`);
    process.exit(1);
  },
);

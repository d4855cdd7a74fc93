/**
 * `npm start`: the gateway bot when DISCORD_TOKEN is set, otherwise the local console.
 */
import 'dotenv/config';
import { prepareBot } from './app/prepare-bot.js';
import { ansiStyle, plainStyle } from './cli/terminal-format.js';
import { environmentConfig } from './environment-config.js';
import { createLogger } from './log.js';

async function main(): Promise<number> {
  const config = environmentConfig();
  if (!config) return 1;
  const token = config.discordToken;
  // The console owns stdout; its logs go to stderr, and only warnings unless asked for more.
  const log = createLogger({
    level: token || process.env.LOG_LEVEL ? config.logLevel : 'warn',
    destination: token ? 1 : 2,
  });

  const prepared = await prepareBot(config, log, token);
  if (!prepared.ok) {
    process.stderr.write(`${prepared.message}\n`);
    return 1;
  }
  const { engine, commands, services } = prepared.bot;

  if (!token) {
    // discord.js is loaded only to connect: the console never needs it.
    const { runConsole } = await import('./console/run-console.js');
    const interactive = Boolean(process.stdin.isTTY);
    await services.start();
    await runConsole({
      engine,
      config,
      log,
      commands,
      input: process.stdin,
      output: process.stdout,
      style: process.stdout.isTTY ? ansiStyle : plainStyle,
      interactive,
      services: services.context,
    });
    await services.stop();
    return 0;
  }

  const { startGatewayBot } = await import('./gateway/run-gateway-bot.js');
  const bot = await startGatewayBot({
    token,
    config,
    engine,
    log,
    commands,
    ...(config.discordApiUrl ? { restApi: config.discordApiUrl } : {}),
    services: services.context,
  });
  // Start-up refresh of pinned explainers; then SIGHUP (and KNOWLEDGE_WATCH) reload the knowledge.
  await services.start();
  await new Promise<void>((resolve) => {
    const shutdown = (signal: NodeJS.Signals) => {
      log.info({ signal }, 'shutting down');
      resolve();
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
  await bot.stop();
  await services.stop();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Start-up failures (a rejected token, an unreachable gateway) end here, named plainly.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Could not start: ${message}\n`);
    process.exitCode = 1;
  },
);

/**
 * `npm run serve:http`: the bot as an HTTP interactions endpoint (`POST /interactions`,
 * `GET /healthz`) on PORT, one worker process per CPU core unless HTTP_WORKERS says otherwise.
 * Needs DISCORD_PUBLIC_KEY: replies go back as HTTP responses or through each interaction's own
 * webhook token. DISCORD_TOKEN is used only where the bot acts in its own name (/explainer post).
 */
import 'dotenv/config';
import cluster from 'node:cluster';
import type { Config } from '../config.js';
import { requestedWorkers, runClusterPrimary, workerFlags } from '../http/cluster.js';
import { shutdownSignal } from '../http/shutdown-signal.js';
import type { Logger } from '../log.js';

// A cluster's primary only forks and watches, and it forks before loading anything else: the
// first worker opens (creating and migrating) the store before any other starts, and it is the
// worker that says what is wrong with a configuration.
const workers = requestedWorkers(process.env);
const primary =
  cluster.isPrimary && workers > 1
    ? runClusterPrimary({ workers, log: primaryLogger(), execArgv: workerFlags(process.env) })
    : undefined;

async function primaryLogger(): Promise<Logger> {
  const [{ loadConfig }, { createLogger }] = await Promise.all([
    import('../config.js'),
    import('../log.js'),
  ]);
  const loaded = loadConfig(process.env);
  return createLogger({ level: loaded.ok ? loaded.config.logLevel : 'info' });
}

/** What answering needs, loaded by the processes that answer requests only, never the primary. */
const loadServing = () =>
  Promise.all([import('../app/prepare-bot.js'), import('../http/start-http-endpoint.js')]);

async function serve(
  config: Config,
  publicKey: string,
  log: Logger,
  serving: ReturnType<typeof loadServing>,
): Promise<number> {
  const [{ prepareBot }, { startHttpEndpoint }] = await serving;
  // Feedback, gap counts, pinned explainers, shares and cooldowns live in the store, as in gateway
  // mode: SQLite in WAL mode lets every worker open the same file; PostgreSQL (DATABASE_URL) lets
  // several hosts share one.
  const prepared = await prepareBot(config, log, config.discordToken);
  if (!prepared.ok) {
    process.stderr.write(`${prepared.message}\n`);
    return 1;
  }
  const { engine, commands, services } = prepared.bot;
  // Log and keep serving: one failed background reply must not take the other requests down.
  process.on('unhandledRejection', (reason) => log.error({ error: reason }, 'unhandled rejection'));
  const { endpoint, port } = await startHttpEndpoint({
    config,
    publicKey,
    engine,
    log,
    commands,
    port: config.port,
    services: services.context,
  });
  await services.start();
  log.info({ port }, 'HTTP interactions endpoint listening');
  const signal = await shutdownSignal();
  log.info({ signal }, 'shutting down');
  await endpoint.close();
  await services.stop();
  return 0;
}

async function main(): Promise<number> {
  if (primary) return primary;
  // Loaded while the configuration is read and checked.
  const serving = loadServing();
  const [{ HOW_TO_SET }, { environmentConfig }, { createLogger }] = await Promise.all([
    import('../config.js'),
    import('../environment-config.js'),
    import('../log.js'),
  ]);
  const config = environmentConfig();
  if (!config) return 1;
  if (!config.publicKey) {
    process.stderr.write(
      `DISCORD_PUBLIC_KEY is missing: the endpoint cannot check that requests come from Discord. ${HOW_TO_SET.DISCORD_PUBLIC_KEY}\n`,
    );
    return 1;
  }
  const log = createLogger({ level: config.logLevel });
  return serve(
    config,
    config.publicKey,
    cluster.isWorker ? log.child({ worker: cluster.worker?.id }) : log,
    serving,
  );
}

main().then(
  (code) => {
    // Idle keep-alive sockets of the REST client may linger; the work is done.
    process.exit(code);
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Could not start the HTTP endpoint: ${message}\n`);
    process.exit(1);
  },
);

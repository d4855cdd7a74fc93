import type { Config } from '../config.js';
import type { ContextServices } from '../interactions/interaction-context.js';
import type { Logger } from '../log.js';
import { createDiscordActions } from '../pins/discord-actions.js';
import { createPinRefresher, type PinRefresher } from '../pins/refresh-pins.js';
import { openConfiguredStore } from '../store/open-configured-store.js';
import type { AnswerEngine } from './answer-engine.js';
import { holdEngine } from './engine-holder.js';
import { lazyRest } from './lazy-rest.js';
import {
  createKnowledgeReloader,
  watchKnowledge,
  type KnowledgeReloader,
  type KnowledgeWatch,
} from './knowledge-reloader.js';
import { syncKnowledge } from './knowledge-sync.js';

export interface BotServicesOptions {
  config: Config;
  log: Logger;
  engine: AnswerEngine;
  /** Set: pinned explainers are posted, pinned and refreshed over Discord's REST API. */
  token?: string;
  clock?: () => Date;
}

export interface BotServices {
  /** Handed to `createInteractionContext` (or `startGatewayBot({ services })`). */
  context: ContextServices;
  /** Set when talking to Discord: the pass that edits changed pinned explainers. */
  refresher?: PinRefresher;
  /**
   * Publishes the served knowledge version to the store and refreshes pinned explainers, then
   * reloads on SIGHUP, on (KNOWLEDGE_WATCH=1) file changes, and when another process on the same
   * store loaded another version.
   */
  start(): Promise<void>;
  /** Stops listening, lets a refresh in progress finish (up to a few seconds), closes the store. */
  stop(): Promise<void>;
}

const STOP_WAIT_MS = 5000;

/**
 * Opens the store (PostgreSQL at DATABASE_URL, else SQLite in DATA_DIR) and builds what pinned
 * explainers, feedback and knowledge reloads need; or a message naming what cannot be used.
 */
export async function openBotServices(
  options: BotServicesOptions,
): Promise<{ ok: true; services: BotServices } | { ok: false; message: string }> {
  const { config, log, token, clock = () => new Date() } = options;
  const opened = await openConfiguredStore(config);
  if (!opened.ok) return opened;
  const { store } = opened;
  const engines = holdEngine(options.engine);
  const rest = token
    ? lazyRest(config.discordApiUrl ? { api: config.discordApiUrl } : {}, token)
    : undefined;
  const discord = rest && createDiscordActions(rest);
  const refresher =
    discord &&
    createPinRefresher({
      store,
      discord,
      log,
      clock,
      engines,
      ...(config.publicSiteUrl ? { siteUrl: config.publicSiteUrl } : {}),
      leaseMs: config.pinRefreshLeaseSeconds * 1000,
    });
  let lastRefresh: Promise<unknown> = Promise.resolve();
  const refresh = () => {
    if (refresher) lastRefresh = refresher.refresh();
  };
  const reloader = createKnowledgeReloader({ dir: config.knowledgeDir, engines, log });
  const publish = (version: string) =>
    store.coordination
      .publishKnowledgeVersion(version, clock())
      .catch((error: unknown) => log.warn({ error }, 'could not publish the knowledge version'));
  // A reload asked for here (SIGHUP, a file change, /explainer reload) becomes every process's
  // version once published; pins refresh after that, so the refresh sees it as current.
  const deliberate: KnowledgeReloader = {
    async reload() {
      const outcome = await reloader.reload();
      // In the background: the person who asked for the reload hears back first.
      if (outcome.ok) void publish(outcome.version).then(refresh);
      return outcome;
    },
  };
  const onHangUp = () => {
    log.info('SIGHUP: reloading the knowledge');
    void deliberate.reload();
  };
  let watching: KnowledgeWatch | undefined;
  let syncing: { stop(): void } | undefined;

  return {
    ok: true,
    services: {
      context: {
        engines,
        store,
        ...(discord ? { discord } : {}),
        reloadKnowledge: () => deliberate.reload(),
      },
      ...(refresher ? { refresher } : {}),
      async start() {
        await publish(engines.current.knowledge.version);
        refresh();
        process.on('SIGHUP', onHangUp);
        if (config.watchKnowledge) watching = watchKnowledge(config.knowledgeDir, deliberate, log);
        syncing = syncKnowledge({
          coordination: store.coordination,
          engines,
          reloader,
          log,
          everyMs: config.knowledgeSyncSeconds * 1000,
          onSynced: refresh,
        });
      },
      async stop() {
        process.off('SIGHUP', onHangUp);
        syncing?.stop();
        refresher?.stop();
        await watching?.stop();
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise((resolve) => (timer = setTimeout(resolve, STOP_WAIT_MS)));
        await Promise.race([lastRefresh, timeout]);
        clearTimeout(timer);
        await store.close();
      },
    },
  };
}

import type { Config } from '../config.js';
import type { ContextServices } from '../interactions/interaction-context.js';
import type { Logger } from '../log.js';
import { createDiscordActions } from '../pins/discord-actions.js';
import { createPinRefresher, type PinRefresher } from '../pins/refresh-pins.js';
import { openStore } from '../store/open-store.js';
import type { AnswerEngine } from './answer-engine.js';
import { holdEngine } from './engine-holder.js';
import { lazyRest } from './lazy-rest.js';
import {
  createKnowledgeReloader,
  watchKnowledge,
  type KnowledgeWatch,
} from './knowledge-reloader.js';

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
  /** Refreshes pinned explainers now, then reloads on SIGHUP and (KNOWLEDGE_WATCH=1) file changes. */
  start(): void;
  /** Stops listening, lets a refresh in progress finish (up to a few seconds), closes the store. */
  stop(): Promise<void>;
}

const STOP_WAIT_MS = 5000;

/**
 * Opens the store in DATA_DIR and builds what pinned explainers, feedback and knowledge reloads
 * need; or a message naming the data folder when it cannot be used.
 */
export function openBotServices(
  options: BotServicesOptions,
): { ok: true; services: BotServices } | { ok: false; message: string } {
  const { config, log, token, clock = () => new Date() } = options;
  const opened = openStore(config.dataDir);
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
    });
  let lastRefresh: Promise<unknown> = Promise.resolve();
  const refresh = () => {
    if (refresher) lastRefresh = refresher.refresh();
  };
  const reloader = createKnowledgeReloader({
    dir: config.knowledgeDir,
    engines,
    log,
    onReloaded: refresh,
  });
  const onHangUp = () => {
    log.info('SIGHUP: reloading the knowledge');
    void reloader.reload();
  };
  let watching: KnowledgeWatch | undefined;

  return {
    ok: true,
    services: {
      context: {
        engines,
        store,
        ...(discord ? { discord } : {}),
        reloadKnowledge: () => reloader.reload(),
      },
      ...(refresher ? { refresher } : {}),
      start() {
        refresh();
        process.on('SIGHUP', onHangUp);
        if (config.watchKnowledge) watching = watchKnowledge(config.knowledgeDir, reloader, log);
      },
      async stop() {
        process.off('SIGHUP', onHangUp);
        await watching?.stop();
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise((resolve) => (timer = setTimeout(resolve, STOP_WAIT_MS)));
        await Promise.race([lastRefresh, timeout]);
        clearTimeout(timer);
        store.close();
      },
    },
  };
}

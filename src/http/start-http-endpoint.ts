import type { AnswerEngine } from '../app/answer-engine.js';
import { warmUp } from '../app/warm-up.js';
import type { CommandRegistry } from '../commands/load-commands.js';
import type { Config } from '../config.js';
import {
  createInteractionContext,
  type ContextServices,
} from '../interactions/interaction-context.js';
import type { Logger } from '../log.js';
import { createInteractionWebhook, createWebhookRest } from './interaction-webhook.js';
import { createInteractionsServer, type InteractionsServer } from './interactions-server.js';
import { collectStartupGarbage } from './startup-garbage.js';

export interface HttpEndpointOptions {
  config: Config;
  /** DISCORD_PUBLIC_KEY, checked present by the caller. */
  publicKey: string;
  engine: AnswerEngine;
  log: Logger;
  commands: CommandRegistry;
  port: number;
  /** Default: every interface, as a container or a load balancer needs. */
  host?: string;
  deferAfterMs?: number;
  /** Storage, Discord actions and knowledge reloads (pinned explainers and feedback). */
  services?: ContextServices;
}

export interface RunningEndpoint {
  endpoint: InteractionsServer;
  port: number;
}

/**
 * One process's HTTP endpoint: its own interaction context (cooldowns and share memory in this
 * process's memory, see README) and a REST client for deferred replies, listening on `port`.
 * It listens only once the hot paths have run (`warmUp`): a platform that starts the process
 * for a waiting request, or a balancer that sends traffic once /healthz answers, gets answers as
 * fast as a warm process's.
 */
export async function startHttpEndpoint(options: HttpEndpointOptions): Promise<RunningEndpoint> {
  const { config, engine, log, commands } = options;
  await warmUp({ engine, config, commands });
  const ctx = createInteractionContext({ engine, config, log, commands, ...options.services });
  const endpoint = createInteractionsServer({
    ctx,
    publicKey: options.publicKey,
    webhook: createInteractionWebhook(createWebhookRest(config.discordApiUrl)),
    siteDir: config.siteDir,
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
  });
  const port = await endpoint.listen(options.port, options.host);
  collectStartupGarbage();
  return { endpoint, port };
}

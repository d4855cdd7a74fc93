/**
 * Where one request's time goes, measured in this process on one core with no network: the
 * signature check, JSON parsing, the answer engine, rendering, recording usage counts, and
 * serializing the reply.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIChatInputApplicationCommandInteraction } from 'discord-api-types/v10';
import { openBotServices } from '../../src/app/bot-services.js';
import { describeKnowledgeProblems, loadEngine } from '../../src/app/load-engine.js';
import { loadCommands } from '../../src/commands/load-commands.js';
import { loadConfig } from '../../src/config.js';
import { createSignatureCheck } from '../../src/http/signature.js';
import { handleInteraction } from '../../src/interactions/handle-interaction.js';
import { createInteractionContext } from '../../src/interactions/interaction-context.js';
import { stringOption } from '../../src/interactions/options.js';
import { silentLogger } from '../../src/log.js';
import type { DiscordSigner } from '../../test/http/discord-signer.js';
import type { SignedAsk } from './signed-asks.js';

export interface Cost {
  step: string;
  /** Mean microseconds per request. */
  micros: number;
}

/** Mean microseconds of `run` over `items`, after one warm-up pass. */
async function meanMicros<T>(items: readonly T[], run: (item: T) => unknown): Promise<number> {
  for (const item of items) await run(item);
  const start = performance.now();
  for (const item of items) await run(item);
  return ((performance.now() - start) * 1000) / items.length;
}

export async function costBreakdown(
  signer: DiscordSigner,
  asks: readonly SignedAsk[],
): Promise<Cost[]> {
  const loaded = loadConfig({ COOLDOWN_SECONDS: '0' });
  if (!loaded.ok) throw new Error(loaded.message);
  const engine = await loadEngine(loaded.config.knowledgeDir);
  if (!engine.ok) throw new Error(describeKnowledgeProblems(engine.problems));
  const parts = {
    engine: engine.engine,
    config: loaded.config,
    log: silentLogger(),
    commands: await loadCommands(),
  };
  const ctx = createInteractionContext(parts);
  // As served: usage counts go to SQLite (one commit per /ask), in a folder of its own.
  const config = { ...loaded.config, dataDir: mkdtempSync(join(tmpdir(), 'bench-http-costs-')) };
  const opened = await openBotServices({ config, log: parts.log, engine: engine.engine });
  if (!opened.ok) throw new Error(opened.message);
  const stored = createInteractionContext({ ...parts, config, ...opened.services.context });
  const verify = createSignatureCheck(signer.publicKeyHex);
  const interactions = asks.map(
    (ask) => JSON.parse(ask.body.toString('utf8')) as APIChatInputApplicationCommandInteraction,
  );
  const questions = interactions.map((i) => stringOption(i, 'question') ?? '');
  const answers = await Promise.all(interactions.map((i) => handleInteraction(i, ctx)));
  const costs: Cost[] = [
    {
      step: 'Ed25519 signature check',
      micros: await meanMicros(asks, (a) => verify(a.timestamp, a.body, a.signature)),
    },
    {
      step: 'JSON.parse of the interaction',
      micros: await meanMicros(asks, (a) => JSON.parse(a.body.toString('utf8'))),
    },
    {
      step: 'answer engine: engine.ask',
      micros: await meanMicros(questions, (q) => engine.engine.ask(q)),
    },
    {
      step: 'whole core: handleInteraction (ask + render + fit)',
      micros: await meanMicros(interactions, (i) => handleInteraction(i, ctx)),
    },
    {
      step: 'whole core with usage counts in SQLite (as served)',
      micros: await meanMicros(interactions, (i) => handleInteraction(i, stored)),
    },
    {
      step: 'JSON.stringify of the reply',
      micros: await meanMicros(answers, (a) => JSON.stringify(a)),
    },
  ];
  await opened.services.stop();
  return costs;
}

import type { Answer } from '../answer/answer.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { dayOf } from './day.js';
import { normalizeQuestion } from './normalize-question.js';
import type { Store } from './store.js';

/** What recording needs from a command's context: no user, no server, no channel. */
export interface UsageContext {
  store?: Store;
  config: Pick<Config, 'noGapLog'>;
  clock: () => Date;
  log: Logger;
}

/**
 * Records without ever failing or delaying the reply: a full disk or a database restarting must
 * not stop an answer. The promise never rejects; tests await it, handlers need not.
 */
function safely(
  ctx: UsageContext,
  what: string,
  write: (store: Store) => Promise<void>,
): Promise<void> {
  if (!ctx.store) return Promise.resolve();
  const { store, log } = ctx;
  return Promise.resolve()
    .then(() => write(store))
    .catch((error: unknown) => {
      // The error only: the database's message names the table, never the values bound to it.
      log.warn({ error }, `could not record ${what}`);
    });
}

/** One more request for an entry today (`/explain`, `/define`, `/jurisdiction`, or an answer's top result). */
export function recordTopicRequest(ctx: UsageContext, entryId: string): Promise<void> {
  return safely(ctx, 'a requested topic', (store) =>
    store.usage.recordTopic(entryId, dayOf(ctx.clock())),
  );
}

/**
 * What an `/ask` tells curators: the entry that answered it, as a requested topic; or, with no
 * sourced answer, the question as normalized text and the day, unless NO_GAP_LOG is set.
 */
export function recordAnswerUsage(ctx: UsageContext, answer: Answer): Promise<void> {
  const top = answer.results[0];
  if (answer.status === 'answered' && top) return recordTopicRequest(ctx, top.id);
  if (answer.status !== 'no-answer' || ctx.config.noGapLog) return Promise.resolve();
  const question = normalizeQuestion(answer.query);
  if (!question) return Promise.resolve();
  return safely(ctx, 'an unanswered question', (store) =>
    store.usage.recordUnanswered(question, dayOf(ctx.clock())),
  );
}

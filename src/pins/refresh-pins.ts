import type { AnswerEngine } from '../app/answer-engine.js';
import type { EngineHolder } from '../app/engine-holder.js';
import type { Logger } from '../log.js';
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store.js';
import type { PinnedExplainer } from '../store/pins-table.js';
import { dayOf } from '../store/day.js';
import { isGone, type DiscordActions } from './discord-actions.js';
import { renderPinned } from './render-pinned.js';

export interface RefreshDeps {
  store: Store;
  discord: DiscordActions;
  log: Logger;
  clock: () => Date;
  /** The public web pages: a refreshed pin keeps its link to the entry's page. */
  siteUrl?: string;
  /** Edits in flight at once; discord.js queues each channel's edits and waits out rate limits. */
  concurrency?: number;
}

/** What one pass did, by message id. */
export interface RefreshReport {
  knowledgeVersion: string;
  checked: number;
  unchanged: number;
  updated: string[];
  orphaned: string[];
  failed: string[];
  /** Set when this process left the pass to others: one holds the lease, or it serves older knowledge. */
  skipped?: 'another-process' | 'older-knowledge';
}

const CONCURRENCY = 4;

async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

type Outcome = 'unchanged' | 'updated' | 'orphaned' | 'failed';

async function refreshOne(
  pin: PinnedExplainer,
  engine: AnswerEngine,
  deps: RefreshDeps,
): Promise<Outcome> {
  const { store, discord, log, clock } = deps;
  const now = clock();
  const fresh = renderPinned(engine, pin.topic, {
    updatedOn: dayOf(now),
    language: pin.language,
    ...(deps.siteUrl ? { siteUrl: deps.siteUrl } : {}),
  });
  if (fresh.contentHash === pin.contentHash) return 'unchanged';
  const edited = await discord.editMessage(pin.channelId, pin.messageId, fresh.payload);
  if (edited.ok) {
    await store.pins.markRefreshed(pin.messageId, {
      contentHash: fresh.contentHash,
      knowledgeVersion: engine.knowledge.version,
      at: now.toISOString(),
    });
    return 'updated';
  }
  if (isGone(edited.failure)) {
    await store.pins.markOrphaned(pin.messageId);
    log.info({ messageId: pin.messageId, code: edited.failure.code }, 'pinned explainer is gone');
    return 'orphaned';
  }
  // Missing access, Discord down: left stale, tried again on the next refresh.
  log.warn(
    { messageId: pin.messageId, code: edited.failure.code, status: edited.failure.status },
    'could not update a pinned explainer',
  );
  return 'failed';
}

/**
 * Edits in place every tracked explainer whose topic's content changed, with an "Updated on"
 * line; marks the ones whose message or channel is gone as orphaned. Never throws: one message
 * that fails (or a store error) is reported and the loop goes on.
 */
const emptyReport = (engine: AnswerEngine): RefreshReport => ({
  knowledgeVersion: engine.knowledge.version,
  checked: 0,
  unchanged: 0,
  updated: [],
  orphaned: [],
  failed: [],
});

export async function refreshPins(engine: AnswerEngine, deps: RefreshDeps): Promise<RefreshReport> {
  const report = emptyReport(engine);
  let pins: PinnedExplainer[];
  try {
    pins = (await deps.store.pins.all()).filter((pin) => !pin.orphaned);
  } catch (error) {
    deps.log.error({ error }, 'could not read the pinned explainers');
    return report;
  }
  await eachLimited(pins, deps.concurrency ?? CONCURRENCY, async (pin) => {
    let outcome: Outcome;
    try {
      outcome = await refreshOne(pin, engine, deps);
    } catch (error) {
      deps.log.error({ error, messageId: pin.messageId }, 'refreshing a pinned explainer failed');
      outcome = 'failed';
    }
    report.checked += 1;
    if (outcome === 'unchanged') report.unchanged += 1;
    else report[outcome].push(pin.messageId);
  });
  deps.log.info(
    {
      knowledgeVersion: report.knowledgeVersion,
      checked: report.checked,
      updated: report.updated.length,
      orphaned: report.orphaned.length,
      failed: report.failed.length,
    },
    'pinned explainers refreshed',
  );
  return report;
}

export interface PinRefresher {
  /** Runs a pass over the current engine; callers arriving while one waits to start share it. */
  refresh(): Promise<RefreshReport>;
  /** Cancels a retry that waits for another process's lease. */
  stop(): void;
}

export interface RefresherOptions extends RefreshDeps {
  engines: EngineHolder;
  /** This process, as the lease names it. */
  holder?: string;
  /** How long a lease lasts unless renewed: a process that dies leaves the pass after this. */
  leaseMs?: number;
}

const LEASE = 'pin-refresh';
const LEASE_MS = 30_000;

/**
 * One pass at a time in this process, so two reloads in quick succession never edit the same
 * message twice at once: a request during a pass queues one more pass, which reads the engine when
 * it starts. And one process at a time on a shared store: a pass runs under a lease in the store,
 * renewed while it lasts. A process that finds the lease taken tries again once it would have run
 * out, so if the holder died its work is finished here; pins it already updated are unchanged by
 * then and are not edited again. A process serving older knowledge than the store's leaves pins alone.
 */
export function createPinRefresher(options: RefresherOptions): PinRefresher {
  const { store, clock, log, engines, holder = randomUUID(), leaseMs = LEASE_MS } = options;
  let tail: Promise<unknown> = Promise.resolve();
  let waiting: Promise<RefreshReport> | undefined;
  let retry: NodeJS.Timeout | undefined;
  const take = () => {
    const now = clock().getTime();
    return store.coordination.takeLease(LEASE, holder, now, now + leaseMs);
  };

  async function pass(): Promise<RefreshReport> {
    const engine = engines.current;
    const published = await store.coordination.knowledgeVersion();
    if (published !== undefined && published !== engine.knowledge.version) {
      return { ...emptyReport(engine), skipped: 'older-knowledge' };
    }
    if (!(await take())) {
      clearTimeout(retry);
      retry = setTimeout(() => void refresher.refresh(), leaseMs).unref();
      log.info('another process is refreshing the pinned explainers');
      return { ...emptyReport(engine), skipped: 'another-process' };
    }
    const renew = setInterval(() => {
      take().catch((error: unknown) =>
        log.warn({ error }, 'could not renew the pin refresh lease'),
      );
    }, leaseMs / 3).unref();
    try {
      return await refreshPins(engine, options);
    } finally {
      clearInterval(renew);
      await store.coordination.releaseLease(LEASE, holder).catch(() => undefined);
    }
  }

  const refresher: PinRefresher = {
    refresh() {
      if (waiting) return waiting;
      const run = tail.then(() => {
        waiting = undefined;
        return pass().catch((error: unknown) => {
          log.error({ error }, 'could not coordinate the pin refresh');
          return emptyReport(engines.current);
        });
      });
      waiting = run;
      tail = run.catch(() => undefined);
      return run;
    },
    stop: () => clearTimeout(retry),
  };
  return refresher;
}

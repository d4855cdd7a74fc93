import type { AnswerEngine } from '../app/answer-engine.js';
import { messageLink } from '../interactions/share-memory.js';
import type { PinnedExplainer } from '../store/pins-table.js';
import { renderPinned } from './render-pinned.js';

/**
 * - current: the message shows what the knowledge base says now.
 * - stale: the topic changed and the message has not been edited yet (a refresh is due or failed).
 * - withdrawn: the topic is no longer in the knowledge base.
 * - orphaned: the message or its channel was deleted; the bot no longer tracks it.
 */
export type PinStatus = 'current' | 'stale' | 'withdrawn' | 'orphaned';

export function pinStatus(pin: PinnedExplainer, engine: AnswerEngine): PinStatus {
  if (pin.orphaned) return 'orphaned';
  if (!engine.knowledge.entriesById.has(pin.topic)) return 'withdrawn';
  const { contentHash } = renderPinned(engine, pin.topic, { language: pin.language });
  return contentHash === pin.contentHash ? 'current' : 'stale';
}

/** A tracked explainer as `/explainer list` and `cli pins` show it. */
export interface PinReport extends PinnedExplainer {
  title: string;
  status: PinStatus;
  current: boolean;
  link: string;
}

export function describePin(pin: PinnedExplainer, engine: AnswerEngine): PinReport {
  const status = pinStatus(pin, engine);
  return {
    ...pin,
    title: engine.knowledge.entriesById.get(pin.topic)?.title ?? pin.topic,
    status,
    current: status === 'current',
    link: messageLink(pin.guildId, pin.channelId, pin.messageId),
  };
}

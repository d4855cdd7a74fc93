import type { AnswerEngine } from '../app/answer-engine.js';
import type { Store } from '../store/open-store.js';
import type { PinnedExplainer } from '../store/pins-table.js';
import { isGone, type DiscordActions, type DiscordFailure } from './discord-actions.js';

export interface RemoveRequest {
  guildId: string;
  /** Where the command was run: a topic pinned in several channels means this one first. */
  channelId: string;
  /** A message id (autocomplete fills one in), a message link, or a topic. */
  which: string;
}

export type RemoveOutcome =
  | { kind: 'removed'; pin: PinnedExplainer; wasGone: boolean }
  | { kind: 'not-found'; typed: string }
  | { kind: 'ambiguous'; pins: PinnedExplainer[] }
  | { kind: 'failed'; pin: PinnedExplainer; failure: DiscordFailure };

const MESSAGE_LINK = /^https:\/\/(?:\w+\.)?discord(?:app)?\.com\/channels\/\d+\/\d+\/(\d+)\/?$/;

/** The tracked explainers in a server that `which` names. */
export function findTracked(
  engine: AnswerEngine,
  pins: readonly PinnedExplainer[],
  request: RemoveRequest,
): PinnedExplainer[] {
  const typed = request.which.trim();
  const messageId = MESSAGE_LINK.exec(typed)?.[1] ?? (/^\d+$/.test(typed) ? typed : undefined);
  if (messageId) return pins.filter((pin) => pin.messageId === messageId);
  const topic = engine.find(typed)?.id ?? typed;
  const matching = pins.filter((pin) => pin.topic === topic);
  const here = matching.filter((pin) => pin.channelId === request.channelId);
  return here.length > 0 ? here : matching;
}

/**
 * Unpins one tracked explainer and forgets it. The message itself stays in the channel (people
 * may have replied to it); it is simply no longer pinned or kept current. A message already
 * deleted is forgotten all the same.
 */
export async function removeExplainer(
  deps: { engine: AnswerEngine; store: Store; discord: DiscordActions },
  request: RemoveRequest,
): Promise<RemoveOutcome> {
  const tracked = await deps.store.pins.all(request.guildId);
  const found = findTracked(deps.engine, tracked, request);
  const [pin] = found;
  if (!pin) return { kind: 'not-found', typed: request.which };
  if (found.length > 1) return { kind: 'ambiguous', pins: found };
  if (!pin.orphaned) {
    const unpinned = await deps.discord.unpinMessage(pin.channelId, pin.messageId);
    if (!unpinned.ok && !isGone(unpinned.failure)) {
      return { kind: 'failed', pin, failure: unpinned.failure };
    }
    await deps.store.pins.remove(pin.messageId);
    return { kind: 'removed', pin, wasGone: !unpinned.ok };
  }
  await deps.store.pins.remove(pin.messageId);
  return { kind: 'removed', pin, wasGone: true };
}

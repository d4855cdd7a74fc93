import type { EntryRef } from '../answer/answer.js';
import type { AnswerEngine } from '../app/answer-engine.js';
import { suggestEntries } from '../commands/topic-reply.js';
import type { Language } from '../knowledge/languages.js';
import type { Store } from '../store/open-store.js';
import type { PinnedExplainer } from '../store/pins-table.js';
import {
  DiscordErrorCode,
  type BotPermissions,
  type DiscordActions,
  type DiscordFailure,
} from './discord-actions.js';
import { missingBotPermissions } from './permissions.js';
import { renderPinned } from './render-pinned.js';

export interface PinDeps {
  engine: AnswerEngine;
  store: Store;
  discord: DiscordActions;
  clock: () => Date;
  /** The public web pages: a pinned explainer links to its page. */
  siteUrl?: string;
}

export interface PostRequest {
  guildId: string;
  channelId: string;
  /** The topic as typed: an entry id (autocomplete fills one in), alias or title. */
  topic: string;
  /** The language it is posted, and kept current, in; English by default. */
  language?: Language;
  /** The bot's permissions in that channel when Discord already sent them (`app_permissions`). */
  knownPermissions?: BotPermissions;
}

export type PostOutcome =
  | { kind: 'posted'; pin: PinnedExplainer; title: string }
  | { kind: 'already-pinned'; pin: PinnedExplainer; title: string }
  | { kind: 'unknown-topic'; typed: string; suggestions: EntryRef[] }
  | { kind: 'missing-permissions'; missing: string[] }
  | { kind: 'pin-limit' }
  | { kind: 'failed'; step: 'permissions' | 'post' | 'pin'; failure: DiscordFailure };

/**
 * Posts an explainer publicly in a channel, pins it, and records it so refreshes keep it current.
 * Checks first what can be checked (the topic, a duplicate, the bot's permissions there); a post
 * that cannot be pinned (the channel is at Discord's pin limit) is deleted again, so a failed
 * attempt leaves nothing behind.
 */
export async function postExplainer(deps: PinDeps, request: PostRequest): Promise<PostOutcome> {
  const { engine, store, discord, clock } = deps;
  const { guildId, channelId } = request;
  const entry = engine.find(request.topic);
  if (!entry) {
    return {
      kind: 'unknown-topic',
      typed: request.topic,
      suggestions: suggestEntries(engine, request.topic),
    };
  }
  const { language = 'en' } = request;
  // The same topic in another language is another explainer: a channel may hold both.
  const existing = (await store.pins.all(guildId)).find(
    (pin) =>
      pin.channelId === channelId &&
      pin.topic === entry.id &&
      pin.language === language &&
      !pin.orphaned,
  );
  const { title } = engine.view(entry, language);
  if (existing) return { kind: 'already-pinned', pin: existing, title };

  const permissions =
    request.knownPermissions === undefined
      ? await discord.botPermissions(guildId, channelId)
      : { ok: true as const, value: request.knownPermissions };
  if (!permissions.ok) return { kind: 'failed', step: 'permissions', failure: permissions.failure };
  const missing = missingBotPermissions(permissions.value.permissions, {
    thread: permissions.value.thread,
  });
  if (missing.length > 0) return { kind: 'missing-permissions', missing };

  const rendered = renderPinned(engine, entry.id, {
    language,
    ...(deps.siteUrl ? { siteUrl: deps.siteUrl } : {}),
  });
  const posted = await discord.postMessage(channelId, rendered.payload);
  if (!posted.ok) return { kind: 'failed', step: 'post', failure: posted.failure };
  const messageId = posted.value.id;
  const pinned = await discord.pinMessage(channelId, messageId);
  if (!pinned.ok) {
    await discord.deleteMessage(channelId, messageId);
    return pinned.failure.code === DiscordErrorCode.MaximumPinsReached
      ? { kind: 'pin-limit' }
      : { kind: 'failed', step: 'pin', failure: pinned.failure };
  }
  const pin = {
    guildId,
    channelId,
    messageId,
    topic: entry.id,
    language,
    contentHash: rendered.contentHash,
    knowledgeVersion: engine.knowledge.version,
    postedAt: clock().toISOString(),
  };
  try {
    await store.pins.add(pin);
  } catch (error) {
    // Untracked, it would go stale unseen: take it down again rather than leave it.
    await discord.unpinMessage(channelId, messageId);
    await discord.deleteMessage(channelId, messageId);
    throw error;
  }
  return {
    kind: 'posted',
    pin: { ...pin, refreshedAt: null, orphaned: false },
    title,
  };
}

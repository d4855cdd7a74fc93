import type { SharedPost, SharesTable } from '../store/shared-state.js';

export type { SharedPost } from '../store/shared-state.js';

export interface ShareMemory {
  /** The post of the same thing in the same channel within the de-dup window, if any. */
  recent(channelId: string, key: string, now: Date): Promise<SharedPost | undefined>;
  /**
   * Records a share the bot is about to post, under the interaction that asked for it; or, when
   * another press got there first (on any process), returns that post and records nothing.
   */
  remember(
    channelId: string,
    key: string,
    interactionId: string,
    now: Date,
  ): Promise<SharedPost | undefined>;
  /** Attaches the posted message's link to the share made by `interactionId`. */
  attachLink(interactionId: string, link: string): Promise<void>;
}

const SWEEP_AT = 1000;

/**
 * In-memory: channel + shared thing -> when it was posted and where. Holds no user ids and no
 * question text beyond the share key already public in the channel. For one process with no
 * store; see `storeShareMemory`.
 */
export function createShareMemory(minutes: number): ShareMemory {
  const windowMs = minutes * 60_000;
  const posts = new Map<string, SharedPost>();
  const byInteraction = new Map<string, string>();
  const keyOf = (channelId: string, key: string) => `${channelId}\u0000${key}`;
  const sweep = (nowMs: number) => {
    for (const [key, post] of posts) if (nowMs - post.at >= windowMs) posts.delete(key);
    for (const [id, key] of byInteraction) if (!posts.has(key)) byInteraction.delete(id);
  };
  return {
    async recent(channelId, key, now) {
      if (windowMs <= 0) return undefined;
      const post = posts.get(keyOf(channelId, key));
      return post && now.getTime() - post.at < windowMs ? post : undefined;
    },
    async remember(channelId, key, interactionId, now) {
      if (windowMs <= 0) return undefined;
      if (posts.size >= SWEEP_AT) sweep(now.getTime());
      const mapKey = keyOf(channelId, key);
      const earlier = posts.get(mapKey);
      if (earlier && now.getTime() - earlier.at < windowMs) return earlier;
      posts.set(mapKey, { at: now.getTime() });
      byInteraction.set(interactionId, mapKey);
      return undefined;
    },
    async attachLink(interactionId, link) {
      const mapKey = byInteraction.get(interactionId);
      const post = mapKey === undefined ? undefined : posts.get(mapKey);
      if (post) post.link = link;
      byInteraction.delete(interactionId);
    },
  };
}

/**
 * The shares every process sees, in the store, so two presses on two replicas post one copy. A
 * database that cannot answer lets the share through: a rare duplicate beats a lost share.
 */
export function storeShareMemory(
  minutes: number,
  shares: SharesTable,
  onError: (error: unknown) => void,
): ShareMemory {
  const windowMs = minutes * 60_000;
  let claims = 0;
  const failOpen = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      onError(error);
      return undefined;
    }
  };
  return {
    recent: (channelId, key, now) =>
      windowMs <= 0
        ? Promise.resolve(undefined)
        : failOpen(() => shares.recent(channelId, key, now.getTime() - windowMs)),
    remember: (channelId, key, interactionId, now) =>
      windowMs <= 0
        ? Promise.resolve(undefined)
        : failOpen(async () => {
            const since = now.getTime() - windowMs;
            if (++claims % SWEEP_AT === 0) await shares.sweep(since);
            return shares.claim(channelId, key, interactionId, now.getTime(), since);
          }),
    attachLink: (interactionId, link) => failOpen(() => shares.attachLink(interactionId, link)),
  };
}

/** The address Discord clients open for a message. */
export const messageLink = (guildId: string | undefined, channelId: string, messageId: string) =>
  `https://discord.com/channels/${guildId ?? '@me'}/${channelId}/${messageId}`;

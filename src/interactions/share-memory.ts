/** A public copy posted by "Share to channel", remembered so a repeat can link to it. */
export interface SharedPost {
  /** Milliseconds since the epoch. */
  at: number;
  /** The message's address, once the transport learns its id; absent until then. */
  link?: string;
}

export interface ShareMemory {
  /** The post of the same thing in the same channel within the de-dup window, if any. */
  recent(channelId: string, key: string, now: Date): SharedPost | undefined;
  /** Records a share the bot is about to post, under the interaction that asked for it. */
  remember(channelId: string, key: string, interactionId: string, now: Date): void;
  /** Attaches the posted message's link to the share made by `interactionId`. */
  attachLink(interactionId: string, link: string): void;
}

const SWEEP_AT = 1000;

/**
 * In-memory: channel + shared thing -> when it was posted and where. Holds no user ids and no
 * question text beyond the share key already public in the channel. Each process keeps its own.
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
    recent(channelId, key, now) {
      if (windowMs <= 0) return undefined;
      const post = posts.get(keyOf(channelId, key));
      return post && now.getTime() - post.at < windowMs ? post : undefined;
    },
    remember(channelId, key, interactionId, now) {
      if (windowMs <= 0) return;
      if (posts.size >= SWEEP_AT) sweep(now.getTime());
      const mapKey = keyOf(channelId, key);
      posts.set(mapKey, { at: now.getTime() });
      byInteraction.set(interactionId, mapKey);
    },
    attachLink(interactionId, link) {
      const mapKey = byInteraction.get(interactionId);
      const post = mapKey === undefined ? undefined : posts.get(mapKey);
      if (post) post.link = link;
      byInteraction.delete(interactionId);
    },
  };
}

/** The address Discord clients open for a message. */
export const messageLink = (guildId: string | undefined, channelId: string, messageId: string) =>
  `https://discord.com/channels/${guildId ?? '@me'}/${channelId}/${messageId}`;

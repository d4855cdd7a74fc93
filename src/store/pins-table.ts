import type { Database } from 'better-sqlite3';
import { languages, type Language } from '../knowledge/languages.js';

/** An explainer the bot posted and pinned, and keeps current. Nothing here names a person. */
export interface PinnedExplainer {
  guildId: string;
  channelId: string;
  messageId: string;
  /** The entry id it shows. */
  topic: string;
  /** The language it is shown (and refreshed) in. */
  language: Language;
  /** The hash of the content it shows (see src/pins/render-pinned.ts). */
  contentHash: string;
  /** The knowledge version it was last rendered from. */
  knowledgeVersion: string;
  /** ISO timestamps. */
  postedAt: string;
  refreshedAt: string | null;
  /** The message or its channel is gone: refresh skips it; `/explainer list` says so. */
  orphaned: boolean;
}

export interface PinsTable {
  /** `language` defaults to English. */
  add(
    pin: Omit<PinnedExplainer, 'refreshedAt' | 'orphaned' | 'language'> & { language?: Language },
  ): Promise<void>;
  get(messageId: string): Promise<PinnedExplainer | undefined>;
  /** Every tracked explainer, oldest first; or those of one server. */
  all(guildId?: string): Promise<PinnedExplainer[]>;
  markRefreshed(
    messageId: string,
    update: { contentHash: string; knowledgeVersion: string; at: string },
  ): Promise<void>;
  markOrphaned(messageId: string): Promise<void>;
  /** Forgets one; false when it was not tracked. */
  remove(messageId: string): Promise<boolean>;
}

export interface PinRow {
  message_id: string;
  guild_id: string;
  channel_id: string;
  topic: string;
  language: string;
  content_hash: string;
  knowledge_version: string;
  posted_at: string;
  refreshed_at: string | null;
  orphaned: number;
}

export const toPin = (row: PinRow): PinnedExplainer => ({
  guildId: row.guild_id,
  channelId: row.channel_id,
  messageId: row.message_id,
  topic: row.topic,
  // A language this version does not know (written by a newer one) is shown in English.
  language: languages.find((language) => language === row.language) ?? 'en',
  contentHash: row.content_hash,
  knowledgeVersion: row.knowledge_version,
  postedAt: row.posted_at,
  refreshedAt: row.refreshed_at,
  orphaned: row.orphaned === 1,
});

/** The SQLite implementation. */
export function pinsTable(db: Database): PinsTable {
  const insert = db.prepare(`
    INSERT INTO pinned_explainers
      (message_id, guild_id, channel_id, topic, language, content_hash, knowledge_version, posted_at)
    VALUES (@messageId, @guildId, @channelId, @topic, @language, @contentHash, @knowledgeVersion,
      @postedAt)`);
  const byId = db.prepare('SELECT * FROM pinned_explainers WHERE message_id = ?');
  const every = db.prepare('SELECT * FROM pinned_explainers ORDER BY posted_at, message_id');
  const inGuild = db.prepare(
    'SELECT * FROM pinned_explainers WHERE guild_id = ? ORDER BY posted_at, message_id',
  );
  const refreshed = db.prepare(`
    UPDATE pinned_explainers
    SET content_hash = @contentHash, knowledge_version = @knowledgeVersion, refreshed_at = @at
    WHERE message_id = @messageId`);
  const orphan = db.prepare('UPDATE pinned_explainers SET orphaned = 1 WHERE message_id = ?');
  const forget = db.prepare('DELETE FROM pinned_explainers WHERE message_id = ?');

  return {
    add: async (pin) => void insert.run({ ...pin, language: pin.language ?? 'en' }),
    get: async (messageId) => {
      const row = byId.get(messageId) as PinRow | undefined;
      return row && toPin(row);
    },
    all: async (guildId) =>
      ((guildId === undefined ? every.all() : inGuild.all(guildId)) as PinRow[]).map(toPin),
    markRefreshed: async (messageId, update) => void refreshed.run({ messageId, ...update }),
    markOrphaned: async (messageId) => void orphan.run(messageId),
    remove: async (messageId) => forget.run(messageId).changes > 0,
  };
}

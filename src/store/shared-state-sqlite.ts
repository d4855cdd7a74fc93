import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { CoordinationTable, LimitsTable, SharedPost, SharesTable } from './shared-state.js';

interface ShareRow {
  at: number;
  link: string | null;
}

export const toSharedPost = (row: ShareRow): SharedPost =>
  row.link === null ? { at: Number(row.at) } : { at: Number(row.at), link: row.link };

/** The SQLite implementation: one file that every process on the machine opens. */
export function sharesTable(db: Database): SharesTable {
  const find = db.prepare(`
    SELECT posted_at AS at, link FROM channel_shares
    WHERE channel_id = ? AND share_key = ? AND posted_at > ?`);
  // Takes the row only when it is free, its share is older than the window, or it is this
  // interaction's own (Discord delivering it again).
  const take = db.prepare(`
    INSERT INTO channel_shares (channel_id, share_key, posted_at, interaction_id)
    VALUES (@channelId, @key, @nowMs, @interactionId)
    ON CONFLICT (channel_id, share_key) DO UPDATE
      SET posted_at = excluded.posted_at, interaction_id = excluded.interaction_id, link = NULL
      WHERE channel_shares.posted_at <= @sinceMs
        OR channel_shares.interaction_id = excluded.interaction_id
    RETURNING 1`);
  const link = db.prepare('UPDATE channel_shares SET link = ? WHERE interaction_id = ?');
  const forget = db.prepare('DELETE FROM channel_shares WHERE posted_at < ?');
  const claim = db.transaction(
    (channelId: string, key: string, interactionId: string, nowMs: number, sinceMs: number) => {
      if (take.get({ channelId, key, interactionId, nowMs, sinceMs })) return undefined;
      const row = find.get(channelId, key, sinceMs) as ShareRow | undefined;
      return row && toSharedPost(row);
    },
  );
  return {
    recent: async (channelId, key, sinceMs) => {
      const row = find.get(channelId, key, sinceMs) as ShareRow | undefined;
      return row && toSharedPost(row);
    },
    claim: async (...args) => claim.immediate(...args),
    attachLink: async (interactionId, url) => void link.run(url, interactionId),
    sweep: async (beforeMs) => void forget.run(beforeMs),
  };
}

/** The salt every process hashes people with: made by the first, read by the others. */
export function storedSalt(db: Database): Buffer {
  db.prepare(
    "INSERT INTO store_secrets (name, value) VALUES ('limit_salt', ?) ON CONFLICT DO NOTHING",
  ).run(randomBytes(32).toString('base64'));
  const value = db.prepare("SELECT value FROM store_secrets WHERE name = 'limit_salt'").pluck();
  return Buffer.from(value.get() as string, 'base64');
}

export function limitsTable(db: Database): LimitsTable {
  const take = db.prepare(`
    INSERT INTO person_limits (key, expires_at) VALUES (@key, @untilMs)
    ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at
      WHERE person_limits.expires_at <= @nowMs
    RETURNING 1`);
  const until = db.prepare('SELECT expires_at FROM person_limits WHERE key = ?').pluck();
  const forget = db.prepare('DELETE FROM person_limits WHERE expires_at <= ?');
  const claim = db.transaction((key: string, nowMs: number, untilMs: number) =>
    take.get({ key, nowMs, untilMs })
      ? { ok: true as const }
      : { ok: false as const, untilMs: Number(until.get(key)) },
  );
  return {
    salt: storedSalt(db),
    claim: async (key, nowMs, untilMs) => claim.immediate(key, nowMs, untilMs),
    sweep: async (nowMs) => void forget.run(nowMs),
  };
}

export function coordinationTable(db: Database): CoordinationTable {
  const version = db.prepare('SELECT version FROM knowledge_state WHERE id = 1').pluck();
  const publish = db.prepare(`
    INSERT INTO knowledge_state (id, version, changed_at) VALUES (1, ?, ?)
    ON CONFLICT (id) DO UPDATE SET version = excluded.version, changed_at = excluded.changed_at`);
  const take = db.prepare(`
    INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @untilMs)
    ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
      WHERE leases.holder = excluded.holder OR leases.expires_at <= @nowMs
    RETURNING 1`);
  const release = db.prepare('DELETE FROM leases WHERE name = ? AND holder = ?');
  return {
    knowledgeVersion: async () => (version.get() as string | undefined) ?? undefined,
    publishKnowledgeVersion: async (v, at) => void publish.run(v, at.toISOString()),
    takeLease: async (name, holder, nowMs, untilMs) =>
      take.get({ name, holder, nowMs, untilMs }) !== undefined,
    releaseLease: async (name, holder) => void release.run(name, holder),
  };
}

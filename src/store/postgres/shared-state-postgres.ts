import { randomBytes, randomUUID } from 'node:crypto';
import type { Sql } from 'postgres';
import type { CoordinationTable, LimitsTable, SharesTable } from '../shared-state.js';
import { toSharedPost } from '../shared-state-sqlite.js';
import { retryTransient } from './transient-errors.js';

interface ShareRow {
  at: number;
  link: string | null;
}

/** Every replica's shares: one row per channel and shared thing, taken atomically. */
export function sharesTablePg(sql: Sql): SharesTable {
  const find = async (channelId: string, key: string, sinceMs: number) => {
    const [row] = await sql<ShareRow[]>`
      SELECT posted_at::float8 AS at, link FROM channel_shares
      WHERE channel_id = ${channelId} AND share_key = ${key} AND posted_at > ${sinceMs}`;
    return row && toSharedPost(row);
  };
  return {
    recent: find,
    async claim(channelId, key, interactionId, nowMs, sinceMs) {
      // The row lock of ON CONFLICT makes a concurrent press wait, then see this one's row. The
      // same interaction claiming again (a retry after a lost reply) finds its own claim.
      const taken = await sql`
        INSERT INTO channel_shares (channel_id, share_key, posted_at, interaction_id)
        VALUES (${channelId}, ${key}, ${nowMs}, ${interactionId})
        ON CONFLICT (channel_id, share_key) DO UPDATE
          SET posted_at = excluded.posted_at, interaction_id = excluded.interaction_id, link = NULL
          WHERE channel_shares.posted_at <= ${sinceMs}
            OR channel_shares.interaction_id = excluded.interaction_id
        RETURNING 1`;
      return taken.length > 0 ? undefined : find(channelId, key, sinceMs);
    },
    async attachLink(interactionId, link) {
      await sql`UPDATE channel_shares SET link = ${link} WHERE interaction_id = ${interactionId}`;
    },
    async sweep(beforeMs) {
      await sql`DELETE FROM channel_shares WHERE posted_at < ${beforeMs}`;
    },
  };
}

export async function storedSaltPg(sql: Sql): Promise<Buffer> {
  await sql`INSERT INTO store_secrets (name, value)
    VALUES ('limit_salt', ${randomBytes(32).toString('base64')}) ON CONFLICT DO NOTHING`;
  const [row] = await sql<{ value: string }[]>`
    SELECT value FROM store_secrets WHERE name = 'limit_salt'`;
  return Buffer.from(row?.value ?? '', 'base64');
}

/**
 * Every replica's per-person limits. A claim carries a random id stored with the hold, so a retry
 * after a lost reply finds its own hold and succeeds again rather than being refused by itself.
 */
export function limitsTablePg(
  sql: Sql,
  salt: Buffer,
  budgetMs: number,
  newId: () => string = randomUUID,
): LimitsTable {
  return {
    salt,
    async claim(key, nowMs, untilMs) {
      const claimId = newId();
      const [row] = await retryTransient(
        budgetMs,
        () => sql<{ taken: boolean; until: number }[]>`
          WITH taken AS (
            INSERT INTO person_limits (key, expires_at, claim_id)
            VALUES (${key}, ${untilMs}, ${claimId})
            ON CONFLICT (key) DO UPDATE
              SET expires_at = excluded.expires_at, claim_id = excluded.claim_id
              WHERE person_limits.expires_at <= ${nowMs} OR person_limits.claim_id = ${claimId}
            RETURNING 1)
          SELECT EXISTS (SELECT 1 FROM taken) AS taken,
            (SELECT expires_at::float8 FROM person_limits WHERE key = ${key}) AS until`,
      );
      return row?.taken ? { ok: true } : { ok: false, untilMs: Number(row?.until ?? untilMs) };
    },
    async sweep(nowMs) {
      await retryTransient(
        budgetMs,
        () => sql`DELETE FROM person_limits WHERE expires_at <= ${nowMs}`,
      );
    },
  };
}

export function coordinationTablePg(sql: Sql): CoordinationTable {
  return {
    async knowledgeVersion() {
      const [row] = await sql<{ version: string }[]>`
        SELECT version FROM knowledge_state WHERE id = 1`;
      return row?.version;
    },
    async publishKnowledgeVersion(version, at) {
      await sql`INSERT INTO knowledge_state (id, version, changed_at)
        VALUES (1, ${version}, ${at.toISOString()})
        ON CONFLICT (id) DO UPDATE SET version = excluded.version, changed_at = excluded.changed_at`;
    },
    async takeLease(name, holder, nowMs, untilMs) {
      const taken = await sql`
        INSERT INTO leases (name, holder, expires_at) VALUES (${name}, ${holder}, ${untilMs})
        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
          WHERE leases.holder = excluded.holder OR leases.expires_at <= ${nowMs}
        RETURNING 1`;
      return taken.length > 0;
    },
    async releaseLease(name, holder) {
      await sql`DELETE FROM leases WHERE name = ${name} AND holder = ${holder}`;
    },
  };
}

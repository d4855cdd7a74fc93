import type { Sql } from 'postgres';
import type { FeedbackTable, PassageFeedback } from '../feedback-table.js';
import { toPin, type PinRow, type PinsTable } from '../pins-table.js';
import type { QuestionCount, TopicCount, UsageTables } from '../usage-tables.js';
import type { WriteOnce } from './write-once.js';

/**
 * The PostgreSQL implementations of the tables SQLite also keeps; same SQL where it can be. Counts
 * go through `once`, so a retried write cannot count twice.
 */
export function pinsTablePg(sql: Sql): PinsTable {
  return {
    async add(pin) {
      await sql`INSERT INTO pinned_explainers
        (message_id, guild_id, channel_id, topic, language, content_hash, knowledge_version, posted_at)
        VALUES (${pin.messageId}, ${pin.guildId}, ${pin.channelId}, ${pin.topic},
          ${pin.language ?? 'en'}, ${pin.contentHash}, ${pin.knowledgeVersion}, ${pin.postedAt})`;
    },
    async get(messageId) {
      const [row] = await sql<PinRow[]>`
        SELECT * FROM pinned_explainers WHERE message_id = ${messageId}`;
      return row && toPin(row);
    },
    async all(guildId) {
      const rows = await (guildId === undefined
        ? sql<PinRow[]>`SELECT * FROM pinned_explainers ORDER BY posted_at, message_id`
        : sql<PinRow[]>`SELECT * FROM pinned_explainers WHERE guild_id = ${guildId}
            ORDER BY posted_at, message_id`);
      return rows.map(toPin);
    },
    async markRefreshed(messageId, update) {
      await sql`UPDATE pinned_explainers
        SET content_hash = ${update.contentHash}, knowledge_version = ${update.knowledgeVersion},
          refreshed_at = ${update.at}
        WHERE message_id = ${messageId}`;
    },
    async markOrphaned(messageId) {
      await sql`UPDATE pinned_explainers SET orphaned = 1 WHERE message_id = ${messageId}`;
    },
    async remove(messageId) {
      const result = await sql`DELETE FROM pinned_explainers WHERE message_id = ${messageId}`;
      return result.count > 0;
    },
  };
}

export function feedbackTablePg(sql: Sql, once: WriteOnce): FeedbackTable {
  return {
    async record(passageIds, verdict) {
      const ids = [...new Set(passageIds)];
      if (ids.length === 0) return;
      // One statement, so the whole press counts or none of it does.
      await once(() =>
        verdict === 'helpful'
          ? sql`INSERT INTO passage_feedback (passage_id, helpful)
              SELECT id, 1 FROM unnest(${ids}::text[]) AS id, fresh
              ON CONFLICT (passage_id) DO UPDATE SET helpful = passage_feedback.helpful + 1`
          : sql`INSERT INTO passage_feedback (passage_id, not_helpful)
              SELECT id, 1 FROM unnest(${ids}::text[]) AS id, fresh
              ON CONFLICT (passage_id) DO UPDATE SET not_helpful = passage_feedback.not_helpful + 1`,
      );
    },
    async mostNotHelpful(limit) {
      return [
        ...(await sql<PassageFeedback[]>`
          SELECT passage_id AS "passageId", helpful, not_helpful AS "notHelpful"
          FROM passage_feedback WHERE not_helpful > 0
          ORDER BY not_helpful DESC, helpful ASC, passage_id LIMIT ${limit}`),
      ];
    },
  };
}

export function usageTablesPg(sql: Sql, once: WriteOnce): UsageTables {
  return {
    async recordTopic(topic, day) {
      await once(
        () => sql`INSERT INTO topic_requests (day, topic, count) SELECT ${day}, ${topic}, 1 FROM fresh
          ON CONFLICT (day, topic) DO UPDATE SET count = topic_requests.count + 1`,
      );
    },
    async recordUnanswered(question, day) {
      await once(
        () => sql`INSERT INTO unanswered_questions (day, question, count)
          SELECT ${day}, ${question}, 1 FROM fresh
          ON CONFLICT (day, question) DO UPDATE SET count = unanswered_questions.count + 1`,
      );
    },
    async topTopics(since, limit) {
      return [
        ...(await sql<TopicCount[]>`
          SELECT topic, SUM(count)::int AS count, MAX(day) AS "lastDay" FROM topic_requests
          WHERE day >= ${since} GROUP BY topic
          ORDER BY count DESC, "lastDay" DESC, topic LIMIT ${limit}`),
      ];
    },
    async topUnanswered(since, limit) {
      return [
        ...(await sql<QuestionCount[]>`
          SELECT question, SUM(count)::int AS count, MAX(day) AS "lastDay"
          FROM unanswered_questions WHERE day >= ${since} GROUP BY question
          ORDER BY count DESC, "lastDay" DESC, question LIMIT ${limit}`),
      ];
    },
  };
}

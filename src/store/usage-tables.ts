import type { Database } from 'better-sqlite3';

/** A total over the days since a report's first day. */
export interface DayCount {
  count: number;
  /** The most recent day (YYYY-MM-DD) it was counted. */
  lastDay: string;
}

export type TopicCount = DayCount & { topic: string };
export type QuestionCount = DayCount & { question: string };

export interface UsageTables {
  /** One more request for an entry on `day` (YYYY-MM-DD). */
  recordTopic(topic: string, day: string): Promise<void>;
  /** One more unanswered question on `day`; `question` must already be normalized. */
  recordUnanswered(question: string, day: string): Promise<void>;
  /** The most requested topics since `since` (YYYY-MM-DD, inclusive), most first. */
  topTopics(since: string, limit: number): Promise<TopicCount[]>;
  topUnanswered(since: string, limit: number): Promise<QuestionCount[]>;
}

/**
 * Requested topics and unanswered questions, as counts per day. A day is the finest time kept:
 * no row can be tied to the moment someone asked, and none has a column for who or where.
 */
export function usageTables(db: Database): UsageTables {
  const topic = db.prepare(`
    INSERT INTO topic_requests (day, topic, count) VALUES (?, ?, 1)
    ON CONFLICT (day, topic) DO UPDATE SET count = count + 1`);
  const unanswered = db.prepare(`
    INSERT INTO unanswered_questions (day, question, count) VALUES (?, ?, 1)
    ON CONFLICT (day, question) DO UPDATE SET count = count + 1`);
  const topics = db.prepare(`
    SELECT topic, SUM(count) AS count, MAX(day) AS lastDay FROM topic_requests
    WHERE day >= ? GROUP BY topic ORDER BY count DESC, lastDay DESC, topic LIMIT ?`);
  const questions = db.prepare(`
    SELECT question, SUM(count) AS count, MAX(day) AS lastDay FROM unanswered_questions
    WHERE day >= ? GROUP BY question ORDER BY count DESC, lastDay DESC, question LIMIT ?`);

  return {
    recordTopic: async (name, day) => void topic.run(day, name),
    recordUnanswered: async (question, day) => void unanswered.run(day, question),
    topTopics: async (since, limit) => topics.all(since, limit) as TopicCount[],
    topUnanswered: async (since, limit) => questions.all(since, limit) as QuestionCount[],
  };
}

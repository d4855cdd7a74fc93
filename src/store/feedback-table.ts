import type { Database } from 'better-sqlite3';

export type Verdict = 'helpful' | 'not-helpful';

/** How often answers showing a passage were marked helpful or not. Counts only: never who. */
export interface PassageFeedback {
  passageId: string;
  helpful: number;
  notHelpful: number;
}

export interface FeedbackTable {
  /** Adds one to the verdict's count of each passage, in one transaction. */
  record(passageIds: readonly string[], verdict: Verdict): Promise<void>;
  /** Passages with at least one "not helpful", most first. */
  mostNotHelpful(limit: number): Promise<PassageFeedback[]>;
}

/** The SQLite implementation. */
export function feedbackTable(db: Database): FeedbackTable {
  const helpful = db.prepare(`
    INSERT INTO passage_feedback (passage_id, helpful) VALUES (?, 1)
    ON CONFLICT (passage_id) DO UPDATE SET helpful = helpful + 1`);
  const notHelpful = db.prepare(`
    INSERT INTO passage_feedback (passage_id, not_helpful) VALUES (?, 1)
    ON CONFLICT (passage_id) DO UPDATE SET not_helpful = not_helpful + 1`);
  const worst = db.prepare(`
    SELECT passage_id AS passageId, helpful, not_helpful AS notHelpful FROM passage_feedback
    WHERE not_helpful > 0 ORDER BY not_helpful DESC, helpful ASC, passage_id LIMIT ?`);
  const record = db.transaction((passageIds: readonly string[], verdict: Verdict) => {
    const statement = verdict === 'helpful' ? helpful : notHelpful;
    for (const id of new Set(passageIds)) statement.run(id);
  });

  return {
    record: async (passageIds, verdict) => record(passageIds, verdict),
    mostNotHelpful: async (limit) => worst.all(limit) as PassageFeedback[],
  };
}

/**
 * `npm run --silent cli -- report [--json] [--days N] [--limit N]`: what curators should look at
 * next. Most requested topics and top unanswered questions over the last N days (default 30);
 * passages most often marked "not helpful" (those counts are kept without dates).
 * `report --review [--json]` instead lists entries due for review (see review-report.ts).
 */
import type { AnswerEngine } from '../app/answer-engine.js';
import { dayOf } from '../store/day.js';
import type { Store } from '../store/open-store.js';
import { buildReviewReport, formatReviewReport } from './review-report.js';
import { withStore } from './with-store.js';

export interface CuratorReport {
  database: string;
  /** First and last day covered, YYYY-MM-DD (UTC). */
  since: string;
  until: string;
  days: number;
  requestedTopics: { topic: string; title: string; count: number; lastDay: string }[];
  unansweredQuestions: { question: string; count: number; lastDay: string }[];
  notHelpfulPassages: {
    passage: string;
    entry: string;
    title: string;
    heading?: string;
    notHelpful: number;
    helpful: number;
  }[];
}

export interface ReportOptions {
  days: number;
  limit: number;
  now: Date;
}

const DAY_MS = 86_400_000;

export async function buildReport(
  store: Store,
  engine: AnswerEngine,
  { days, limit, now }: ReportOptions,
): Promise<CuratorReport> {
  const since = dayOf(new Date(now.getTime() - (days - 1) * DAY_MS));
  const { entriesById } = engine.knowledge;
  const passages = new Map(engine.knowledge.passages.map((p) => [p.id, p]));
  const [topics, unanswered, notHelpful] = await Promise.all([
    store.usage.topTopics(since, limit),
    store.usage.topUnanswered(since, limit),
    store.feedback.mostNotHelpful(limit),
  ]);
  return {
    database: store.path,
    since,
    until: dayOf(now),
    days,
    requestedTopics: topics.map((row) => ({
      topic: row.topic,
      title: entriesById.get(row.topic)?.title ?? '(no longer in the knowledge base)',
      count: row.count,
      lastDay: row.lastDay,
    })),
    unansweredQuestions: unanswered,
    notHelpfulPassages: notHelpful.map((row) => {
      const passage = passages.get(row.passageId);
      const entry = passage?.entryId ?? row.passageId.split('#')[0] ?? row.passageId;
      return {
        passage: row.passageId,
        entry,
        title: entriesById.get(entry)?.title ?? '(no longer in the knowledge base)',
        ...(passage?.heading ? { heading: passage.heading } : {}),
        notHelpful: row.notHelpful,
        helpful: row.helpful,
      };
    }),
  };
}

function section(heading: string, lines: string[]): string {
  return [heading, ...(lines.length > 0 ? lines : ['  (nothing recorded yet)'])].join('\n');
}

const count = (n: number) => String(n).padStart(5);

export function formatReport(report: CuratorReport): string {
  return [
    `Curator report, ${report.since} to ${report.until} (${report.days} days)`,
    `Data: ${report.database}`,
    '',
    section(
      'Most requested topics',
      report.requestedTopics.map((t) => `${count(t.count)}  ${t.topic}  ${t.title}`),
    ),
    '',
    section(
      'Top unanswered questions (normalized text)',
      report.unansweredQuestions.map(
        (q) => `${count(q.count)}  ${q.question}  (last ${q.lastDay})`,
      ),
    ),
    '',
    section(
      'Passages most often marked not helpful (all time)',
      report.notHelpfulPassages.map(
        (p) =>
          `${count(p.notHelpful)} not helpful, ${p.helpful} helpful  ${p.passage}  ${p.title}${p.heading ? ` › ${p.heading}` : ''}`,
      ),
    ),
  ].join('\n');
}

/** `--days 7 --limit 20` among the words after `report`; an error message for anything else. */
export function parseReportOptions(
  words: readonly string[],
  now: Date,
): ReportOptions | { error: string } {
  const options: ReportOptions = { days: 30, limit: 10, now };
  for (let i = 0; i < words.length; i += 2) {
    const [flag, value] = [words[i], words[i + 1]];
    const n = Number(value);
    if ((flag !== '--days' && flag !== '--limit') || !Number.isInteger(n) || n < 1 || n > 3650) {
      return { error: `report: unexpected "${words.slice(i).join(' ')}"; use --days N, --limit N` };
    }
    options[flag === '--days' ? 'days' : 'limit'] = n;
  }
  return options;
}

export async function reportCommand(
  engine: AnswerEngine,
  { json, words }: { json: boolean; words: string[] },
): Promise<void> {
  if (words.includes('--review')) {
    if (words.length > 1) {
      console.error('report --review takes no other options (only --json)');
      process.exitCode = 2;
      return;
    }
    // Reads the knowledge only: no data folder is needed, so none is opened.
    const review = buildReviewReport(engine.knowledge, dayOf(new Date()));
    process.stdout.write(`${json ? JSON.stringify(review) : formatReviewReport(review)}\n`);
    return;
  }
  const options = parseReportOptions(words, new Date());
  if ('error' in options) {
    console.error(options.error);
    process.exitCode = 2;
    return;
  }
  await withStore(async (store) => {
    const report = await buildReport(store, engine, options);
    process.stdout.write(`${json ? JSON.stringify(report) : formatReport(report)}\n`);
  });
}

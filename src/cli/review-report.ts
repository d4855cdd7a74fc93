/**
 * `npm run --silent cli -- report --review [--json]`: which entries need a curator's eyes, read
 * from the knowledge alone (no usage data). Entries not checked against their sources for six
 * months; entries resting on sources rated `reported`; sources with no rating yet; superseded
 * entries that a current entry links to under a title that does not say they are old.
 */
import type { Entry, Knowledge } from '../knowledge/knowledge.js';

export interface ReviewReport {
  today: string;
  /** Entries last reviewed before this day are due again (six months before today). */
  dueBefore: string;
  notReviewed: { entry: string; title: string; reviewed: string }[];
  weaklySourced: { entry: string; title: string; sources: string[] }[];
  unratedSources: string[];
  unlabelledSuperseded: { entry: string; related: string; title: string }[];
}

const REVIEW_MONTHS = 6;

/** YYYY-MM-DD six calendar months before `day`; the 31st becomes the last day of a shorter month. */
export function monthsBefore(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  first.setUTCDate(Math.min(date, lastDay.getUTCDate()));
  return first.toISOString().slice(0, 10);
}

/**
 * A related link shows only the other entry's title, so the title is the one place a reader sees
 * that a superseded rule is old: a word such as "old" or "until", or a closed period "2014–2019".
 */
const PAST_IN_TITLE =
  /\b(?:old|former|superseded|replaced|repealed|until|before)\b|\d{4}\s*[–-]\s*\d{4}/i;

const citedSourceIds = (entry: Entry): string[] => [
  ...new Set(entry.passages.flatMap((p) => p.citations.map((c) => c.sourceId))),
];

export function buildReviewReport(knowledge: Knowledge, today: string): ReviewReport {
  const dueBefore = monthsBefore(today, REVIEW_MONTHS);
  const { entries, entriesById, sources } = knowledge;
  const weak = new Set(
    [...sources.values()].filter((s) => s.verification === 'reported').map((s) => s.id),
  );
  return {
    today,
    dueBefore,
    notReviewed: entries
      .filter((e) => e.reviewed < dueBefore)
      .sort((a, b) => a.reviewed.localeCompare(b.reviewed) || a.id.localeCompare(b.id))
      .map((e) => ({ entry: e.id, title: e.title, reviewed: e.reviewed })),
    weaklySourced: entries
      .map((e) => ({
        entry: e.id,
        title: e.title,
        sources: citedSourceIds(e).filter((id) => weak.has(id)),
      }))
      .filter((row) => row.sources.length > 0),
    unratedSources: [...sources.values()]
      .filter((s) => s.verification === undefined)
      .map((s) => s.id),
    unlabelledSuperseded: entries
      .filter((e) => e.status === 'current')
      .flatMap((e) =>
        e.related
          .map((id) => entriesById.get(id))
          .filter((r): r is Entry => r?.status === 'superseded' && !PAST_IN_TITLE.test(r.title))
          .map((r) => ({ entry: e.id, related: r.id, title: r.title })),
      ),
  };
}

function section(heading: string, lines: string[]): string {
  return [heading, ...(lines.length > 0 ? lines : ['  (none)'])].join('\n');
}

export function formatReviewReport(report: ReviewReport): string {
  return [
    `Review report, ${report.today}`,
    '',
    section(
      `Not reviewed for six months (reviewed before ${report.dueBefore})`,
      report.notReviewed.map((r) => `  ${r.reviewed}  ${r.entry}  ${r.title}`),
    ),
    '',
    section(
      'Citing weakly verified sources (verification: reported); say so to readers',
      report.weaklySourced.map((r) => `  ${r.entry}  ${r.title}  (${r.sources.join(', ')})`),
    ),
    '',
    section(
      'Sources with no verification level in sources.yaml',
      report.unratedSources.map((id) => `  ${id}`),
    ),
    '',
    section(
      'Superseded entries linked from current ones under a title that does not say so',
      report.unlabelledSuperseded.map((r) => `  ${r.entry} -> ${r.related}  ${r.title}`),
    ),
  ].join('\n');
}

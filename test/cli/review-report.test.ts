import { describe, expect, it } from 'vitest';
import {
  buildReviewReport,
  formatReviewReport,
  monthsBefore,
} from '../../src/cli/review-report.js';
import { buildKnowledge, type Knowledge } from '../../src/knowledge/knowledge.js';
import * as fixture from '../knowledge/fixture.js';
import type { Override } from '../knowledge/fixture.js';

const { EXPLAINER, GLOSSARY, LAW, ROOT, SOURCES, TODAY, replace, setField } = fixture;

const OLD_RULE = `${ROOT}/law/old-detainer-rule.md`;

function oldRule(title: string): string {
  return [
    '---',
    `title: ${title}`,
    'summary: The rule that applied before the current one.',
    'kind: law',
    'jurisdiction: US',
    'as_of: 2014-01-01',
    'reviewed: 2025-11-27',
    'status: superseded',
    'superseded_by: usc-8-1373',
    '---',
    'Jails once followed a different rule.[^cfr-8-287-7]',
    '',
  ].join('\n');
}

function knowledgeWith(overrides: Record<string, Override>): Knowledge {
  const built = buildKnowledge(fixture.knowledgeFiles(overrides), ROOT, TODAY);
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.knowledge;
}

describe('report --review', () => {
  it('lists entries last reviewed more than six months ago, oldest first', () => {
    const knowledge = knowledgeWith({
      [GLOSSARY]: setField('reviewed', '2025-07-14'),
      [LAW]: setField('reviewed', '2025-03-01'),
      [EXPLAINER]: setField('reviewed', '2025-07-15'),
    });
    const report = buildReviewReport(knowledge, TODAY);
    expect(report.dueBefore).toBe('2025-07-15');
    expect(report.notReviewed.map((r) => [r.entry, r.reviewed])).toEqual([
      ['usc-8-1373', '2025-03-01'],
      ['detainer', '2025-07-14'],
    ]);
  });

  it('lists entries citing a source rated reported, and sources not rated at all', () => {
    const knowledge = knowledgeWith({
      [SOURCES]: replace('  kind: regulation\n', '  kind: regulation\n  verification: reported\n'),
    });
    const report = buildReviewReport(knowledge, TODAY);
    expect(report.weaklySourced).toEqual([
      {
        entry: 'detainers-vs-information-sharing',
        title: 'Detainers vs. information sharing',
        sources: ['cfr-8-287-7'],
      },
      { entry: 'detainer', title: 'What is an ICE detainer?', sources: ['cfr-8-287-7'] },
    ]);
    expect(report.unratedSources).toEqual(['usc-8-1373']);
  });

  it('flags a superseded entry linked from a current one only when its title hides its age', () => {
    const linked = (title: string) =>
      buildReviewReport(
        knowledgeWith({
          [OLD_RULE]: oldRule(title),
          [EXPLAINER]: setField('related', '[detainer, old-detainer-rule]'),
        }),
        TODAY,
      ).unlabelledSuperseded;
    expect(linked('Detainer rule for jails')).toEqual([
      {
        entry: 'detainers-vs-information-sharing',
        related: 'old-detainer-rule',
        title: 'Detainer rule for jails',
      },
    ]);
    expect(linked('The old detainer rule')).toEqual([]);
    expect(linked('Detainer rule for jails, 2014–2019')).toEqual([]);
  });

  it('counts six calendar months back, keeping the day inside shorter months', () => {
    expect(monthsBefore('2026-12-01', 6)).toBe('2026-06-01');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15');
  });

  it('prints each list under its heading, and says so when one is empty', () => {
    const text = formatReviewReport(
      buildReviewReport(knowledgeWith({ [LAW]: setField('reviewed', '2025-03-01') }), TODAY),
    );
    expect(text).toMatch(/^Review report, 2026-01-15\n/);
    expect(text).toMatch(
      /reviewed before 2025-07-15\)\n {2}2025-03-01 {2}usc-8-1373 {2}8 U\.S\.C\. § 1373/,
    );
    expect(text).toMatch(/Citing weakly verified sources[^\n]*\n {2}\(none\)/);
  });
});

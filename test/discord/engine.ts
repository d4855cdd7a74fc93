/** Answer engines for renderer tests, built from the in-memory knowledge fixture. */
import { createAnswerEngine, type AnswerEngine } from '../../src/app/answer-engine.js';
import { buildKnowledge } from '../../src/knowledge/knowledge.js';
import {
  EXPLAINER,
  ROOT,
  TODAY,
  knowledgeFiles,
  replace,
  type Override,
} from '../knowledge/fixture.js';

export const FLAGSHIP = 'detainers-vs-information-sharing';

/** The fixture's flagship with a three-column table, as the real one has: two sides compared. */
export const sideBySide: Record<string, Override> = {
  [EXPLAINER]: replace(
    '| Rule | Asks for |\n| --- | --- |\n| Detainer | holding someone [^cfr-8-287-7:(d)] |\n| Section 1373 | information [^usc-8-1373:(a)] |',
    [
      '## Side by side',
      '',
      '| | Detainers (holding people) | Information sharing (data) |',
      '| --- | --- | --- |',
      '| What it asks | Hold someone up to 48 hours [^cfr-8-287-7:(d)] | Share immigration status [^usc-8-1373:(a)] |',
      '| Legal basis | 8 CFR 287.7 [^cfr-8-287-7] | 8 U.S.C. § 1373 [^usc-8-1373] |',
    ].join('\n'),
  ),
};

export function fixtureEngine(overrides: Record<string, Override> = {}): AnswerEngine {
  const built = buildKnowledge(knowledgeFiles(overrides), ROOT, TODAY);
  if (!built.ok) {
    throw new Error(
      `fixture knowledge fails its checks: ${JSON.stringify(built.problems, null, 2)}`,
    );
  }
  return createAnswerEngine(built.knowledge);
}

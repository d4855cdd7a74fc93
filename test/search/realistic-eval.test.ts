import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeEntries, parseEntryQuestions, summarizeEntries } from '../../src/eval/entry-eval.js';
import { ENTRY_FLOORS } from '../../src/eval/eval-floors.js';
import { shippedEngine } from '../support/engine.js';

const SETS = 'eval';
const files = readdirSync(SETS).filter((f) => f.endsWith('.jsonl'));

describe('questions as people ask them (eval/)', () => {
  it('has sets to measure', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s: the right entry first, in the top three, and no padding', async (file) => {
    const engine = await shippedEngine();
    const questions = parseEntryQuestions(readFileSync(path.join(SETS, file), 'utf8'));
    const summary = summarizeEntries(questions.map((q) => judgeEntries(q, engine.ask(q.q))));
    if (summary.answerable > 0) {
      expect(summary.first).toBeGreaterThanOrEqual(ENTRY_FLOORS.first);
      expect(summary.hitAt3).toBeGreaterThanOrEqual(ENTRY_FLOORS.hitAt3);
    }
    expect(summary.padded).toBeLessThanOrEqual(ENTRY_FLOORS.padded * summary.outOfScope);
  });

  it('names only entries that exist', async () => {
    const engine = await shippedEngine();
    const ids = new Set(engine.knowledge.entries.map((e) => e.id));
    for (const file of files) {
      const unknown = parseEntryQuestions(readFileSync(path.join(SETS, file), 'utf8'))
        .flatMap((q) => q.first)
        .filter((id) => !ids.has(id));
      expect(unknown, file).toEqual([]);
    }
  });
});

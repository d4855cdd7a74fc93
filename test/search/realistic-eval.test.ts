import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeEntries, parseEntryQuestions, summarizeEntries } from '../../src/eval/entry-eval.js';
import { floorsFor, floorsMissed } from '../../src/eval/eval-floors.js';
import { shippedEngine } from '../support/engine.js';

const SETS = 'eval';
const files = readdirSync(SETS).filter((f) => f.endsWith('.jsonl'));

describe('questions as people ask them (eval/)', () => {
  it('has sets to measure', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)(
    '%s: the right entry first, in the top three, today’s rule before old ones, and no padding',
    async (file) => {
      const engine = await shippedEngine();
      const questions = parseEntryQuestions(readFileSync(path.join(SETS, file), 'utf8'));
      const summary = summarizeEntries(questions.map((q) => judgeEntries(q, engine.ask(q.q))));
      expect(floorsMissed(summary, floorsFor(path.basename(file, '.jsonl')))).toEqual([]);
    },
  );

  it('answers Spanish questions in Spanish, and English ones in English', async () => {
    const engine = await shippedEngine();
    const languageOf = (file: string) =>
      parseEntryQuestions(readFileSync(path.join(SETS, file), 'utf8')).map(
        (q) => engine.ask(q.q).language,
      );
    const share = (languages: string[], language: string) =>
      languages.filter((l) => l === language).length / languages.length;
    expect(share(languageOf('spanish.jsonl'), 'es')).toBeGreaterThanOrEqual(0.95);
    expect(share(languageOf('faq-en.jsonl'), 'en')).toBeGreaterThanOrEqual(0.95);
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

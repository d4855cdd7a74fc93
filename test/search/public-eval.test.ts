import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judge, parseEvalQuestions, summarize } from '../../src/eval/retrieval-eval.js';
import { shippedEngine } from '../support/engine.js';

const evalFile = '../shared/eval/questions.jsonl';

describe.skipIf(!existsSync(evalFile))('public retrieval questions', () => {
  it('reach hit@3 of at least 95%', async () => {
    const engine = await shippedEngine();
    const questions = parseEvalQuestions(readFileSync(evalFile, 'utf8'));
    const summary = summarize(questions.map((q) => judge(q, engine.ask(q.q))));
    expect(summary.hitAt3).toBeGreaterThanOrEqual(0.95);
  });
});

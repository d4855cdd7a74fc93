import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { recordAnswerUsage, recordTopicRequest } from '../../src/store/record-usage.js';
import { shippedEngine } from '../support/engine.js';
import { openTestStore } from './temp-store.js';

const DAY = new Date('2026-03-04T23:59:59Z');

function capture() {
  const lines: string[] = [];
  const log = createLogger({
    level: 'debug',
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  });
  return { log, lines };
}

describe('recording what people ask, for curators', () => {
  it('counts the entry that answered an /ask, by day', async () => {
    const engine = await shippedEngine();
    const store = openTestStore();
    const ctx = { store, config: {}, clock: () => DAY, log: capture().log };
    const answer = engine.ask('Does Connecticut honor ICE detainers?');
    await recordAnswerUsage(ctx, answer);
    await recordAnswerUsage(ctx, answer);
    expect(await store.usage.topTopics('2026-03-04', 5)).toEqual([
      { topic: answer.results[0]?.id, count: 2, lastDay: '2026-03-04' },
    ]);
    expect(await store.usage.topUnanswered('2000-01-01', 5)).toEqual([]);
  });

  it('keeps an unanswered question as normalized text and the day, nothing else', async () => {
    const engine = await shippedEngine();
    const store = openTestStore();
    const ctx = { store, config: {}, clock: () => DAY, log: capture().log };
    await recordAnswerUsage(ctx, engine.ask('Best PIZZA recipe, call me at 860-555-1234!'));
    expect(await store.usage.topUnanswered('2026-03-04', 5)).toEqual([
      { question: 'best pizza recipe call me at #', count: 1, lastDay: '2026-03-04' },
    ]);
    expect(await store.usage.topTopics('2000-01-01', 5)).toEqual([]);
  });

  it('records no unanswered question at all with NO_GAP_LOG', async () => {
    const engine = await shippedEngine();
    const store = openTestStore();
    const ctx = {
      store,
      config: { noGapLog: true as const },
      clock: () => DAY,
      log: capture().log,
    };
    await recordAnswerUsage(ctx, engine.ask('best pizza recipe with pineapple'));
    expect(await store.usage.topUnanswered('2000-01-01', 5)).toEqual([]);
  });

  it('never fails the reply when the store cannot write, and logs no question text', async () => {
    const engine = await shippedEngine();
    const store = openTestStore();
    await store.close();
    const { log, lines } = capture();
    const ctx = { store, config: {}, clock: () => DAY, log };
    await expect(
      recordAnswerUsage(ctx, engine.ask('best pizza recipe with pineapple')),
    ).resolves.toBeUndefined();
    await expect(recordTopicRequest(ctx, 'trust-act')).resolves.toBeUndefined();
    expect(lines.join('')).toMatch(/could not record an unanswered question/);
    expect(lines.join('')).not.toMatch(/pizza/);
  });
});

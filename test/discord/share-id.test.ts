import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOM_ID_MAX } from '../../src/discord/limits.js';
import {
  decodeShareId,
  encodeShareId,
  passageKey,
  resolvePassageKeys,
  type ShareTarget,
} from '../../src/discord/share-id.js';

const kebabId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join('-'));

describe('share custom_ids', () => {
  it('names an entry by its id', () => {
    expect(encodeShareId({ kind: 'entry', entryId: 'detainers-vs-information-sharing' })).toBe(
      'share:entry:detainers-vs-information-sharing',
    );
    expect(decodeShareId('share:entry:detainers-vs-information-sharing')).toEqual({
      kind: 'entry',
      entryId: 'detainers-vs-information-sharing',
    });
  });

  it('names an answer by short keys of its passages, which map back to the passage ids', () => {
    const passages = [
      'detainer#1',
      'detainers-vs-information-sharing#12',
      'usc-8-1373#2',
      'other#4',
    ];
    const shown = passages.slice(0, 3);
    const id = encodeShareId({ kind: 'answer', passageKeys: shown.map(passageKey) }) as string;
    expect(id).toMatch(/^share:answer:[\w-]{7}\.[\w-]{7}\.[\w-]{7}$/);
    const target = decodeShareId(id);
    expect(target?.kind).toBe('answer');
    expect(
      resolvePassageKeys(target?.kind === 'answer' ? target.passageKeys : [], passages),
    ).toEqual(shown);
  });

  it('fits five results, the most an answer has, with room to spare', () => {
    const keys = Array.from({ length: 5 }, (_, i) =>
      passageKey(`a-very-long-entry-id-for-testing-purposes-only#${i}`),
    );
    const id = encodeShareId({ kind: 'answer', passageKeys: keys }) as string;
    expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(decodeShareId(id)).toEqual({ kind: 'answer', passageKeys: keys });
  });

  it('has no id for an entry whose id cannot fit in 100 characters', () => {
    expect(encodeShareId({ kind: 'entry', entryId: 'a'.repeat(CUSTOM_ID_MAX) })).toBeUndefined();
    expect(encodeShareId({ kind: 'entry', entryId: 'Not Kebab' })).toBeUndefined();
  });

  it.each([
    '',
    'share',
    'share:entry:',
    'share:entry:Has Spaces',
    'share:entry:a:b',
    'share:answer:short',
    'share:answer:abcdefg..abcdefg',
    'share:poll:abc',
    'feedback:up:abcdefg',
    `share:entry:${'a'.repeat(100)}`,
  ])('refuses a malformed or forged id: %j', (id) => {
    expect(decodeShareId(id)).toBeUndefined();
  });

  it('round-trips any target that can be encoded, always within 100 characters', () => {
    const target: fc.Arbitrary<ShareTarget> = fc.oneof(
      kebabId.map((entryId) => ({ kind: 'entry' as const, entryId })),
      kebabId.map((entryId) => ({ kind: 'sources' as const, entryId })),
      fc
        .array(fc.string(), { minLength: 1, maxLength: 5 })
        .map((ids) => ({ kind: 'answer' as const, passageKeys: ids.map(passageKey) })),
    );
    fc.assert(
      fc.property(target, (t) => {
        const id = encodeShareId(t);
        if (id === undefined) return;
        expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
        expect(decodeShareId(id)).toEqual(t);
      }),
    );
  });

  it('never throws on anything a client sends', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (id) => void decodeShareId(id)));
  });
});

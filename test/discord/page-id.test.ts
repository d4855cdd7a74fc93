import { messagesEn as en } from '../../src/i18n/messages-en.js';
import { describe, expect, it } from 'vitest';
import { CUSTOM_ID_MAX } from '../../src/discord/limits.js';
import { decodePageId, encodePageId, pageButtons } from '../../src/discord/page-id.js';

describe('page custom_ids', () => {
  it('round-trips a page of an entry’s sources', () => {
    const target = {
      kind: 'sources' as const,
      entryId: 'detainers-vs-information-sharing',
      page: 3,
    };
    expect(encodePageId(target)).toBe('page:sources:detainers-vs-information-sharing:3');
    expect(decodePageId('page:sources:detainers-vs-information-sharing:3')).toEqual(target);
  });

  it('has no id for a page it cannot name within 100 characters', () => {
    expect(
      encodePageId({ kind: 'sources', entryId: 'a'.repeat(CUSTOM_ID_MAX), page: 1 }),
    ).toBeUndefined();
    expect(encodePageId({ kind: 'sources', entryId: 'x', page: 0 })).toBeUndefined();
  });

  it.each([
    'page:sources:x:0',
    'page:sources:x:01',
    'page:sources:X:1',
    'page:entry:x:1',
    'page:sources:x:1:2',
    'share:entry:x',
  ])('refuses a malformed or forged id: %j', (id) => expect(decodePageId(id)).toBeUndefined());

  it('offers only the buttons that lead somewhere', () => {
    const labels = (page: number, count: number) =>
      pageButtons(en, { kind: 'sources', entryId: 'x' }, page, count).map((b) => b.label);
    expect(labels(1, 1)).toEqual([]);
    expect(labels(1, 3)).toEqual(['Next ▸']);
    expect(labels(2, 3)).toEqual(['◂ Previous', 'Next ▸']);
    expect(labels(3, 3)).toEqual(['◂ Previous']);
  });
});

import { describe, expect, it } from 'vitest';
import { rememberRecent } from '../../src/search/recent.js';

describe('rememberRecent', () => {
  it('computes a key once while it stays among the most recent', () => {
    const computed: string[] = [];
    const remember = rememberRecent((key) => {
      computed.push(key);
      return { key };
    }, 2);
    const first = remember('a');
    expect(remember('a')).toBe(first);
    remember('b');
    remember('a');
    remember('c'); // evicts b, the least recently used
    remember('a');
    remember('b');
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
  });
});

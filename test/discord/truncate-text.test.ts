import { describe, expect, it } from 'vitest';
import { ELLIPSIS, truncateText } from '../../src/discord/fit.js';

describe('truncateText', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateText('A detainer is a request.', 24)).toBe('A detainer is a request.');
  });

  it('cuts on a word boundary and marks the cut with an ellipsis', () => {
    const cut = truncateText('A detainer is a request from ICE to a jail.', 20);
    expect(cut).toBe('A detainer is a…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it('drops separators left dangling at the cut', () => {
    expect(truncateText('Holding people, sharing data; both matter.', 18)).toBe('Holding people…');
  });

  it('prefers a paragraph boundary near the end of the room', () => {
    const text = `${'First paragraph words. '.repeat(4).trim()}\n\nSecond paragraph goes on and on.`;
    expect(truncateText(text, text.indexOf('\n\n') + 12)).toBe(
      `${text.slice(0, text.indexOf('\n\n'))}…`,
    );
  });

  it('cuts a single long word inside it rather than losing everything', () => {
    expect(truncateText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}${ELLIPSIS}`);
  });

  it('ends with a longer note that says where to read on, still within the limit', () => {
    const note = '… (continued: /sources)';
    const cut = truncateText('word '.repeat(40), 60, note);
    expect(cut.endsWith(note)).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(60);
  });

  it('falls back to a bare ellipsis when the note does not fit', () => {
    expect(truncateText('word '.repeat(10), 5, '… (continued somewhere far away)')).toBe('word…');
  });

  it('never splits an emoji or a letter from its accent', () => {
    const family = '👨‍👩‍👧';
    expect(truncateText(family.repeat(5), 10)).toBe(`${family}${ELLIPSIS}`);
    expect(truncateText('e\u0301'.repeat(10), 6)).toBe(`${'e\u0301'.repeat(2)}${ELLIPSIS}`);
    expect(truncateText('🙂'.repeat(10), 4)).toBe(`🙂${ELLIPSIS}`);
  });

  it('does not cut inside a Markdown link', () => {
    const text =
      'See the rule here: [8 CFR § 287.7 Detainer provisions](https://www.ecfr.gov/x) today';
    expect(truncateText(text, 60)).toBe('See the rule here…');
  });

  it('drops a bold or code marker whose partner was cut off', () => {
    expect(truncateText('A **detainer is a request** from ICE', 22)).toBe('A detainer is a…');
    expect(truncateText('Run `/sources topic:detainer` for more', 24)).toBe('Run /sources…');
  });

  it('never ends on a backslash that would escape the ellipsis', () => {
    const cut = truncateText('a\\*b\\*c\\*d\\*e\\*f\\*g\\*', 6);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(cut).not.toMatch(/(?<!\\)(\\\\)*\\…$/);
  });

  it('handles limits of zero and one', () => {
    expect(truncateText('anything', 0)).toBe('');
    expect(truncateText('anything', 1)).toBe(ELLIPSIS);
  });
});

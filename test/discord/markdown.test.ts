import { describe, expect, it } from 'vitest';
import {
  cleanUserText,
  escapeUserText,
  markdownLink,
  plainUserText,
} from '../../src/discord/markdown.js';

describe('escapeUserText', () => {
  it('keeps @everyone and @here from pinging or looking like a ping', () => {
    expect(escapeUserText('hey @everyone and @here', 100)).toBe(
      'hey @\u200Beveryone and @\u200Bhere',
    );
  });

  it('shows user, role and channel mentions and timestamps as typed, not as pills', () => {
    expect(escapeUserText('<@123> <@&456> <#789> <t:0:R>', 100)).not.toMatch(/(?<!\\)</);
  });

  it('keeps Markdown literal: bold, spoilers, code, masked links, headings', () => {
    const escaped = escapeUserText(
      '# **bold** ||spoiler|| `code` [click](https://evil.example)',
      200,
    );
    expect(escaped).toBe(
      '\\# \\*\\*bold\\*\\* \\|\\|spoiler\\|\\| \\`code\\` \\[click\\]\\(https://evil.example\\)',
    );
  });

  it('removes zero-width and direction-changing characters and keeps text on one line', () => {
    expect(escapeUserText('a\u200Bb\u202Ec\n\nd\te', 100)).toBe('abc d e');
  });

  it('cuts long text on a word boundary without leaving a dangling escape', () => {
    const escaped = escapeUserText('*'.repeat(6000), 80);
    expect(escaped.length).toBeLessThanOrEqual(80);
    expect(escaped).toMatch(/^(\\\*)+…$/);
  });
});

describe('plain user text', () => {
  it('is cleaned but not escaped, for places Discord shows as plain text', () => {
    expect(plainUserText('What is **ICE**?\u200B', 100)).toBe('What is **ICE**?');
    expect(cleanUserText('  lone \uD800 half ')).toBe('lone \uFFFD half');
  });
});

describe('markdownLink', () => {
  it('links a title, escaping brackets in it and parentheses in the address', () => {
    expect(markdownLink('Form [I-247A]', 'https://example.gov/a_(b) c')).toBe(
      '[Form \\[I-247A\\]](https://example.gov/a_%28b%29%20c)',
    );
  });

  it('shows only the title when the address is not a web link', () => {
    expect(markdownLink('Title', 'javascript:alert(1)')).toBe('Title');
    expect(markdownLink('Title', `https://example.gov/${'x'.repeat(600)}`)).toBe('Title');
  });
});

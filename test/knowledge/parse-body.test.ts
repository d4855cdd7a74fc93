import { describe, expect, it } from 'vitest';
import { findCitations, parseBody } from '../../src/knowledge/parse-body.js';

const body = (...lines: string[]) => lines.join('\n');

describe('parseBody', () => {
  it('numbers blocks by their line in the file, from the line the body starts on', () => {
    const { blocks } = parseBody(body('First.[^a]', '', 'Second', 'continues.[^b]'), 10);
    expect(blocks.map((block) => [block.type, block.line, block.markdown])).toEqual([
      ['paragraph', 10, 'First.[^a]'],
      ['paragraph', 12, 'Second continues.[^b]'],
    ]);
  });

  it('gives each citation the line it is written on', () => {
    const { blocks } = parseBody(body('One line', 'then a marker.[^usc-8-1373]'), 5);
    expect(blocks[0]?.citations).toEqual([{ sourceId: 'usc-8-1373', line: 6 }]);
  });

  it('turns headings into the heading of the passages below them, not into passages', () => {
    const { blocks } = parseBody(body('Intro.[^a]', '', '## How long', 'Up to 48 hours.[^b]'));
    expect(blocks.map((block) => [block.line, block.heading])).toEqual([
      [1, undefined],
      [4, 'How long'],
    ]);
  });

  it('reads a block quote without its quote markers', () => {
    const { blocks } = parseBody(body('> Such agency shall', '> maintain custody.[^cfr-8-287-7]'));
    expect(blocks).toEqual([
      {
        type: 'quote',
        line: 1,
        markdown: 'Such agency shall maintain custody.[^cfr-8-287-7]',
        citations: [{ sourceId: 'cfr-8-287-7', line: 2 }],
        parts: [],
      },
    ]);
  });

  it('ends a quote where a line without ">" begins', () => {
    const { blocks } = parseBody(body('> Quoted.[^a]', 'Not quoted.[^b]'));
    expect(blocks.map((block) => [block.type, block.line])).toEqual([
      ['quote', 1],
      ['paragraph', 2],
    ]);
  });

  it('splits a list into items and joins continuation lines to their item', () => {
    const { blocks } = parseBody(
      body('- first item[^a]', '- second item', '  continues here.[^b]', '1. numbered[^c]'),
      20,
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.type).toBe('list');
    expect(blocks[0]?.parts).toEqual([
      { line: 20, markdown: '- first item[^a]', citations: [{ sourceId: 'a', line: 20 }] },
      {
        line: 21,
        markdown: '- second item continues here.[^b]',
        citations: [{ sourceId: 'b', line: 21 }],
      },
      { line: 23, markdown: '1. numbered[^c]', citations: [{ sourceId: 'c', line: 23 }] },
    ]);
  });

  it('splits a table into header and rows, dropping the divider', () => {
    const { blocks } = parseBody(
      body(
        '| Rule | Where |',
        '| :--- | ---: |',
        '| Detainer | jail [^a] |',
        '| 1373 | city [^b] |',
      ),
      3,
    );
    const [table] = blocks;
    expect(table?.type).toBe('table');
    expect(table?.line).toBe(3);
    expect(table?.table).toEqual({
      header: ['Rule', 'Where'],
      rows: [
        ['Detainer', 'jail [^a]'],
        ['1373', 'city [^b]'],
      ],
    });
    expect(table?.parts.map((row) => [row.line, row.citations.map((c) => c.sourceId)])).toEqual([
      [5, ['a']],
      [6, ['b']],
    ]);
  });

  it('reports malformed markers with their line', () => {
    const { blocks, malformedMarkers } = parseBody(body('Fine.[^a]', '', 'Bad.[^Bad Id]'), 7);
    expect(malformedMarkers).toEqual([{ line: 9, marker: '[^Bad Id]' }]);
    expect(blocks[1]?.citations).toEqual([]);
  });

  it('finds no blocks in an empty body', () => {
    expect(parseBody('\n\n')).toEqual({ blocks: [], malformedMarkers: [] });
  });
});

describe('findCitations', () => {
  it('reads a pinpoint after the source id', () => {
    expect(findCitations('Held 48 hours.[^cfr-8-287-7:(d)]', 4).citations).toEqual([
      { sourceId: 'cfr-8-287-7', pinpoint: '(d)', line: 4 },
    ]);
  });

  it('keeps spaces inside a pinpoint', () => {
    expect(findCitations('[^printz-v-united-states-1997:p. 935]', 1).citations).toEqual([
      { sourceId: 'printz-v-united-states-1997', pinpoint: 'p. 935', line: 1 },
    ]);
  });

  it('reads several markers on one line, in order', () => {
    const { citations } = findCitations('Both.[^a] [^b:2]', 1);
    expect(citations.map((c) => c.sourceId)).toEqual(['a', 'b']);
  });

  it.each(['[^Bad Id]', '[^]', '[^usc_8_1373]', '[^-lead]'])(
    'calls %s malformed rather than a citation',
    (marker) => {
      expect(findCitations(`Text.${marker}`, 1)).toEqual({ citations: [], malformed: [marker] });
    },
  );
});

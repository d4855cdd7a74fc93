import MarkdownIt from 'markdown-it';
import type { Passage } from '../knowledge/knowledge.js';
import { html, trusted, type SafeHtml } from './html.js';

/**
 * markdown-it renders the passages' Markdown (links, emphasis, lists), CommonMark-exact, with raw
 * HTML off: a curator's `<script>` shows as text. Its link check refuses `javascript:` targets.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const MARKER = /\[\^([a-z0-9]+(?:-[a-z0-9]+)*)(?::[^\]]*)?\]/g;
/** Stands in for a citation while markdown-it renders: no Markdown syntax, never in knowledge text. */
const PLACEHOLDER = /\u2063CITE(\d+)\u2063/g;

/** `[^source-id]` markers as numbers the reader can follow to the list of sources. */
export type NumberOf = (sourceId: string) => number | undefined;

function withPlaceholders(text: string, numberOf: NumberOf): string {
  return text.replace(MARKER, (_, id: string) => {
    const n = numberOf(id);
    return n === undefined ? '' : `\u2063CITE${n}\u2063`;
  });
}

const citationLinks = (rendered: string) =>
  rendered.replace(
    PLACEHOLDER,
    (_, n: string) => `<a class="cite" href="#source-${n}" aria-label="source ${n}">[${n}]</a>`,
  );

/** One line of Markdown (a table cell, a diagram step) as inline HTML with linked citations. */
export const inlineHtml = (text: string, numberOf: NumberOf): SafeHtml =>
  trusted(citationLinks(markdown.renderInline(withPlaceholders(text, numberOf))));

const blockHtml = (text: string, numberOf: NumberOf): SafeHtml =>
  trusted(citationLinks(markdown.render(withPlaceholders(text, numberOf))));

/**
 * A comparison table: a header row, then one row per point, its first cell naming it. On a narrow
 * screen the stylesheet stacks each row, and every cell shows its column's name (`data-label`).
 */
function tableHtml(table: NonNullable<Passage['table']>, numberOf: NumberOf, caption?: string) {
  const [corner = '', ...columns] = table.header;
  const plain = (cell: string) => cell.replace(MARKER, '');
  return html`<div class="table-wrap">
    <table class="compare">
      ${
        caption
          ? html`<caption>
              ${caption}
            </caption>`
          : ''
      }
      <thead>
        <tr>
          <th scope="col">${inlineHtml(corner, numberOf)}</th>
          ${columns.map((c) => html`<th scope="col">${inlineHtml(c, numberOf)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          ([label = '', ...cells]) =>
            html`<tr>
              <th scope="row">${inlineHtml(label, numberOf)}</th>
              ${cells.map(
                (cell, i) =>
                  html`<td data-label="${plain(columns[i] ?? '')}">
                    ${inlineHtml(cell, numberOf)}
                  </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** A passage as HTML: a paragraph, a list, a quote (after any lead-in), or a table. */
export function passageHtml(passage: Passage, numberOf: NumberOf): SafeHtml {
  if (passage.table) return tableHtml(passage.table, numberOf, passage.heading);
  if (passage.type === 'quote') {
    // A lead-in paragraph joined to its quote comes first, outside the quotation.
    const split = passage.markdown.lastIndexOf('\n\n');
    const leadIn = split < 0 ? '' : passage.markdown.slice(0, split);
    const quote = split < 0 ? passage.markdown : passage.markdown.slice(split + 2);
    return html`${leadIn ? blockHtml(leadIn, numberOf) : ''}
      <blockquote>${blockHtml(quote, numberOf)}</blockquote>`;
  }
  return blockHtml(passage.markdown, numberOf);
}

import { findCitations } from '../knowledge/parse-body.js';
import { markdownToText } from '../knowledge/markdown-text.js';
import type { Diagram } from '../knowledge/schema.js';
import { html, type SafeHtml } from './html.js';
import type { NumberOf } from './passage-html.js';

/**
 * Diagrams drawn as inline SVG from the knowledge's data, one step under the other so that a
 * 360-pixel screen shows them at nearly full size. Every step ends with its citations, each a
 * link to the source it names in the page's list.
 */

const WIDTH = 420;
const LINE = 18;
const LABEL = 20;

/** Words broken into lines of at most `max` characters: SVG text does not wrap on its own. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface StepLayout {
  label: string;
  lines: string[];
  numbers: number[];
  height: number;
}

function layOut(diagram: Diagram, numberOf: NumberOf, width: number): StepLayout[] {
  return diagram.steps.map((step) => {
    const numbers = [
      ...new Set(
        findCitations(step.text, 0)
          .citations.map((c) => numberOf(c.sourceId))
          .filter((n): n is number => n !== undefined),
      ),
    ];
    const lines = wrapWords(markdownToText(step.text), width);
    return { label: step.label, lines, numbers, height: LABEL + (lines.length + 1) * LINE + 16 };
  });
}

/** The lines of one step: its label, its sentence, then `[n]` links to its sources. */
function stepText(step: StepLayout, x: number, y: number): SafeHtml {
  const citeY = y + LABEL + (step.lines.length + 0.5) * LINE;
  return html`<text x="${x}" y="${y + 14}" class="d-label">${step.label}</text>
    <text x="${x}" y="${y + LABEL + 12}" class="d-text"
      >${step.lines.map((line, i) => html`<tspan x="${x}" dy="${i === 0 ? 0 : LINE}">${line}</tspan>`)}</text
    >
    ${step.numbers.map((n, i) => html`<a href="#source-${n}" class="d-cite"><text x="${x + i * 34}" y="${citeY + 4}">[${n}]</text></a>`)}`;
}

function frame(id: string, diagram: Diagram, height: number, body: SafeHtml): SafeHtml {
  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    class="diagram diagram-${diagram.kind}"
    viewBox="0 0 ${WIDTH} ${height}"
    role="group"
    aria-labelledby="${id}-title"
  >
    <title id="${id}-title">${diagram.title}</title>
    ${body}
  </svg>`;
}

/** A rule over time: dates down a line, what held from each date beside it. */
function timeline(id: string, diagram: Diagram, numberOf: NumberOf): SafeHtml {
  const steps = layOut(diagram, numberOf, 46);
  let y = 8;
  const parts = steps.map((step, i) => {
    const top = y;
    y += step.height;
    const line =
      i < steps.length - 1
        ? html`<line x1="16" y1="${top + 12}" x2="16" y2="${y + 12}" class="d-line" />`
        : '';
    return html`<g class="d-step"
      >${line}<circle cx="16" cy="${top + 10}" r="7" class="d-dot" />${stepText(step, 36, top)}</g
    >`;
  });
  return frame(id, diagram, y, html`${parts}`);
}

/** Ways to one place: each channel in a box, an arrow from each to where they all lead. */
function flow(id: string, diagram: Diagram, numberOf: NumberOf): SafeHtml {
  const steps = layOut(diagram, numberOf, 32);
  const boxWidth = 290;
  const targetX = boxWidth + 50;
  let y = 4;
  const boxes = steps.map((step) => {
    const top = y;
    y += step.height + 10;
    const middle = top + step.height / 2;
    return html`<g class="d-step"
      ><rect
        x="2"
        y="${top}"
        width="${boxWidth}"
        height="${step.height}"
        rx="8"
        class="d-box" />${stepText(step, 14, top + 6)}<line
        x1="${boxWidth + 2}"
        y1="${middle}"
        x2="${targetX - 4}"
        y2="${middle}"
        class="d-arrow"
        marker-end="url(#${id}-head)"
    /></g>`;
  });
  const height = y;
  const target = html`<rect
      x="${targetX}"
      y="4"
      width="${WIDTH - targetX - 2}"
      height="${height - 14}"
      rx="8"
      class="d-target"
    /><text x="${(targetX + WIDTH) / 2}" y="${height / 2}" class="d-label" text-anchor="middle"
      >${diagram.to ?? ''}</text
    >`;
  const head = html`<defs
    ><marker
      id="${id}-head"
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth="7"
      markerHeight="7"
      orient="auto"
      ><path d="M0 0 10 5 0 10z" class="d-head" /></marker
  ></defs>`;
  return frame(id, diagram, height, html`${head}${boxes}${target}`);
}

/** The diagram as an SVG figure with its title as caption. */
export function diagramHtml(diagram: Diagram, numberOf: NumberOf, id = 'diagram'): SafeHtml {
  const svg =
    diagram.kind === 'timeline' ? timeline(id, diagram, numberOf) : flow(id, diagram, numberOf);
  return html`<figure class="diagram-figure">
    <figcaption>${diagram.title}</figcaption>
    ${svg}
  </figure>`;
}

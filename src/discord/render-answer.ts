import type { APIEmbed } from 'discord-api-types/v10';
import type { Answer, AnswerResult } from '../answer/answer.js';
import {
  COLOR_SOURCED,
  COLOR_UNSOURCED,
  footerText,
  kindLabel,
  openCommand,
  packLines,
  refLines,
  finishMessage,
  sourceLine,
  sourcesCommand,
} from './embed-parts.js';
import { embedsLength, truncateText } from './fit.js';
import { EMBEDS_TOTAL_MAX } from './limits.js';
import { escapeText, inlineCode, plainUserText } from './markdown.js';
import type { MessagePayload, RenderOptions } from './message-payload.js';
import { withFeedbackButtons } from './feedback-id.js';
import { passageKey, shareRow } from './share-id.js';

/** One embed per result reads well on a phone; an answer never has more than five. */
const RESULTS_SHOWN = 5;

/** Under Discord's 6,000, with room for the fitter's own marks. */
const ANSWER_BUDGET = EMBEDS_TOTAL_MAX - 100;

/** How much of a result to show: lower results give way first when the whole is too long. */
type Detail = 'full' | 'brief' | 'minimal';

const SNIPPET_SHOWN: Record<Detail, number> = { full: 1200, brief: 700, minimal: 240 };
const SOURCES_SHOWN: Record<Detail, number> = { full: 1500, brief: 700, minimal: 300 };

export const EXAMPLE_QUESTIONS = [
  'What is an ICE detainer?',
  'Does Connecticut honor ICE detainers?',
  'What does 8 U.S.C. § 1373 require?',
];

/** A snippet as a quote, so the source's words stand apart from the summary. */
const quote = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

function resultEmbed(result: AnswerResult, detail: Detail): APIEmbed {
  const heading = result.heading ? `**${escapeText(truncateText(result.heading, 120))}**\n` : '';
  const sources = packLines(
    result.sources.map(sourceLine),
    SOURCES_SHOWN[detail],
    sourcesCommand(result.id),
  );
  const about = [
    `As of ${escapeText(truncateText(result.asOf, 30))}`,
    escapeText(kindLabel(result.kind)),
    escapeText(truncateText(result.jurisdiction, 60)),
    `more: ${openCommand(result)}`,
  ].join(' · ');
  return {
    color: COLOR_SOURCED,
    title: escapeText(truncateText(result.title, 200)),
    description: [
      ...(detail === 'full' ? [escapeText(truncateText(result.summary, 600))] : []),
      heading + quote(truncateText(result.snippet, SNIPPET_SHOWN[detail])),
      ...(sources ? [`**Sources**\n${sources}`] : []),
      about,
    ].join('\n\n'),
  };
}

/** The question, on top of the private reply only: a shared copy never shows what was typed. */
function askedBy(answer: Answer, options: RenderOptions): Pick<APIEmbed, 'author'> {
  const question = plainUserText(answer.query, 200);
  return options.sharedBy === undefined && question
    ? { author: { name: `You asked: ${question}` } }
    : {};
}

/** Embeds for every result, trimmed from the lowest result up until they fit together. */
function answeredEmbeds(answer: Answer, options: RenderOptions): APIEmbed[] {
  const results = answer.results.slice(0, RESULTS_SHOWN);
  const details: Detail[] = results.map(() => 'full');
  const build = (shown: number) => {
    const embeds = results.slice(0, shown).map((r, i) => resultEmbed(r, details[i] ?? 'minimal'));
    const hidden = results.length - shown;
    const first = embeds[0];
    const last = embeds.at(-1);
    if (first) Object.assign(first, askedBy(answer, options));
    if (last) {
      const note =
        hidden > 0 ? `${hidden} more result(s) did not fit: ask a narrower question` : undefined;
      last.footer = { text: footerText(answer.knowledgeVersion, note) };
    }
    return embeds;
  };
  // Lower results give way first, to brief then minimal; the best result keeps its summary longest.
  const lower = results
    .map((_, i) => i)
    .slice(1)
    .reverse();
  const steps: [number, Detail][] = [
    ...lower.map((i): [number, Detail] => [i, 'brief']),
    ...lower.map((i): [number, Detail] => [i, 'minimal']),
    [0, 'brief'],
    [0, 'minimal'],
  ];
  let embeds = build(results.length);
  for (const [i, detail] of steps) {
    if (embedsLength(embeds) <= ANSWER_BUDGET) break;
    details[i] = detail;
    embeds = build(results.length);
  }
  for (
    let shown = results.length - 1;
    shown >= 1 && embedsLength(embeds) > ANSWER_BUDGET;
    shown--
  ) {
    embeds = build(shown);
  }
  return embeds;
}

function noAnswerEmbed(answer: Answer, options: RenderOptions): APIEmbed {
  const suggestions = refLines(answer.suggestions.slice(0, 5));
  return {
    ...askedBy(answer, options),
    color: COLOR_UNSOURCED,
    title: 'No sourced answer',
    description: [
      'Nothing in the knowledge base answers this well enough to quote, and this bot does not guess.',
      suggestions.length > 0
        ? `**Closest explainers**\n${suggestions.join('\n')}`
        : `Browse the explainers with ${inlineCode('/explain')}.`,
      `Try other words, or see ${inlineCode('/about')} to suggest a topic or a correction.`,
    ].join('\n\n'),
    footer: { text: footerText(answer.knowledgeVersion) },
  };
}

function emptyQuestionEmbed(answer: Answer): APIEmbed {
  const suggestions = refLines(answer.suggestions.slice(0, 5));
  return {
    color: COLOR_UNSOURCED,
    title: 'Ask a question in words',
    description: [
      `For example:\n${EXAMPLE_QUESTIONS.map((q) => inlineCode(`/ask question: ${q}`)).join('\n')}`,
      ...(suggestions.length > 0 ? [`Or start with an explainer:\n${suggestions.join('\n')}`] : []),
    ].join('\n\n'),
    footer: { text: footerText(answer.knowledgeVersion) },
  };
}

/**
 * An answer as a Discord message: one embed per result with the entry's plain summary, the
 * snippet with its `[n]` citations, the numbered sources as links, and the "as of" date; a
 * not-legal-advice footer. With no sourced answer it says so and offers the closest explainers.
 * The private reply carries a "Share to channel" button; the public copy (`sharedBy`) says who
 * shared it and leaves out the question.
 */
export function renderAnswer(answer: Answer, options: RenderOptions): MessagePayload {
  // The engine hands back the same Answer for a repeated question; its private reply is the same too.
  const privateReply = options.ephemeral && options.sharedBy === undefined;
  const known = privateReply ? privateReplies.get(answer) : undefined;
  if (known) return known;
  const payload = renderAnswerPayload(answer, options);
  if (privateReply) privateReplies.set(answer, payload);
  return payload;
}

const privateReplies = new WeakMap<Answer, MessagePayload>();

function renderAnswerPayload(answer: Answer, options: RenderOptions): MessagePayload {
  const answered = answer.status !== 'empty-question' && answer.results.length > 0;
  const embeds = answered
    ? answeredEmbeds(answer, options)
    : answer.status === 'empty-question'
      ? [emptyQuestionEmbed(answer)]
      : [noAnswerEmbed(answer, options)];
  const passageKeys = answer.results.slice(0, RESULTS_SHOWN).map((r) => passageKey(r.passageId));
  // The private reply only: "Share to channel", then "Helpful" / "Not helpful" (issue 5).
  const share =
    answered && options.ephemeral && options.sharedBy === undefined
      ? withFeedbackButtons(shareRow({ kind: 'answer', passageKeys }), passageKeys)
      : undefined;
  return finishMessage({ embeds, ...(share ? { components: [share] } : {}) }, options);
}

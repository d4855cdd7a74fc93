import type { APIEmbed, APIMessageTopLevelComponent } from 'discord-api-types/v10';
import type {
  Answer,
  AnswerNotice,
  AnswerResult,
  CitedSource,
  EntryRef,
} from '../answer/answer.js';
import { supportingPassages, type SupportingPassage } from '../answer/supporting-passages.js';
import type { Language } from '../knowledge/languages.js';
import { cutAtSentence } from '../search/snippet.js';
import type { Messages } from '../i18n/messages.js';
import {
  COLOR_SOURCED,
  COLOR_UNSOURCED,
  commandCode,
  finishMessage,
  footerText,
  openCommand,
  refLines,
  translationLine,
} from './embed-parts.js';
import { withFeedbackButtons } from './feedback-id.js';
import { truncateText } from './fit.js';
import { escapeText, inlineCode, markdownLink, plainUserText } from './markdown.js';
import { messagesOf, type MessagePayload, type RenderOptions } from './message-payload.js';
import { openEntryRow } from './open-entry-id.js';
import { passageKey, shareRow } from './share-id.js';
import { visibleLength } from './visible-text.js';
import { entryPageLink, withPageLink } from './page-link.js';

/**
 * What a reader on a phone sees of an answer before scrolling: the answer, up to three passages
 * and their sources. Longer replies bury the answer; the rest is one menu choice away.
 */
export const ANSWER_VISIBLE_BUDGET = 1500;

/** How much of each part to show; the fitter tightens step by step until the reply fits. */
interface Detail {
  passages: number;
  firstSnippet: number;
  otherSnippet: number;
  sourceTitle: number;
}

const DETAILS: readonly Detail[] = [
  { passages: 3, firstSnippet: 360, otherSnippet: 240, sourceTitle: 70 },
  { passages: 3, firstSnippet: 300, otherSnippet: 170, sourceTitle: 55 },
  { passages: 2, firstSnippet: 300, otherSnippet: 170, sourceTitle: 55 },
  { passages: 2, firstSnippet: 240, otherSnippet: 140, sourceTitle: 45 },
  { passages: 1, firstSnippet: 240, otherSnippet: 0, sourceTitle: 45 },
];

const quote = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

/** "Old rule": a superseded entry says so before anything else, with the rule in force now. */
function oldRuleLine(m: Messages, result: AnswerResult): string | undefined {
  if (result.status !== 'superseded') return undefined;
  const current = result.supersededBy;
  return current
    ? m.answer.oldRule(
        escapeText(truncateText(current.asOf, 20)),
        escapeText(truncateText(current.title, 120)),
        openCommand(m, current),
      )
    : m.answer.oldRuleNoLonger;
}

function noticeLine(m: Messages, notice: AnswerNotice): string {
  switch (notice.kind) {
    case 'place-not-covered': {
      const where = notice.places.map((p) => escapeText(truncateText(p, 40))).join(', ');
      return m.answer.placeNotCovered(where || m.answer.thatPlace);
    }
    case 'legal-help':
      return m.answer.legalHelp(
        escapeText(truncateText(notice.entry.title, 100)),
        openCommand(m, notice.entry),
      );
  }
}

/** `[1] Title — Publisher, date`, the title a link: compact, since notes belong in `/sources`. */
function compactSource(source: CitedSource, titleMax: number): string {
  const pinpoint = source.pinpoint ? `, ${escapeText(truncateText(source.pinpoint, 30))}` : '';
  return `[${source.number}] ${markdownLink(truncateText(source.title, titleMax), source.url)}${pinpoint} — ${escapeText(truncateText(source.publisher, 40))}, ${escapeText(truncateText(source.date, 20))}`;
}

const CITATION = /\[\d+\]/g;
const HAS_CITATION = /\[\d+\]/;

function passageBlock(
  m: Messages,
  language: Language,
  passage: SupportingPassage,
  index: number,
  detail: Detail,
): string {
  const { result } = passage;
  const max = index === 0 ? detail.firstSnippet : detail.otherSnippet;
  let cut = cutAtSentence(passage.snippet, max, truncateText);
  // A cut never loses the passage's citations: every claim shown stays cited.
  if (!HAS_CITATION.test(cut))
    cut += ` ${[...new Set(passage.snippet.match(CITATION) ?? [])].join('')}`;
  const snippet = quote(cut.trim());
  if (index === 0) return snippet;
  const label = `**${escapeText(truncateText(result.title, 120))}** · ${m.asOfInline(escapeText(truncateText(result.asOf, 20)))}`;
  const translation = translationLine(m, language, result);
  return [label, ...(translation ? [translation] : []), snippet].join('\n');
}

function answeredEmbed(
  m: Messages,
  answer: Answer,
  options: RenderOptions,
  detail: Detail,
): APIEmbed {
  const [lead] = answer.results as [AnswerResult];
  const { passages, sources } = supportingPassages(answer, detail.passages);
  const cited = new Set(
    passages.flatMap((p) => [...p.snippet.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))),
  );
  const oldRule = oldRuleLine(m, lead);
  const translation = translationLine(m, answer.language, lead);
  const question = plainUserText(answer.query, 200);
  return {
    ...(options.sharedBy === undefined && question
      ? { author: { name: m.answer.youAsked(question) } }
      : {}),
    color: COLOR_SOURCED,
    title: escapeText(truncateText(lead.title, 200)),
    description: [
      ...(translation ? [translation] : []),
      ...(oldRule ? [oldRule] : []),
      escapeText(truncateText(lead.summary, 600)),
      passages.map((p, i) => passageBlock(m, answer.language, p, i, detail)).join('\n'),
      `**${m.sourcesHeading}**\n${sources
        .filter((s) => cited.has(s.number))
        .map((s) => compactSource(s, detail.sourceTitle))
        .join('\n')}`,
      ...answer.notices.map((notice) => noticeLine(m, notice)),
    ].join('\n\n'),
    footer: {
      text: footerText(m, answer.knowledgeVersion, m.asOf(truncateText(lead.asOf, 20))),
    },
  };
}

function noAnswerEmbed(m: Messages, answer: Answer, options: RenderOptions): APIEmbed {
  const suggestions = refLines(m, answer.suggestions.slice(0, 5));
  const question = plainUserText(answer.query, 200);
  return {
    ...(options.sharedBy === undefined && question
      ? { author: { name: m.answer.youAsked(question) } }
      : {}),
    color: COLOR_UNSOURCED,
    title: m.answer.noAnswerTitle,
    description: [
      m.answer.noAnswerText,
      ...answer.notices.map((notice) => noticeLine(m, notice)),
      suggestions.length > 0
        ? `${m.answer.closestExplainers}\n${suggestions.join('\n')}`
        : m.answer.browseWith(commandCode(m, 'explain')),
      m.answer.tryOtherWords(commandCode(m, 'about')),
    ].join('\n\n'),
    footer: { text: footerText(m, answer.knowledgeVersion) },
  };
}

function emptyQuestionEmbed(m: Messages, answer: Answer): APIEmbed {
  const suggestions = refLines(m, answer.suggestions.slice(0, 5));
  const ask = `/${m.commands.ask} ${m.options.question}:`;
  return {
    color: COLOR_UNSOURCED,
    title: m.answer.emptyTitle,
    description: [
      `${m.answer.forExample}\n${m.answer.examples.map((q) => inlineCode(`${ask} ${q}`)).join('\n')}`,
      ...(suggestions.length > 0 ? [`${m.answer.orStartWith}\n${suggestions.join('\n')}`] : []),
    ].join('\n\n'),
    footer: { text: footerText(m, answer.knowledgeVersion) },
  };
}

/** The entries a reader may open next: the other results, then what the best one relates to. */
function nextReading(answer: Answer): EntryRef[] {
  const [lead, ...others] = answer.results;
  if (!lead) return [];
  const current = lead.supersededBy ? [lead.supersededBy] : [];
  const help = answer.notices.flatMap((n) => (n.kind === 'legal-help' ? [n.entry] : []));
  return [...current, ...help, ...others, ...lead.related].filter((ref) => ref.id !== lead.id);
}

/**
 * An answer as a Discord message, answer first: the best entry's plain-language summary, then up
 * to three passages as evidence with numbered citations, their sources as links, the "as of"
 * date and the not-legal-advice line; a menu opens related explainers. The private reply carries
 * "Share to channel" and the feedback buttons; the public copy (`sharedBy`) says who shared it
 * and leaves out the question. With no sourced answer it says so, suggesting explainers only
 * when one is close.
 */
export function renderAnswer(answer: Answer, options: RenderOptions): MessagePayload {
  // The engine hands back the same Answer for a repeated question; its private reply is the same too.
  const privateReply = options.ephemeral && options.sharedBy === undefined;
  // Cached per answer, per reader's command language (the two differ only in command hints) and
  // per site linked to (one per process, but a reply must never show another's link).
  const commandLanguage = options.commandLanguage ?? answer.language;
  const key = `${commandLanguage} ${options.siteUrl ?? ''}`;
  let cache = privateReplies.get(key);
  if (!cache) privateReplies.set(key, (cache = new WeakMap()));
  const known = privateReply ? cache.get(answer) : undefined;
  if (known) return known;
  const payload = renderAnswerPayload(messagesOf(answer.language, options), answer, options);
  if (privateReply) cache.set(answer, payload);
  return payload;
}

const privateReplies = new Map<string, WeakMap<Answer, MessagePayload>>();

function renderAnswerPayload(m: Messages, answer: Answer, options: RenderOptions): MessagePayload {
  const answered = answer.status === 'answered' && answer.results.length > 0;
  if (!answered) {
    const embed =
      answer.status === 'empty-question'
        ? emptyQuestionEmbed(m, answer)
        : noAnswerEmbed(m, answer, options);
    return finishMessage(m, { embeds: [embed] }, options);
  }
  const passageKeys = supportingPassages(answer).passages.map((p) =>
    passageKey(p.result.passageId),
  );
  const { language } = answer;
  const buttons =
    options.ephemeral && options.sharedBy === undefined
      ? withFeedbackButtons(
          m,
          shareRow(m, { kind: 'answer', passageKeys, language }),
          passageKeys,
          language,
        )
      : undefined;
  const menu = openEntryRow(m, nextReading(answer), m.answer.relatedMenu, language);
  const components: APIMessageTopLevelComponent[] = [
    ...(buttons ? [buttons] : []),
    ...(menu ? [menu] : []),
  ];
  let payload: MessagePayload = {};
  for (const detail of DETAILS) {
    payload = finishMessage(
      m,
      {
        embeds: [answeredEmbed(m, answer, options, detail)],
        ...(components.length > 0 ? { components } : {}),
      },
      options,
    );
    if (visibleLength(payload) <= ANSWER_VISIBLE_BUDGET) break;
  }
  const best = answer.results[0];
  return best
    ? withPageLink(payload, entryPageLink(options.siteUrl, best.id, best.passageId))
    : payload;
}

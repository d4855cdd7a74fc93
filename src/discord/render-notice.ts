import type { EntryRef } from '../answer/answer.js';
import { refLines } from './embed-parts.js';
import { fitPayload } from './fit.js';
import { escapeUserText, inlineCode } from './markdown.js';
import { ephemeral, type MessagePayload } from './message-payload.js';

/** A short private message: errors, cooldowns, unknown topics. `text` is ours, in Markdown. */
export function renderNotice(text: string): MessagePayload {
  return fitPayload(ephemeral({ content: text }));
}

/** What a person sees when something broke: never silence, never a stack trace. */
export const errorNotice = (): MessagePayload =>
  renderNotice('Sorry, something went wrong on our side. Please try again in a moment.');

export const unknownCommandNotice = (): MessagePayload =>
  renderNotice(
    `Sorry, this bot does not know that command (it may have been renamed). Try ${inlineCode('/ask')} or ${inlineCode('/about')}.`,
  );

export function cooldownNotice(retryAfterSeconds: number): MessagePayload {
  const seconds = Math.max(
    1,
    Math.ceil(Number.isFinite(retryAfterSeconds) ? retryAfterSeconds : 1),
  );
  return renderNotice(
    `You are asking faster than this bot can keep up with. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  );
}

/** The option a command names its topic by: `/explain topic:`, `/define term:`, `/jurisdiction place:`. */
export type TopicOption = 'topic' | 'term' | 'place';

/** A topic nobody has written: what was typed (escaped), some that exist, and `/ask` to search. */
export function unknownTopicNotice(
  typed: string,
  option: TopicOption,
  suggestions: readonly EntryRef[],
): MessagePayload {
  const shown = escapeUserText(typed, 100);
  const lines = refLines(suggestions.slice(0, 5));
  return renderNotice(
    [
      `No ${option} called “${shown}” in the knowledge base.`,
      ...(lines.length > 0 ? [`Perhaps one of these:\n${lines.join('\n')}`] : []),
      `Or search everything with ${inlineCode('/ask')}.`,
    ].join('\n\n'),
  );
}

/** A repeated share: point at the copy already in the channel rather than posting it twice. */
export const alreadySharedNotice = (messageUrl: string): MessagePayload =>
  renderNotice(
    /^https:\/\/\S+$/.test(messageUrl) && messageUrl.length <= 300
      ? `This was shared here a few minutes ago: ${messageUrl}`
      : 'This was shared here a few minutes ago.',
  );

/** A share whose content is gone (the knowledge changed since the reply): ask again instead. */
export const shareUnavailableNotice = (): MessagePayload =>
  renderNotice(
    'That reply can no longer be shared: the knowledge base has changed since. Please ask again.',
  );

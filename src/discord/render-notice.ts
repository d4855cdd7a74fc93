import type { EntryRef } from '../answer/answer.js';
import type { Messages } from '../i18n/messages.js';
import { commandCode, refLines } from './embed-parts.js';
import { fitPayload } from './fit.js';
import { escapeUserText } from './markdown.js';
import { ephemeral, type MessagePayload } from './message-payload.js';

/** A short private message: errors, cooldowns, unknown topics. `text` is ours, in Markdown. */
export function renderNotice(text: string): MessagePayload {
  return fitPayload(ephemeral({ content: text }));
}

/** What a person sees when something broke: never silence, never a stack trace. */
export const errorNotice = (m: Messages): MessagePayload => renderNotice(m.notices.error);

export const unknownCommandNotice = (m: Messages): MessagePayload =>
  renderNotice(m.notices.unknownCommand(commandCode(m, 'ask'), commandCode(m, 'about')));

export function cooldownNotice(m: Messages, retryAfterSeconds: number): MessagePayload {
  const seconds = Math.max(
    1,
    Math.ceil(Number.isFinite(retryAfterSeconds) ? retryAfterSeconds : 1),
  );
  return renderNotice(m.notices.cooldown(seconds));
}

/** The option a command names its topic by: `/explain topic:`, `/define term:`, `/jurisdiction place:`. */
export type TopicOption = 'topic' | 'term' | 'place';

/** A topic nobody has written: what was typed (escaped), some that exist, and `/ask` to search. */
export function unknownTopicNotice(
  m: Messages,
  typed: string,
  option: TopicOption,
  suggestions: readonly EntryRef[],
): MessagePayload {
  const shown = escapeUserText(typed, 100);
  const lines = refLines(m, suggestions.slice(0, 5));
  return renderNotice(
    [
      m.notices.unknownTopic(m.options[option], shown),
      ...(lines.length > 0 ? [`${m.notices.perhaps}\n${lines.join('\n')}`] : []),
      m.notices.searchEverything(commandCode(m, 'ask')),
    ].join('\n\n'),
  );
}

/** A repeated share: point at the copy already in the channel rather than posting it twice. */
export const alreadySharedNotice = (m: Messages, messageUrl: string): MessagePayload =>
  renderNotice(
    /^https:\/\/\S+$/.test(messageUrl) && messageUrl.length <= 300
      ? m.notices.alreadySharedAt(messageUrl)
      : m.notices.alreadyShared,
  );

/** A share whose content is gone (the knowledge changed since the reply): ask again instead. */
export const shareUnavailableNotice = (m: Messages): MessagePayload =>
  renderNotice(m.notices.shareUnavailable);

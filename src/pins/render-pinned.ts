import { createHash } from 'node:crypto';
import type { AnswerEngine } from '../app/answer-engine.js';
import { COLOR_UNSOURCED, commandCode, explainerCode } from '../discord/embed-parts.js';
import { fitPayload } from '../discord/fit.js';
import { inlineCode } from '../discord/markdown.js';
import type { MessagePayload } from '../discord/message-payload.js';
import { renderEntry } from '../discord/render-entry.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import type { Language } from '../knowledge/languages.js';

/** A pinned explainer as it should read now, and the hash that says whether the message does. */
export interface PinnedRender {
  payload: MessagePayload;
  contentHash: string;
}

const hashOf = (payload: MessagePayload) =>
  createHash('sha256').update(JSON.stringify(payload)).digest('hex').slice(0, 16);

/** What a pin of a topic the knowledge base no longer has says, instead of going silently stale. */
function withdrawnPayload(m: Messages, topic: string): MessagePayload {
  const remove = explainerCode(m, 'remove');
  return fitPayload({
    embeds: [
      {
        color: COLOR_UNSOURCED,
        title: m.pinned.withdrawnTitle,
        description: m.pinned.withdrawn(inlineCode(topic), commandCode(m, 'explain'), remove),
      },
    ],
  });
}

/**
 * The public message for a pinned explainer: the entry as `/explain` shows it (without the share
 * button: it is already public), or a "withdrawn" notice when the topic is gone. `updatedOn`
 * (YYYY-MM-DD) adds the line saying it was edited since it was posted. All of it is in `language`,
 * the entry where it is translated (and in English, saying so, where it is not).
 *
 * The hash covers what the message shows except the knowledge version in the footer, which
 * changes with every edit anywhere in the knowledge base: only a change to this topic's rendered
 * content should edit a message in a channel.
 */
export interface PinnedOptions {
  /** YYYY-MM-DD: the message was edited since it was posted. */
  updatedOn?: string;
  language?: Language;
  /** The public web pages: the pinned message links to the entry's page. */
  siteUrl?: string;
}

export function renderPinned(
  engine: AnswerEngine,
  topic: string,
  { updatedOn, language = 'en', siteUrl }: PinnedOptions = {},
): PinnedRender {
  const m = messagesFor(language);
  const entry = engine.knowledge.entriesById.get(topic);
  const view = entry && engine.view(entry, language);
  const payload = view
    ? renderEntry(view, { ephemeral: false, ...(siteUrl ? { siteUrl } : {}) })
    : withdrawnPayload(m, topic);
  // The hash leaves the link out: moving the site must not make every pin look stale.
  const hashed = view
    ? renderEntry({ ...view, knowledgeVersion: '' }, { ephemeral: false })
    : payload;
  const line = updatedOn ? { content: m.pinned.updatedOn(updatedOn) } : {};
  return { payload: { ...payload, ...line }, contentHash: hashOf(hashed) };
}

import {
  InteractionResponseType,
  MessageFlags,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { messagesFor, type Messages } from '../i18n/messages.js';
import type { Language } from '../knowledge/languages.js';

/** A message as an interaction response carries it: plain JSON, the same for every transport. */
export type MessagePayload = APIInteractionResponseCallbackData;

/** How a renderer should present a reply. */
export interface RenderOptions {
  /** Only the person who asked sees it: the default, since people may be asking about themselves. */
  ephemeral: boolean;
  /** Set on the public copy a "Share to channel" press posts: the sharer's user id. */
  sharedBy?: string;
  /**
   * The language of the reader's Discord app, which names the commands a reply suggests
   * (`/explain` or `/explicar`); the reply's own language by default.
   */
  commandLanguage?: Language;
  /** The public web pages (PUBLIC_SITE_URL): the reply then links to the entry's page. */
  siteUrl?: string;
}

/** The catalog a reply in `language` is worded from, with command names for `options`' reader. */
export const messagesOf = (language: Language, options: RenderOptions): Messages =>
  messagesFor(language, options.commandLanguage ?? language);

/** The payload, visible only to the person who triggered the interaction. */
export function ephemeral(payload: MessagePayload): MessagePayload {
  return { ...payload, flags: (payload.flags ?? 0) | MessageFlags.Ephemeral };
}

export const isEphemeral = (payload: MessagePayload): boolean =>
  ((payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/** Applies `options.ephemeral` to a payload. */
export const withVisibility = (payload: MessagePayload, options: RenderOptions): MessagePayload =>
  options.ephemeral ? ephemeral(payload) : payload;

/**
 * The payload as an edit sends it. Whether a message is ephemeral is fixed when it is created,
 * and Discord refuses an edit that sets that flag, so an edit carries no flags at all.
 */
export function withoutFlags(payload: MessagePayload): MessagePayload {
  const edit = { ...payload };
  delete edit.flags;
  return edit;
}

/** A new message as the reply to an interaction (type 4). */
export const messageResponse = (data: MessagePayload): APIInteractionResponse => ({
  type: InteractionResponseType.ChannelMessageWithSource,
  data,
});

/** An update of the message whose button was pressed (type 7): an edit, so without flags. */
export const updateResponse = (data: MessagePayload): APIInteractionResponse => ({
  type: InteractionResponseType.UpdateMessage,
  data: withoutFlags(data),
});

import { MessageFlags, type APIInteractionResponseCallbackData } from 'discord-api-types/v10';

/** A message as an interaction response carries it: plain JSON, the same for every transport. */
export type MessagePayload = APIInteractionResponseCallbackData;

/** How a renderer should present a reply. */
export interface RenderOptions {
  /** Only the person who asked sees it: the default, since people may be asking about themselves. */
  ephemeral: boolean;
  /** Set on the public copy a "Share to channel" press posts: the sharer's display name. */
  sharedBy?: string;
}

/** The payload, visible only to the person who triggered the interaction. */
export function ephemeral(payload: MessagePayload): MessagePayload {
  return { ...payload, flags: (payload.flags ?? 0) | MessageFlags.Ephemeral };
}

export const isEphemeral = (payload: MessagePayload): boolean =>
  ((payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/** Applies `options.ephemeral` to a payload. */
export const withVisibility = (payload: MessagePayload, options: RenderOptions): MessagePayload =>
  options.ephemeral ? ephemeral(payload) : payload;

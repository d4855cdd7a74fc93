import {
  ComponentType,
  type APIInteractionResponse,
  type APIMessageComponentInteraction,
} from 'discord-api-types/v10';
import { commandCode } from '../discord/embed-parts.js';
import { messageResponse } from '../discord/message-payload.js';
import { decodeOpenEntryId, decodeOpenEntryValue } from '../discord/open-entry-id.js';
import { messagesFor } from '../i18n/messages.js';
import { renderEntry } from '../discord/render-entry.js';
import { renderNotice } from '../discord/render-notice.js';
import type { InteractionContext } from './interaction-context.js';
import { privateFor, readerOf } from './reader.js';

/**
 * "Open a related explainer": the chosen entry, as a new private message to whoever chose it, so
 * the menu on a shared copy serves everyone in the channel without posting anything.
 */
export function runOpenEntry(
  interaction: APIMessageComponentInteraction,
  ctx: InteractionContext,
): APIInteractionResponse {
  const chosen =
    interaction.data.component_type === ComponentType.StringSelect
      ? decodeOpenEntryValue(interaction.data.values[0])
      : undefined;
  const entry = chosen === undefined ? undefined : ctx.engine.knowledge.entriesById.get(chosen);
  const reader = readerOf(interaction);
  // The menu's reply's language (anyone may use the menu on a shared copy; it reads as the copy).
  const language = decodeOpenEntryId(interaction.data.custom_id) ?? reader.language;
  if (!entry) {
    const m = messagesFor(language, reader.language);
    return messageResponse(renderNotice(m.notices.entryGone(commandCode(m, 'explain'))));
  }
  return messageResponse(renderEntry(ctx.engine.view(entry, language), privateFor(reader)));
}

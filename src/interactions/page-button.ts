import type { APIInteractionResponse, APIMessageComponentInteraction } from 'discord-api-types/v10';
import { commandCode } from '../discord/embed-parts.js';
import { messagesFor } from '../i18n/messages.js';
import { messageResponse, updateResponse } from '../discord/message-payload.js';
import { decodePageId } from '../discord/page-id.js';
import { renderNotice } from '../discord/render-notice.js';
import { renderSources } from '../discord/render-sources.js';
import type { InteractionContext } from './interaction-context.js';
import { privateFor, readerOf } from './reader.js';

/**
 * "◂ Previous" / "Next ▸" on a private `/sources` reply: the same message, updated in place
 * (type 7) to show the page the button names, rendered from the knowledge served now.
 */
export function runPage(
  interaction: APIMessageComponentInteraction,
  ctx: InteractionContext,
): APIInteractionResponse {
  const target = decodePageId(interaction.data.custom_id);
  const entry = target && ctx.engine.knowledge.entriesById.get(target.entryId);
  const reader = readerOf(interaction);
  const language = target?.language ?? 'en';
  if (!target || !entry) {
    const m = messagesFor(target ? language : reader.language, reader.language);
    return messageResponse(renderNotice(m.notices.listGone(commandCode(m, 'sources'))));
  }
  return updateResponse(
    renderSources(ctx.engine.view(entry, language), { ...privateFor(reader), page: target.page }),
  );
}

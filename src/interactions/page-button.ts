import type { APIInteractionResponse, APIMessageComponentInteraction } from 'discord-api-types/v10';
import { inlineCode } from '../discord/markdown.js';
import { messageResponse, updateResponse } from '../discord/message-payload.js';
import { decodePageId } from '../discord/page-id.js';
import { renderNotice } from '../discord/render-notice.js';
import { renderSources } from '../discord/render-sources.js';
import type { InteractionContext } from './interaction-context.js';

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
  if (!target || !entry) {
    return messageResponse(
      renderNotice(
        `That list is no longer in the knowledge base. Try ${inlineCode('/sources')} again.`,
      ),
    );
  }
  return updateResponse(
    renderSources(ctx.engine.view(entry), { ephemeral: true, page: target.page }),
  );
}

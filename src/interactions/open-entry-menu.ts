import {
  ComponentType,
  type APIInteractionResponse,
  type APIMessageComponentInteraction,
} from 'discord-api-types/v10';
import { inlineCode } from '../discord/markdown.js';
import { messageResponse } from '../discord/message-payload.js';
import { decodeOpenEntryValue } from '../discord/open-entry-id.js';
import { renderEntry } from '../discord/render-entry.js';
import { renderNotice } from '../discord/render-notice.js';
import type { InteractionContext } from './interaction-context.js';

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
  if (!entry) {
    return messageResponse(
      renderNotice(
        `That explainer is no longer in the knowledge base. Browse them with ${inlineCode('/explain')}.`,
      ),
    );
  }
  return messageResponse(renderEntry(ctx.engine.view(entry), { ephemeral: true }));
}

import type { APIInteractionResponse, APIMessageComponentInteraction } from 'discord-api-types/v10';
import { isFeedbackId } from '../discord/feedback-id.js';
import { isPageId } from '../discord/page-id.js';
import { isOpenEntryId } from '../discord/open-entry-id.js';
import { isShareId } from '../discord/share-id.js';
import { runFeedback } from './feedback-button.js';
import type { InteractionContext } from './interaction-context.js';
import { runOpenEntry } from './open-entry-menu.js';
import { runPage } from './page-button.js';
import { runShare } from './share-button.js';

export interface ComponentRoute {
  /** Whether a custom_id is this button's: each kind has its own prefix (`share:`, `page:` …). */
  accepts(customId: string): boolean;
  run(
    interaction: APIMessageComponentInteraction,
    ctx: InteractionContext,
  ): APIInteractionResponse | Promise<APIInteractionResponse>;
}

/** Every button and menu the bot puts on a message, and what using it runs. */
const ROUTES: readonly ComponentRoute[] = [
  { accepts: isShareId, run: runShare },
  { accepts: isFeedbackId, run: runFeedback },
  { accepts: isPageId, run: runPage },
  { accepts: isOpenEntryId, run: runOpenEntry },
];

/** The route for a pressed button or chosen menu item, or undefined for one the bot no longer knows. */
export const componentRouteFor = (customId: string): ComponentRoute | undefined =>
  ROUTES.find((route) => route.accepts(customId));

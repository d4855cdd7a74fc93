import {
  InteractionResponseType,
  type APIInteractionResponse,
  type APIMessageComponentInteraction,
} from 'discord-api-types/v10';
import { decodeFeedbackId, markFeedbackGiven } from '../discord/feedback-id.js';
import { renderNotice } from '../discord/render-notice.js';
import { resolvePassageKeys } from '../discord/share-id.js';
import type { InteractionContext } from './interaction-context.js';
import { messagesFor } from '../i18n/messages.js';
import { userIdOf } from './options.js';
import { readerOf } from './reader.js';
import { servedPassageIds } from './served-passages.js';

/**
 * A "Helpful" / "Not helpful" press: one more count for the answer's top passage, once per person
 * per passage per day (see `VoteMemory`), and nothing about who pressed. The reply updates the
 * message (type 7) so both buttons are disabled: one answer, one verdict.
 */
export async function runFeedback(
  interaction: APIMessageComponentInteraction,
  ctx: InteractionContext,
): Promise<APIInteractionResponse> {
  const customId = interaction.data.custom_id;
  const target = decodeFeedbackId(customId);
  // The answer's language, which its buttons are labelled in; else the presser's app's.
  const m = messagesFor(target?.language ?? readerOf(interaction).language);
  if (!target) {
    return {
      type: InteractionResponseType.ChannelMessageWithSource,
      data: renderNotice(m.notices.feedbackGone),
    };
  }
  // Resolved against the knowledge served now: a key from before a reload may name nothing.
  const [passageId] = resolvePassageKeys([target.passageKey], servedPassageIds(ctx.engine));
  const userId = userIdOf(interaction);
  const counts =
    passageId !== undefined &&
    userId !== undefined &&
    (await ctx.votes.firstToday(userId, passageId, ctx.clock()));
  if (ctx.store && counts) {
    try {
      // Awaited: the "Thanks" is sent only once the count is kept.
      await ctx.store.feedback.record([passageId], target.verdict);
    } catch (error) {
      ctx.log.warn({ error }, 'could not record feedback');
    }
  }
  const components = interaction.message?.components;
  if (!components || components.length === 0) {
    return {
      type: InteractionResponseType.ChannelMessageWithSource,
      data: renderNotice(m.notices.feedbackThanks),
    };
  }
  return {
    type: InteractionResponseType.UpdateMessage,
    data: { components: markFeedbackGiven(m, components, customId) },
  };
}

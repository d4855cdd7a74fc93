import type { APIInteractionResponse, APIMessageComponentInteraction } from 'discord-api-types/v10';
import { messageResponse } from '../discord/message-payload.js';
import { alreadySharedNotice, shareUnavailableNotice } from '../discord/render-notice.js';
import { decodeShareId } from '../discord/share-id.js';
import { cooldownBlock } from './cooldown-block.js';
import type { InteractionContext } from './interaction-context.js';
import { userIdOf } from './options.js';
import { messagesForReader } from './reader.js';
import { renderSharedCopy } from './shared-copy.js';

/**
 * "Share to channel": a public copy marked with who shared it, unless the same thing was shared
 * in this channel within the de-dup window, in which case a private pointer to that post.
 */
export async function runShare(
  interaction: APIMessageComponentInteraction,
  ctx: InteractionContext,
): Promise<APIInteractionResponse> {
  const customId = interaction.data.custom_id;
  const target = decodeShareId(customId);
  const m = messagesForReader(interaction);
  if (!target) return messageResponse(shareUnavailableNotice(m));
  const channelId = interaction.channel?.id ?? interaction.channel_id;
  const now = ctx.clock();
  const earlier =
    channelId === undefined ? undefined : await ctx.shares.recent(channelId, customId, now);
  if (earlier) return messageResponse(alreadySharedNotice(m, earlier.link ?? ''));
  const blocked = await cooldownBlock(interaction, ctx, 'share');
  if (blocked) return blocked;
  const copy = renderSharedCopy(ctx.engine, target, userIdOf(interaction) ?? '');
  if (!copy) return messageResponse(shareUnavailableNotice(m));
  // Claimed only now, atomically: a press on another process in between wins, and this one links to it.
  const first =
    channelId === undefined
      ? undefined
      : await ctx.shares.remember(channelId, customId, interaction.id, now);
  return messageResponse(first ? alreadySharedNotice(m, first.link ?? '') : copy);
}

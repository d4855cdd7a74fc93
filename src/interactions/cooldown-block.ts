import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import { messageResponse } from '../discord/message-payload.js';
import { cooldownNotice } from '../discord/render-notice.js';
import type { InteractionContext } from './interaction-context.js';
import { messagesForReader } from './reader.js';
import { userIdOf } from './options.js';

/** Lets a person's action through, or answers with the friendly message saying how long to wait. */
export async function cooldownBlock(
  interaction: APIInteraction,
  ctx: InteractionContext,
  bucket = 'command',
): Promise<APIInteractionResponse | undefined> {
  const userId = userIdOf(interaction);
  if (userId === undefined) return undefined;
  const verdict = await ctx.cooldown.take(userId, ctx.clock(), bucket);
  return verdict.ok
    ? undefined
    : messageResponse(cooldownNotice(messagesForReader(interaction), verdict.retryAfterSeconds));
}

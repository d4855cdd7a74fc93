import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import { deferralAtOnce, deferralFor, nextTurn, readyWithin } from '../interactions/deferral.js';
import { handleInteraction } from '../interactions/handle-interaction.js';
import type { InteractionContext } from '../interactions/interaction-context.js';

export interface TimelyAnswer {
  /** What to send as the HTTP response now. */
  now: APIInteractionResponse;
  /** When `now` is a deferral: the real response, to send through the interaction webhook. */
  later?: Promise<APIInteractionResponse>;
}

/**
 * Runs the transport-neutral core with Discord's three-second deadline in mind: an answer ready
 * within `deferAfterMs` is the response itself; a slower one is deferred at once (see
 * `deferralFor`) and handed back as `later`. Autocomplete and PING cannot be deferred, so they
 * are always awaited.
 */
export async function answerInTime(
  interaction: APIInteraction,
  ctx: InteractionContext,
  deferAfterMs: number,
): Promise<TimelyAnswer> {
  const atOnce = deferralAtOnce(interaction, ctx.commands);
  if (atOnce) return { now: atOnce, later: nextTurn(() => handleInteraction(interaction, ctx)) };
  const work = handleInteraction(interaction, ctx);
  const first = await readyWithin(work, deferAfterMs);
  if (first) return { now: first };
  const deferral = deferralFor(interaction);
  return deferral ? { now: deferral, later: work } : { now: await work };
}

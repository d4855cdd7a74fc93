import type { APIInteraction } from 'discord-api-types/v10';
import { validateResponse } from '../../src/discord/validate-payload.js';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import { handleInteraction } from '../../src/interactions/handle-interaction.js';
import { testContext } from '../interactions/context.js';
import { messageOf } from '../interactions/responses.js';

/** Runs one interaction through the real core and returns its message, checked against Discord's limits. */
export async function reply(
  interaction: APIInteraction,
  env?: Record<string, string>,
): Promise<MessagePayload> {
  const { ctx } = await testContext(env ? { env } : {});
  const response = await handleInteraction(interaction, ctx);
  const problems = validateResponse(response);
  if (problems.length > 0) throw new Error(`reply breaks Discord limits:\n${problems.join('\n')}`);
  return messageOf(response);
}

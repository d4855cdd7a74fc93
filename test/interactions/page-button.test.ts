import { describe, expect, it } from 'vitest';
import { ComponentType, InteractionResponseType, type APIMessage } from 'discord-api-types/v10';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import { validateResponse } from '../../src/discord/validate-payload.js';
import {
  buildButtonInteraction,
  buildSlashInteraction,
} from '../../src/interactions/build-interaction.js';
import { handleInteraction } from '../../src/interactions/handle-interaction.js';
import { testContext } from './context.js';
import { messageOf, textOf } from './responses.js';

const FLAGSHIP = 'detainers-vs-information-sharing';

const buttonsOf = (message: MessagePayload) =>
  (message.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow ? row.components : [],
  );
const labelled = (message: MessagePayload, label: string) => {
  const button = buttonsOf(message).find((b) => 'label' in b && b.label === label);
  return button && 'custom_id' in button ? button.custom_id : undefined;
};

/** Presses a button on `message` as Discord sends the press: with the message it is on. */
function press(customId: string, message: MessagePayload) {
  const interaction = buildButtonInteraction(customId);
  interaction.message = {
    ...interaction.message,
    components: message.components as APIMessage['components'],
  };
  return interaction;
}

describe('the /sources page buttons', () => {
  it('"Next ▸" updates the same private message to page 2, and "◂ Previous" goes back', async () => {
    const { ctx } = await testContext();
    const first = messageOf(
      await handleInteraction(buildSlashInteraction('sources', { topic: FLAGSHIP }), ctx),
    );
    expect(first.embeds?.[0]?.footer?.text).toMatch(/page 1 of (\d+)/);
    const next = labelled(first, 'Next ▸') ?? '';

    const turned = await handleInteraction(press(next, first), ctx);
    expect(turned.type).toBe(InteractionResponseType.UpdateMessage);
    expect(validateResponse(turned)).toEqual([]);
    const second = turned.type === InteractionResponseType.UpdateMessage ? turned.data : undefined;
    // An update edits the private reply: it may not set flags, and keeps the reply private.
    expect(second).not.toHaveProperty('flags');
    expect(second?.embeds?.[0]?.footer?.text).toMatch(/page 2 of \d+/);
    expect(textOf(second ?? {})).not.toEqual(textOf(first));

    const back = await handleInteraction(
      press(labelled(second ?? {}, '◂ Previous') ?? '', second ?? {}),
      ctx,
    );
    const again = back.type === InteractionResponseType.UpdateMessage ? back.data : undefined;
    expect(again?.embeds).toEqual(first.embeds);
  });

  it('says privately when the topic it pages through is gone', async () => {
    const { ctx } = await testContext();
    const response = await handleInteraction(
      buildButtonInteraction('page:sources:no-such-topic:2'),
      ctx,
    );
    expect(textOf(messageOf(response))).toMatch(/no longer in the knowledge base/);
  });
});

import { ComponentType, InteractionResponseType, type APIMessage } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { passageKey } from '../../src/discord/share-id.js';
import { validateResponse } from '../../src/discord/validate-payload.js';
import {
  buildButtonInteraction,
  buildSlashInteraction,
} from '../../src/interactions/build-interaction.js';
import { handleInteraction } from '../../src/interactions/handle-interaction.js';
import { createInteractionContext } from '../../src/interactions/interaction-context.js';
import { silentLogger } from '../../src/log.js';
import type { Store } from '../../src/store/open-store.js';
import { openTestStore } from '../store/temp-store.js';
import { shippedEngine } from '../support/engine.js';
import { realCommands, testConfig } from './context.js';
import { messageOf, textOf } from './responses.js';

async function context(store?: Store, clock = () => new Date('2026-01-15T12:00:00Z')) {
  return createInteractionContext({
    engine: await shippedEngine(),
    config: testConfig(),
    log: silentLogger(),
    commands: await realCommands(),
    clock,
    ...(store ? { store } : {}),
  });
}

const QUESTION = 'Does Connecticut honor ICE detainers?';

/** Asks, then presses one of the reply's buttons on the reply itself, as Discord sends it. */
async function askThenPress(label: string, store?: Store) {
  const ctx = await context(store);
  const reply = messageOf(
    await handleInteraction(
      buildSlashInteraction('ask', { question: 'Does Connecticut honor ICE detainers?' }),
      ctx,
    ),
  );
  const buttons = (reply.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow ? row.components : [],
  );
  const button = buttons.find((b) => 'label' in b && b.label === label);
  const customId = button && 'custom_id' in button ? button.custom_id : '';
  const press = buildButtonInteraction(customId);
  // Discord sends the message the button is on: here, the reply itself.
  press.message = { ...press.message, components: reply.components as APIMessage['components'] };
  return { response: await handleInteraction(press, ctx), ctx };
}

describe('a Helpful / Not helpful press', () => {
  it('adds one to the answer’s top passage, and records nothing about who pressed', async () => {
    const store = openTestStore();
    const { ctx } = await askThenPress('Not helpful', store);
    const top = ctx.engine.ask(QUESTION).results[0]?.passageId;
    expect(await store.feedback.mostNotHelpful(10)).toEqual([
      { passageId: top, helpful: 0, notHelpful: 1 },
    ]);
  });

  it('counts one vote per person per passage per day, however often they press', async () => {
    const store = openTestStore();
    let now = Date.parse('2026-01-15T09:00:00Z');
    const ctx = await context(store, () => new Date(now));
    const top = ctx.engine.ask(QUESTION).results[0]?.passageId ?? '';
    const press = (userId: string, verdict = 'not-helpful') =>
      handleInteraction(
        buildButtonInteraction(`feedback:${verdict}:${passageKey(top)}`, { userId }),
        ctx,
      );
    const notHelpful = async () => (await store.feedback.mostNotHelpful(10))[0]?.notHelpful ?? 0;

    for (let i = 0; i < 50; i++) await press('100000000000000001');
    expect(await notHelpful()).toBe(1);
    await press('100000000000000001', 'helpful'); // changing one's mind is not a second vote
    await press('100000000000000002');
    expect(await store.feedback.mostNotHelpful(10)).toEqual([
      { passageId: top, helpful: 0, notHelpful: 2 },
    ]);
    now += 24 * 60 * 60 * 1000; // the next day, the same person may say so again
    await press('100000000000000001');
    expect(await notHelpful()).toBe(3);
  });

  it('updates the message (type 7) so the buttons cannot be pressed again', async () => {
    const { response } = await askThenPress('Helpful', openTestStore());
    expect(response.type).toBe(InteractionResponseType.UpdateMessage);
    expect(validateResponse(response)).toEqual([]);
    const rows =
      response.type === InteractionResponseType.UpdateMessage
        ? (response.data?.components ?? [])
        : [];
    const feedback = rows
      .flatMap((row) => (row.type === ComponentType.ActionRow ? row.components : []))
      .filter((b) => 'custom_id' in b && b.custom_id.startsWith('feedback:'));
    expect(feedback.map((b) => ('disabled' in b ? b.disabled : false))).toEqual([true, true]);
  });

  it('still thanks the person where nothing is stored', async () => {
    const { response } = await askThenPress('Helpful');
    expect(response.type).toBe(InteractionResponseType.UpdateMessage);
  });

  it('answers a forged id with a short private notice', async () => {
    const ctx = await context(openTestStore());
    const response = await handleInteraction(
      buildButtonInteraction('feedback:helpful:../../x'),
      ctx,
    );
    expect(textOf(messageOf(response))).toMatch(/no longer works/);
  });
});

describe('/ask with storage', () => {
  it('records an unanswered question as normalized text, and an answered one as its topic', async () => {
    const store = openTestStore();
    const ctx = await context(store);
    await handleInteraction(
      buildSlashInteraction('ask', { question: 'Best pizza recipe with PINEAPPLE?' }),
      ctx,
    );
    await handleInteraction(
      buildSlashInteraction('ask', { question: 'What does the Trust Act do?' }),
      ctx,
    );
    expect(await store.usage.topUnanswered('2026-01-15', 5)).toEqual([
      { question: 'best pizza recipe with pineapple', count: 1, lastDay: '2026-01-15' },
    ]);
    expect(await store.usage.topTopics('2026-01-15', 5)).toHaveLength(1);
  });

  it('records requested topics from /explain, /define and /jurisdiction', async () => {
    const store = openTestStore();
    const ctx = await context(store);
    await handleInteraction(buildSlashInteraction('explain', { topic: 'trust-act' }), ctx);
    await handleInteraction(buildSlashInteraction('define', { term: 'detainer' }), ctx);
    await handleInteraction(buildSlashInteraction('jurisdiction', { place: 'connecticut' }), ctx);
    await handleInteraction(buildSlashInteraction('explain', { topic: 'trust-act' }), ctx);
    expect(await store.usage.topTopics('2026-01-15', 5)).toEqual([
      { topic: 'trust-act', count: 2, lastDay: '2026-01-15' },
      { topic: 'connecticut', count: 1, lastDay: '2026-01-15' },
      { topic: 'detainer', count: 1, lastDay: '2026-01-15' },
    ]);
  });
});

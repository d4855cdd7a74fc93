/**
 * Button presses the bot cannot answer within two seconds, end to end against the stand-in.
 * A press is acknowledged with a deferred update (type 6), which changes nothing yet; then an
 * update edits the pressed message itself (`PATCH …/messages/@original`, never with flags, which
 * an edit may not set), and a new message (a share's public copy) goes as a follow-up. Deferring
 * with type 5 instead would post a new "thinking…" message, land the edit there and leave the
 * original buttons live.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIMessage,
} from 'discord-api-types/v10';
import { handleInteraction } from '../../src/interactions/handle-interaction.js';
import { APPLICATION_ID, CHANNEL_ID, makeInteraction } from './discord-stand-in/index.js';
import type { RecordedRequest } from './discord-stand-in/index.js';
import { newMember, startBotOnStandIn, type BotOnStandIn } from './support/bot-on-stand-in.js';

/** Past the bot's deferral point (lowered to 100 ms here) but well inside Discord's 3 s. */
const SLOW_MS = 400;

const slowButtons: typeof handleInteraction = async (interaction, ctx) => {
  const response = await handleInteraction(interaction, ctx);
  if (interaction.type === InteractionType.MessageComponent) await sleep(SLOW_MS);
  return response;
};

const buttonsOf = (message: APIMessage | undefined) =>
  (message?.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow ? row.components : [],
  );

const customIdOf = (message: APIMessage | undefined, prefix: string) => {
  const button = buttonsOf(message).find((b) => 'custom_id' in b && b.custom_id.startsWith(prefix));
  return button && 'custom_id' in button ? button.custom_id : '';
};

describe('slow button presses against the Discord stand-in', () => {
  let running: BotOnStandIn;

  beforeAll(async () => {
    running = await startBotOnStandIn({ deferAfterMs: 100, handle: slowButtons });
  });
  afterAll(async () => {
    await running?.stop();
  });

  /** Runs a command; returns the message its reply created, as the stand-in holds it. */
  async function replyTo(interaction: ReturnType<typeof makeInteraction.chatInput>) {
    await running.send(interaction);
    const id = running.standIn.state.interactions.get(interaction.id)?.originalMessageId ?? '';
    const message = running.standIn.state.message(id);
    if (!message) throw new Error('the command created no message');
    return message;
  }

  const webhookRequest = (method: string, token: string, path = '') =>
    running.standIn.waitForRequest(
      (r: RecordedRequest) =>
        r.method === method &&
        decodeURIComponent(r.path) === `/webhooks/${APPLICATION_ID}/${token}${path}`,
      SLOW_MS + 3000,
    );

  /** Presses the button whose id starts with `prefix`; expects the deferred update (type 6). */
  async function pressSlowly(
    message: APIMessage,
    prefix: string,
    who: ReturnType<typeof newMember>,
  ) {
    const press = makeInteraction.button(customIdOf(message, prefix), { ...who, message });
    expect(await running.send(press)).toEqual({
      type: InteractionResponseType.DeferredMessageUpdate,
    });
    return press;
  }

  /** The edit of the pressed message that completes a press: accepted, and without flags. */
  async function expectEditOfOriginal(press: { token: string }) {
    const edit = await webhookRequest('PATCH', press.token, '/messages/@original');
    expect(edit.status).toBe(200);
    expect(edit.body).not.toHaveProperty('flags');
  }

  it('defers "Helpful" with type 6, then disables the buttons on the answer itself', async () => {
    const asker = newMember();
    const answer = await replyTo(
      makeInteraction.chatInput('ask', { question: 'What is an ICE detainer?' }, asker),
    );
    await expectEditOfOriginal(await pressSlowly(answer, 'feedback:helpful', asker));
    const edited = running.standIn.state.message(answer.id);
    const feedback = buttonsOf(edited).filter(
      (b) => 'custom_id' in b && b.custom_id.startsWith('feedback:'),
    );
    expect(feedback.map((b) => b.disabled)).toEqual([true, true]);
    // Still the private reply it was: an edit cannot change that.
    expect((edited?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('turns a page of /sources with type 6 and an edit of the same message', async () => {
    const sources = await replyTo(
      makeInteraction.chatInput(
        'sources',
        { topic: 'detainers-vs-information-sharing' },
        newMember(),
      ),
    );
    await expectEditOfOriginal(await pressSlowly(sources, 'page:', newMember()));
    expect(running.standIn.state.message(sources.id)?.embeds[0]?.footer?.text).toMatch(
      /page 2 of \d+/,
    );
  });

  it('posts a slow share’s public copy as a follow-up, and remembers where it went', async () => {
    const asker = newMember();
    const answer = await replyTo(
      makeInteraction.chatInput(
        'ask',
        { question: 'Does Connecticut honor ICE detainers?' },
        asker,
      ),
    );
    const shareId = customIdOf(answer, 'share:');
    const press = await pressSlowly(answer, 'share:', asker);

    const followUp = await webhookRequest('POST', press.token);
    expect(followUp.status).toBe(200);
    const copy = followUp.responseBody as APIMessage;
    expect((copy.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    expect(copy.content).toMatch(/^Shared by /);
    // The answer the button was on is untouched.
    expect(running.standIn.state.message(answer.id)?.components).toEqual(answer.components);

    await vi.waitFor(async () =>
      expect((await running.bot.ctx.shares.recent(CHANNEL_ID, shareId, new Date()))?.link).toMatch(
        new RegExp(`/${CHANNEL_ID}/${copy.id}$`),
      ),
    );
  });
});

import fc from 'fast-check';
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { messagesEn as en } from '../../src/i18n/messages-en.js';
import { describe, expect, it } from 'vitest';
import {
  decodeFeedbackId,
  encodeFeedbackId,
  feedbackButtons,
  markFeedbackGiven,
} from '../../src/discord/feedback-id.js';
import { renderAnswer } from '../../src/discord/render-answer.js';
import { passageKey, shareRow } from '../../src/discord/share-id.js';
import { validatePayload } from '../../src/discord/validate-payload.js';
import { shippedEngine } from '../support/engine.js';

const keys = ['trust-act#1', 'trust-act#2', 'detainer#1', 'detainer#3', 'usc-8-1373#2'].map(
  passageKey,
);

describe('feedback custom ids', () => {
  it('round-trip a verdict and the top passage’s key, well within 100 characters', () => {
    for (const verdict of ['helpful', 'not-helpful'] as const) {
      const id = encodeFeedbackId({ verdict, passageKey: keys[0] ?? '' });
      expect(id.length).toBeLessThanOrEqual(100);
      expect(decodeFeedbackId(id)).toEqual({ verdict, passageKey: keys[0] });
    }
  });

  it('name only the answer’s top passage, however many results it shows', () => {
    const ids = feedbackButtons(en, keys).map((button) => decodeFeedbackId(button.custom_id));
    expect(ids).toEqual([
      { verdict: 'helpful', passageKey: keys[0] },
      { verdict: 'not-helpful', passageKey: keys[0] },
    ]);
    expect(feedbackButtons(en, [])).toEqual([]);
  });

  it('refuse anything else a client might send', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (id) => {
        const decoded = decodeFeedbackId(id);
        if (decoded) expect(encodeFeedbackId(decoded)).toBe(id);
      }),
    );
    expect(decodeFeedbackId('feedback:great:abcdefg')).toBeUndefined();
    expect(decodeFeedbackId('feedback:helpful:abc')).toBeUndefined();
    expect(decodeFeedbackId(`feedback:helpful:${keys[0]}:extra`)).toBeUndefined();
  });
});

describe('Helpful / Not helpful on answers', () => {
  it('sit after "Share to channel" on the private reply, and nowhere else', async () => {
    const engine = await shippedEngine();
    const answer = engine.ask('Does Connecticut honor ICE detainers?');
    const reply = renderAnswer(answer, { ephemeral: true });
    expect(validatePayload(reply)).toEqual([]);
    const labels = (payload: typeof reply) =>
      payload.components?.flatMap((row) =>
        row.type === ComponentType.ActionRow
          ? row.components.flatMap((c) =>
              c.type === ComponentType.Button && 'label' in c ? [c.label] : [],
            )
          : [],
      ) ?? [];
    expect(labels(reply)).toEqual(['Share to channel', 'Helpful', 'Not helpful']);
    expect(
      labels(renderAnswer(answer, { ephemeral: true, sharedBy: '100000000000000042' })),
    ).toEqual([]);
    const none = renderAnswer(engine.ask('best pizza recipe with pineapple'), { ephemeral: true });
    expect(none.components ?? []).toEqual([]);
  });

  it('are disabled after a press, the pressed one marked; the share button stays', () => {
    const row = shareRow(en, { kind: 'answer', passageKeys: keys });
    const helpful = encodeFeedbackId({ verdict: 'helpful', passageKey: keys[0] ?? '' });
    const notHelpful = encodeFeedbackId({ verdict: 'not-helpful', passageKey: keys[0] ?? '' });
    const buttons = [
      ...(row?.components ?? []),
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Helpful',
        custom_id: helpful,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Not helpful',
        custom_id: notHelpful,
      },
    ] as const;
    const [after] = markFeedbackGiven(
      en,
      [{ type: ComponentType.ActionRow, components: [...buttons] }],
      notHelpful,
    );
    expect(after?.type === ComponentType.ActionRow && after.components).toEqual([
      buttons[0],
      { ...buttons[1], disabled: true },
      { ...buttons[2], disabled: true, style: ButtonStyle.Primary, label: 'Not helpful · thanks' },
    ]);
  });
});

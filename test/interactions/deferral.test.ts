import { describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { ephemeral, messageResponse } from '../../src/discord/message-payload.js';
import {
  buildAutocompleteInteraction,
  buildButtonInteraction,
  buildSlashInteraction,
} from '../../src/interactions/build-interaction.js';
import { deferralFor, deliveryAfter } from '../../src/interactions/deferral.js';

const NO_PINGS = { allowed_mentions: { parse: [] } };

describe('deferralFor', () => {
  it('answers a slow command with a private "thinking…" message (type 5)', () => {
    expect(deferralFor(buildSlashInteraction('ask', { question: 'x' }))).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
  });

  it.each(['share:entry:trust-act', 'feedback:helpful:abcdefg', 'page:sources:trust-act:2', 'x'])(
    'acknowledges a slow press of %s with a deferred update (type 6)',
    (customId) => {
      expect(deferralFor(buildButtonInteraction(customId))).toEqual({
        type: InteractionResponseType.DeferredMessageUpdate,
      });
    },
  );

  it('cannot defer autocomplete', () => {
    expect(deferralFor(buildAutocompleteInteraction('explain', 'topic', 'de'))).toBeUndefined();
  });
});

describe('deliveryAfter', () => {
  const typeFive = deferralFor(buildSlashInteraction('ask')) ?? { type: 1 };
  const typeSix = deferralFor(buildButtonInteraction('x')) ?? { type: 1 };
  const reply = ephemeral({ content: 'Answer', ...NO_PINGS });

  it('edits a command’s "thinking…" message, without the flags an edit may not set', () => {
    expect(deliveryAfter(typeFive, messageResponse(reply))).toEqual({
      via: 'edit-original',
      body: { content: 'Answer', ...NO_PINGS },
    });
  });

  it('edits the pressed message itself when the press updates it, without flags', () => {
    expect(
      deliveryAfter(typeSix, { type: InteractionResponseType.UpdateMessage, data: reply }),
    ).toEqual({
      via: 'edit-original',
      body: { content: 'Answer', ...NO_PINGS },
    });
  });

  it('sends a new message after a press as a follow-up, keeping whether it is private', () => {
    const publicCopy = { content: 'Shared by <@1>', ...NO_PINGS };
    expect(
      deliveryAfter(typeSix, {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: publicCopy,
      }),
    ).toEqual({ via: 'follow-up', body: publicCopy });
    expect(
      deliveryAfter(typeSix, {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: reply,
      }),
    ).toEqual({ via: 'follow-up', body: reply });
  });

  it('sends the apology when the response holds no message', () => {
    const delivery = deliveryAfter(typeSix, { type: InteractionResponseType.Pong });
    expect(delivery.via).toBe('follow-up');
    expect(delivery.body.content).toMatch(/something went wrong/);
  });
});

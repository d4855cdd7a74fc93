import { describe, expect, it } from 'vitest';
import { buildMessageCommandInteraction } from '../../src/interactions/build-interaction.js';
import { isEphemeralMessage, textOf } from '../interactions/responses.js';
import { reply } from './run.js';

describe('Find sources (message menu)', () => {
  it('searches the selected message and replies privately with sourced explainers', async () => {
    const payload = await reply(
      buildMessageCommandInteraction(
        'Find sources',
        'ICE detainers are orders, the jail has to hold you for as long as ICE wants',
      ),
    );
    expect(isEphemeralMessage(payload)).toBe(true);
    expect(textOf(payload)).toMatch(/48 hours|request/i);
  });

  it('says so when the message has no text', async () => {
    const payload = await reply(buildMessageCommandInteraction('Find sources', ''));
    expect(isEphemeralMessage(payload)).toBe(true);
    expect(payload.content).toMatch(/no text/);
  });
});

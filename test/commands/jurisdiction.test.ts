import { describe, expect, it } from 'vitest';
import { buildSlashInteraction } from '../../src/interactions/build-interaction.js';
import { isEphemeralMessage, textOf } from '../interactions/responses.js';
import { reply } from './run.js';

describe('/jurisdiction', () => {
  it('shows what the sources say about a place, dated', async () => {
    const payload = await reply(buildSlashInteraction('jurisdiction', { place: 'connecticut' }));
    expect(isEphemeralMessage(payload)).toBe(true);
    expect(payload.embeds?.[0]?.title).toMatch(/Connecticut/);
    expect(textOf(payload)).toMatch(/As of \d{4}-\d{2}-\d{2}/);
  });

  it('does not pass off a neighbour’s policy as a place’s own: it names covered places instead', async () => {
    const payload = await reply(buildSlashInteraction('jurisdiction', { place: 'Boston' }));
    expect(payload.embeds ?? []).toEqual([]);
    expect(payload.content).toMatch(/No place called “Boston”/);
    expect(payload.content).toMatch(/\/jurisdiction place:/);
  });
});

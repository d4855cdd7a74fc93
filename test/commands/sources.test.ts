import { describe, expect, it } from 'vitest';
import { buildSlashInteraction } from '../../src/interactions/build-interaction.js';
import { isEphemeralMessage, textOf } from '../interactions/responses.js';
import { reply } from './run.js';

describe('/sources', () => {
  it('lists a topic’s sources with links, kinds and dates', async () => {
    const payload = await reply(buildSlashInteraction('sources', { topic: 'detainer' }));
    expect(isEphemeralMessage(payload)).toBe(true);
    const text = textOf(payload);
    expect(text).toMatch(/\[1\]/);
    expect(text).toMatch(/\]\(https:\/\//);
    expect(text).toMatch(/Regulation|Court opinion|Statute|Agency document/);
  });

  it('lists the sources behind a question', async () => {
    const payload = await reply(
      buildSlashInteraction('sources', { topic: 'Does Connecticut honor ICE detainers?' }),
    );
    expect(textOf(payload)).toMatch(/Sources:/);
  });

  it('without a topic, summarizes the sources by kind', async () => {
    const payload = await reply(buildSlashInteraction('sources'));
    expect(payload.embeds?.[0]?.title).toMatch(/^The \d+ sources behind this bot$/);
    expect(textOf(payload)).toMatch(/Court opinion: \d+/);
  });
});

import { describe, expect, it } from 'vitest';
import { buildSlashInteraction } from '../../src/interactions/build-interaction.js';
import { isEphemeralMessage } from '../interactions/responses.js';
import { reply } from './run.js';

describe('/define', () => {
  it('shows a glossary entry privately', async () => {
    const payload = await reply(
      buildSlashInteraction('define', { term: 'administrative-warrant' }),
    );
    expect(isEphemeralMessage(payload)).toBe(true);
    expect(payload.embeds?.[0]?.title).toMatch(/administrative warrant/i);
  });

  it('suggests glossary terms for a term it does not have', async () => {
    const payload = await reply(buildSlashInteraction('define', { term: 'qwertyuiop' }));
    expect(payload.content).toMatch(/No term called/);
  });
});

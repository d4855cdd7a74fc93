import { describe, expect, it } from 'vitest';
import { buildSlashInteraction } from '../../src/interactions/build-interaction.js';
import { isEphemeralMessage, textOf } from '../interactions/responses.js';
import { reply } from './run.js';

describe('/explain', () => {
  it('renders the flagship explainer side by side: one inline column per side', async () => {
    const payload = await reply(
      buildSlashInteraction('explain', { topic: 'detainers-vs-information-sharing' }),
    );
    expect(isEphemeralMessage(payload)).toBe(true);
    const inline = (payload.embeds ?? []).flatMap((e) => e.fields ?? []).filter((f) => f.inline);
    expect(inline.length).toBeGreaterThanOrEqual(4);
    expect(inline.some((f) => /detainer/i.test(f.name))).toBe(true);
    expect(inline.some((f) => /information/i.test(f.name))).toBe(true);
  });

  it('finds an entry by its title, in any case', async () => {
    const payload = await reply(
      buildSlashInteraction('explain', { topic: 'WHAT IS AN ICE DETAINER (IMMIGRATION HOLD)?' }),
    );
    expect(payload.embeds?.[0]?.title).toMatch(/ICE detainer/);
  });

  it('treats a topic that names no entry as a question', async () => {
    const payload = await reply(
      buildSlashInteraction('explain', { topic: 'how long can a jail hold someone for ICE' }),
    );
    expect(textOf(payload)).toMatch(/48 hours/);
  });

  it('answers nonsense with a short notice naming topics that exist', async () => {
    const payload = await reply(buildSlashInteraction('explain', { topic: 'zxqv' }));
    expect(isEphemeralMessage(payload)).toBe(true);
    expect(payload.content).toMatch(/No topic called “zxqv”/);
    expect(payload.content).toMatch(/\/explain topic:/);
  });
});

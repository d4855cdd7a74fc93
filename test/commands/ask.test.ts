import { describe, expect, it } from 'vitest';
import { buildSlashInteraction } from '../../src/interactions/build-interaction.js';
import { isEphemeralMessage, textOf } from '../interactions/responses.js';
import { reply } from './run.js';

describe('/ask', () => {
  it('answers privately with numbered citations, linked sources, an as-of date and the not-legal-advice footer', async () => {
    const payload = await reply(
      buildSlashInteraction('ask', { question: 'What is an ICE detainer?' }),
    );
    expect(isEphemeralMessage(payload)).toBe(true);
    const text = textOf(payload);
    expect(text).toMatch(/\[1\]/);
    expect(text).toMatch(/\]\(https:\/\//);
    expect(text).toMatch(/As of \d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/not legal advice/i);
  });

  it('offers a Share to channel button on the private answer', async () => {
    const payload = await reply(
      buildSlashInteraction('ask', { question: 'What does section 1373 require?' }),
    );
    expect(JSON.stringify(payload.components)).toContain('share:answer:');
  });

  it('says there is no sourced answer, and points to browsing the explainers', async () => {
    const payload = await reply(
      buildSlashInteraction('ask', { question: 'best pizza topping in Naples' }),
    );
    const text = textOf(payload);
    expect(text).toMatch(/No sourced answer/i);
    expect(text).toMatch(/Browse the explainers with `\/explain`/);
  });
});

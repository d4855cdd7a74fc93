import { describe, expect, it } from 'vitest';
import { buildSlashInteraction } from '../../src/interactions/build-interaction.js';
import { shippedEngine } from '../support/engine.js';
import { isEphemeralMessage, textOf } from '../interactions/responses.js';
import { reply } from './run.js';

describe('/about', () => {
  it('says what the bot is, its knowledge version and date, and that it stores nothing personal', async () => {
    const engine = await shippedEngine();
    const payload = await reply(buildSlashInteraction('about'));
    expect(isEphemeralMessage(payload)).toBe(true);
    const text = textOf(payload);
    expect(text).toContain(engine.knowledge.version);
    expect(text).toContain(engine.knowledge.reviewed);
    expect(text).toMatch(/Nothing personal/);
    expect(text).toMatch(/not legal advice/i);
  });

  it('points corrections at CORRECTIONS_URL when set', async () => {
    const url = 'https://github.com/example/sanctuary-explainer/issues';
    const payload = await reply(buildSlashInteraction('about'), { CORRECTIONS_URL: url });
    expect(textOf(payload)).toContain(url);
  });
});

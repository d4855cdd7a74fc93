import {
  ButtonStyle,
  ComponentType,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../src/discord/render-answer.js';
import { renderEntry } from '../../src/discord/render-entry.js';
import { validatePayload } from '../../src/discord/validate-payload.js';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import { shippedEngine } from '../support/engine.js';

const SITE = 'https://explainer.example.org/pages';

function linkButtons(payload: MessagePayload) {
  return ((payload.components ?? []) as APIMessageTopLevelComponent[]).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.filter(
          (c) => c.type === ComponentType.Button && c.style === ButtonStyle.Link,
        )
      : [],
  );
}

describe('the "Read the full explainer" link button', () => {
  it("links an answer to its best entry's page, within Discord's rules", async () => {
    const engine = await shippedEngine();
    const answer = engine.ask('What is an ICE detainer?');
    const payload = renderAnswer(answer, { ephemeral: true, siteUrl: SITE });
    expect(linkButtons(payload)).toEqual([
      expect.objectContaining({
        label: 'Read the full explainer',
        url: `${SITE}/${answer.results[0]?.id}.html`,
      }),
    ]);
    expect(validatePayload(payload)).toEqual([]);
  });

  it('links a Spanish answer to the Spanish page', async () => {
    const engine = await shippedEngine();
    const answer = engine.ask('¿Qué es un detainer de ICE?', { language: 'es' });
    const [button] = linkButtons(renderAnswer(answer, { ephemeral: true, siteUrl: SITE }));
    expect(button).toMatchObject({ url: `${SITE}/es/${answer.results[0]?.id}.html` });
  });

  it('links an entry, public copies included, and adds nothing without a site', async () => {
    const engine = await shippedEngine();
    const entry = engine.find('detainers-vs-information-sharing');
    if (!entry) throw new Error('the flagship explainer is missing');
    const shared = renderEntry(engine.view(entry), { ephemeral: false, siteUrl: SITE });
    expect(linkButtons(shared)).toHaveLength(1);
    expect(validatePayload(shared)).toEqual([]);
    expect(linkButtons(renderEntry(engine.view(entry), { ephemeral: true }))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ComponentType,
  InteractionResponseType,
  Locale,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import { validateResponse } from '../../src/discord/validate-payload.js';
import { visibleText } from '../../src/discord/visible-text.js';
import { messagesEn } from '../../src/i18n/messages-en.js';
import { messagesEs } from '../../src/i18n/messages-es.js';
import {
  buildButtonInteraction,
  buildSlashInteraction,
} from '../../src/interactions/build-interaction.js';
import { englishPhrases } from '../support/catalog-text.js';
import { jsonLines, runCli } from '../support/run-cli.js';
import { copyKnowledge } from '../app/knowledge-copy.js';

const inSpanish = <T extends APIInteraction>(interaction: T, locale = Locale.SpanishLATAM): T => ({
  ...interaction,
  locale,
});

async function interact(
  interactions: APIInteraction[],
  env: NodeJS.ProcessEnv = {},
): Promise<MessagePayload[]> {
  const input = interactions.map((i) => JSON.stringify(i)).join('\n');
  const run = await runCli(['interact'], input, env);
  expect(run.code).toBe(0);
  const responses = jsonLines(run.stdout) as APIInteractionResponse[];
  for (const response of responses) expect(validateResponse(response)).toEqual([]);
  return responses.map((response) =>
    response.type === InteractionResponseType.ChannelMessageWithSource ? response.data : {},
  );
}

const ENGLISH = englishPhrases(messagesEn, messagesEs);
const labels = (message: MessagePayload) =>
  (message.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.flatMap((c) =>
          'label' in c && c.label ? [c.label] : 'placeholder' in c ? [c.placeholder ?? ''] : [],
        )
      : [],
  );
const customIds = (message: MessagePayload) =>
  (message.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : []))
      : [],
  );

/** No fixed English phrase anywhere a reader sees it, and no English label on a button. */
function expectNoEnglish(message: MessagePayload) {
  const text = visibleText(message);
  expect(ENGLISH.filter((phrase) => text.includes(phrase))).toEqual([]);
  const english = new Set(Object.values(messagesEn.buttons));
  expect(labels(message).filter((label) => english.has(label))).toEqual([]);
}

describe('cli interact, for a reader whose Discord is in Spanish', async () => {
  const [answer, unclear, entry, about, sources] = await interact([
    inSpanish(buildSlashInteraction('ask', { question: '¿Qué es un detainer de ICE?' })),
    // Too short to tell a language by: the app's locale decides.
    inSpanish(buildSlashInteraction('ask', { question: 'detainer' })),
    inSpanish(buildSlashInteraction('explain', { topic: 'detainer' }), Locale.SpanishES),
    inSpanish(buildSlashInteraction('about', {})),
    inSpanish(buildSlashInteraction('sources', { topic: 'detainer' })),
  ]);
  // Every shipped entry is translated: a copy without one translation has an entry that is not.
  const copy = copyKnowledge();
  copy.drop('es/printz-v-united-states.md');
  const [untranslated] = await interact(
    [inSpanish(buildSlashInteraction('explain', { topic: 'printz-v-united-states' }))],
    { KNOWLEDGE_DIR: copy.dir },
  ).finally(() => copy.remove());

  it('answers a Spanish question wholly in Spanish, with citations and their sources', () => {
    const text = visibleText(answer ?? {});
    expect(text).toMatch(/\[1\]/);
    expect(text).toContain(messagesEs.sourcesHeading);
    expect(text).toContain(messagesEs.notLegalAdvice.replace(/\.$/, ''));
    expect(text).toContain('Usted preguntó');
    expect(labels(answer ?? {})).toEqual(
      expect.arrayContaining([messagesEs.buttons.share, messagesEs.buttons.helpful]),
    );
    expectNoEnglish(answer ?? {});
  });

  it('answers in the app’s language when the question’s own is not clear', () => {
    expect(visibleText(unclear ?? {})).toContain(messagesEs.sourcesHeading);
    expectNoEnglish(unclear ?? {});
  });

  it('shows an entry, its sources and /about in Spanish', () => {
    for (const message of [entry, about, sources]) expectNoEnglish(message ?? {});
    expect(visibleText(entry ?? {})).toContain('Información al');
    expect(visibleText(about ?? {})).toContain('/preguntar');
  });

  it('says so before an entry not translated yet, shown in English', () => {
    expect(visibleText(untranslated ?? {})).toContain(messagesEs.answer.notTranslated);
    expectNoEnglish(untranslated ?? {});
  });

  it('keeps the language when a button is pressed: the shared copy is Spanish too', async () => {
    const share = customIds(answer ?? {}).find((id) => id.startsWith('share:'));
    expect(share).toMatch(/:es$/);
    const [copy] = await interact([inSpanish(buildButtonInteraction(share ?? ''))]);
    expect(copy?.content).toMatch(/^Compartido por/);
    expect(visibleText(copy ?? {})).toMatch(/\[1\]/);
    expectNoEnglish(copy ?? {});
  });
});

import { ButtonStyle, ComponentType, InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import { validatePayload, validateResponse } from '../../src/discord/validate-payload.js';

const mentionsOff = { allowed_mentions: { parse: [] } } satisfies MessagePayload;

describe('validatePayload', () => {
  it('accepts a payload within every limit, with mentions off', () => {
    expect(validatePayload({ ...mentionsOff, content: 'ok', embeds: [{ title: 'T' }] })).toEqual(
      [],
    );
  });

  it('requires mentions off', () => {
    expect(validatePayload({ content: 'ok' })).toEqual([
      expect.stringContaining('allowed_mentions'),
    ]);
    expect(
      validatePayload({ content: 'ok', allowed_mentions: { parse: [], users: ['1'] } }),
    ).toHaveLength(1);
  });

  it.each<[string, MessagePayload]>([
    ['content', { content: 'x'.repeat(2001) }],
    ['embeds has 11', { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) }],
    ['title', { embeds: [{ title: 'x'.repeat(257) }] }],
    ['description', { embeds: [{ description: 'x'.repeat(4097) }] }],
    ['footer.text', { embeds: [{ footer: { text: 'x'.repeat(2049) } }] }],
    ['author.name', { embeds: [{ author: { name: 'x'.repeat(257) } }] }],
    [
      'fields has 26',
      { embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] },
    ],
    ['fields[0].name', { embeds: [{ fields: [{ name: 'x'.repeat(257), value: 'v' }] }] }],
    ['fields[0].value', { embeds: [{ fields: [{ name: 'n', value: 'x'.repeat(1025) }] }] }],
    ['blank', { embeds: [{ fields: [{ name: ' ', value: 'v' }] }] }],
    ['total', { embeds: [{ description: 'x'.repeat(4000) }, { description: 'x'.repeat(2001) }] }],
    ['split character', { content: 'half \uD83D emoji' }],
  ])('reports %s over its limit', (what, payload) => {
    const problems = validatePayload({ ...payload, ...mentionsOff });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(what);
  });

  it('reports component problems: rows, buttons, custom_ids, labels', () => {
    const button = (id: string, label = 'b') => ({
      type: ComponentType.Button as const,
      style: ButtonStyle.Primary as const,
      custom_id: id,
      label,
    });
    const row = (...components: ReturnType<typeof button>[]) => ({
      type: ComponentType.ActionRow as const,
      components,
    });
    const problems = validatePayload({
      ...mentionsOff,
      components: [
        row(button('a'), button('b'), button('c'), button('d'), button('e'), button('f')),
        row(button('a')),
        row(button('x'.repeat(101))),
        row(button('g', 'x'.repeat(81))),
        row(),
        row(button('h')),
      ],
    });
    expect(problems.join('\n')).toMatch(/components has 6 rows/);
    expect(problems.join('\n')).toMatch(/components\[0\] has 6 components/);
    expect(problems.join('\n')).toMatch(/used twice/);
    expect(problems.join('\n')).toMatch(/custom_id has 101 characters/);
    expect(problems.join('\n')).toMatch(/label has 81 characters/);
    expect(problems.join('\n')).toMatch(/components\[4\] is empty/);
  });
});

describe('validateResponse', () => {
  it('checks the message of a reply and of an update, the choices of autocomplete', () => {
    expect(validateResponse({ type: InteractionResponseType.Pong })).toEqual([]);
    expect(
      validateResponse({
        type: InteractionResponseType.ChannelMessageWithSource,
        data: { content: 'x' },
      }),
    ).toHaveLength(1);
    expect(
      validateResponse({ type: InteractionResponseType.UpdateMessage, data: { ...mentionsOff } }),
    ).toEqual([]);
    expect(
      validateResponse({
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: {
          choices: Array.from({ length: 26 }, (_, i) => ({
            name: `n${i}`,
            value: 'v'.repeat(101),
          })),
        },
      }),
    ).toHaveLength(27);
  });
});

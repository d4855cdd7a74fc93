import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { BLANK, embedsLength, fitChoices, fitPayload } from '../../src/discord/fit.js';
import {
  ACTION_ROWS_MAX,
  AUTOCOMPLETE_CHOICES_MAX,
  BUTTON_LABEL_MAX,
  CHOICE_NAME_MAX,
  CONTENT_MAX,
  CUSTOM_ID_MAX,
  EMBEDS_MAX,
  EMBEDS_TOTAL_MAX,
  EMBED_AUTHOR_NAME_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
  ROW_COMPONENTS_MAX,
} from '../../src/discord/limits.js';
import { validatePayload } from '../../src/discord/validate-payload.js';

const words = (length: number) => 'word '.repeat(Math.ceil(length / 5)).slice(0, length);

const button = (id: string, label = 'Press'): APIButtonComponent => ({
  type: ComponentType.Button,
  style: ButtonStyle.Secondary,
  label,
  custom_id: id,
});

const row = (...components: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent> => ({
  type: ComponentType.ActionRow,
  components,
});

const onlyEmbed = (embed: APIEmbed): APIEmbed => {
  const [fitted] = fitPayload({ embeds: [embed] }).embeds ?? [];
  if (!fitted) throw new Error('the embed was dropped');
  return fitted;
};

describe('fitPayload', () => {
  it('always turns mentions off, whatever the payload asked for', () => {
    expect(fitPayload({ content: 'hi' }).allowed_mentions).toEqual({ parse: [] });
    const asked = fitPayload({
      content: '@everyone',
      allowed_mentions: { parse: ['everyone' as never], users: ['1'], replied_user: true },
    });
    expect(asked.allowed_mentions).toEqual({ parse: [] });
  });

  it('cuts content to 2,000 characters', () => {
    const content = fitPayload({ content: words(5000) }).content ?? '';
    expect(content.length).toBeLessThanOrEqual(CONTENT_MAX);
    expect(content.endsWith('…')).toBe(true);
  });

  it.each([
    ['title', EMBED_TITLE_MAX, (e: APIEmbed) => e.title, (t: string): APIEmbed => ({ title: t })],
    [
      'description',
      EMBED_DESCRIPTION_MAX,
      (e: APIEmbed) => e.description,
      (t: string): APIEmbed => ({ description: t }),
    ],
    [
      'footer',
      EMBED_FOOTER_MAX,
      (e: APIEmbed) => e.footer?.text,
      (t: string): APIEmbed => ({ footer: { text: t } }),
    ],
    [
      'author name',
      EMBED_AUTHOR_NAME_MAX,
      (e: APIEmbed) => e.author?.name,
      (t: string): APIEmbed => ({ author: { name: t } }),
    ],
  ])('cuts an embed %s to its limit (%i) and marks the cut', (_, max, read, make) => {
    const fitted = read(onlyEmbed(make(words(max * 2)))) ?? '';
    expect(fitted.length).toBeLessThanOrEqual(max);
    expect(fitted.endsWith('…')).toBe(true);
  });

  it('cuts field names to 256 and values to 1,024', () => {
    const [field] = onlyEmbed({ fields: [{ name: words(600), value: words(3000) }] }).fields ?? [];
    expect(field?.name.length).toBeLessThanOrEqual(EMBED_FIELD_NAME_MAX);
    expect(field?.value.length).toBeLessThanOrEqual(EMBED_FIELD_VALUE_MAX);
  });

  it('keeps at most 25 fields', () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, value: `v${i}` }));
    expect(onlyEmbed({ fields }).fields).toHaveLength(EMBED_FIELDS_MAX);
  });

  it('gives blank field names and values a zero-width space, since Discord rejects empty ones', () => {
    expect(onlyEmbed({ fields: [{ name: '', value: '   ' }] }).fields).toEqual([
      { name: BLANK, value: BLANK },
    ]);
  });

  it('keeps at most 10 embeds and drops empty ones', () => {
    const embeds = Array.from({ length: 14 }, (_, i) => ({ title: `t${i}` }));
    expect(fitPayload({ embeds }).embeds).toHaveLength(EMBEDS_MAX);
    expect(fitPayload({ embeds: [{ description: '  ' }, { title: 'kept' }] }).embeds).toEqual([
      { title: 'kept' },
    ]);
  });

  it('keeps all embeds of a message within 6,000 characters, shrinking the longest first', () => {
    const embeds = [
      { title: 'Short', description: words(4000) },
      { title: 'Longest', description: words(4090) },
      { title: 'Small', description: words(300) },
    ];
    const fitted = fitPayload({ embeds }).embeds ?? [];
    expect(embedsLength(fitted)).toBeLessThanOrEqual(EMBEDS_TOTAL_MAX);
    expect(fitted.map((e) => e.title)).toEqual(['Short', 'Longest', 'Small']);
    // The longest description gave way; the small one was not touched.
    expect(fitted[1]?.description?.endsWith('…')).toBe(true);
    expect(fitted[2]?.description).toBe(words(300));
  });

  it('keeps the total within 6,000 when it is spread over many small fields', () => {
    const fields = Array.from({ length: 25 }, () => ({ name: words(60), value: words(60) }));
    const embeds = Array.from({ length: 10 }, () => ({ title: words(60), fields }));
    const fitted = fitPayload({ embeds });
    expect(embedsLength(fitted.embeds ?? [])).toBeLessThanOrEqual(EMBEDS_TOTAL_MAX);
    expect(validatePayload(fitted)).toEqual([]);
  });

  it('keeps at most 5 action rows of 5 buttons', () => {
    const rows = Array.from({ length: 7 }, (_, r) =>
      row(...Array.from({ length: 7 }, (_, b) => button(`r${r}b${b}`))),
    );
    const components = fitPayload({ components: rows }).components ?? [];
    expect(components).toHaveLength(ACTION_ROWS_MAX);
    for (const c of components) {
      expect(c.type === ComponentType.ActionRow && c.components.length).toBe(ROW_COMPONENTS_MAX);
    }
  });

  it('drops buttons whose custom_id is too long or repeated, since a cut id would mean something else', () => {
    const components = fitPayload({
      components: [
        row(button('x'.repeat(CUSTOM_ID_MAX + 1)), button('same'), button('same'), button('ok')),
      ],
    }).components;
    expect(components).toEqual([row(button('same'), button('ok'))]);
  });

  it('drops rows left empty', () => {
    expect(fitPayload({ components: [row(button(''))] }).components).toEqual([]);
  });

  it('cuts button labels to 80 characters', () => {
    const [fitted] = fitPayload({ components: [row(button('id', words(200)))] }).components ?? [];
    const label = fitted?.type === ComponentType.ActionRow ? fitted.components[0] : undefined;
    expect(label && 'label' in label && label.label?.length).toBeLessThanOrEqual(BUTTON_LABEL_MAX);
  });

  it('leaves a payload that already fits as it was, apart from mentions', () => {
    const payload = {
      content: 'Hello',
      embeds: [{ title: 'T', description: 'D' }],
      components: [row(button('a'))],
    };
    expect(fitPayload(payload)).toEqual({ ...payload, allowed_mentions: { parse: [] } });
  });
});

describe('fitChoices', () => {
  it('keeps at most 25 choices with names of at most 100 characters', () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({ name: words(300), value: `v${i}` }));
    const fitted = fitChoices(choices);
    expect(fitted).toHaveLength(AUTOCOMPLETE_CHOICES_MAX);
    for (const c of fitted) expect(c.name.length).toBeLessThanOrEqual(CHOICE_NAME_MAX);
  });

  it('drops a choice whose value is too long rather than cutting it', () => {
    expect(
      fitChoices([
        { name: 'long', value: 'x'.repeat(101) },
        { name: 'ok', value: 'ok' },
      ]),
    ).toEqual([{ name: 'ok', value: 'ok' }]);
  });
});

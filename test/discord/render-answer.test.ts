import { ComponentType, MessageFlags, type APIEmbed } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerResult } from '../../src/answer/answer.js';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import { OPEN_ENTRY_ID } from '../../src/discord/open-entry-id.js';
import { ANSWER_VISIBLE_BUDGET, renderAnswer } from '../../src/discord/render-answer.js';
import { decodeShareId, resolvePassageKeys } from '../../src/discord/share-id.js';
import { validatePayload } from '../../src/discord/validate-payload.js';
import { visibleLength } from '../../src/discord/visible-text.js';
import { fixtureEngine } from './engine.js';

const engine = fixtureEngine();
const passageIds = engine.knowledge.passages.map((p) => p.id);

const embedText = (embed: APIEmbed) =>
  [
    embed.author?.name,
    embed.title,
    embed.description,
    ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    embed.footer?.text,
  ].join('\n');
const allText = (payload: MessagePayload) =>
  [payload.content ?? '', ...(payload.embeds ?? []).map(embedText)].join('\n');

const buttonIds = (payload: MessagePayload) =>
  (payload.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : []))
      : [],
  );

const menuOptions = (payload: MessagePayload) =>
  (payload.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.flatMap((c) =>
          c.type === ComponentType.StringSelect && c.custom_id === OPEN_ENTRY_ID
            ? c.options.map((o) => o.value)
            : [],
        )
      : [],
  );

const answer = engine.ask('What is an ICE detainer?');
const [lead] = answer.results as [AnswerResult];

/** A result like the lead, under another id, for answers the fixture cannot produce. */
const resultLike = (i: number, overrides: Partial<AnswerResult> = {}): AnswerResult => ({
  ...lead,
  id: `entry-${i}`,
  passageId: `entry-${i}#1`,
  title: `Result ${i + 1}`,
  ...overrides,
});

describe('renderAnswer', () => {
  const reply = renderAnswer(answer, { ephemeral: true });
  const description = reply.embeds?.[0]?.description ?? '';

  it('leads with the best entry and its plain-language answer, before the evidence', () => {
    expect(reply.embeds).toHaveLength(1);
    expect(reply.embeds?.[0]?.title).toBe(lead.title);
    expect(description.startsWith(lead.summary)).toBe(true);
    expect(description.indexOf('> ')).toBeGreaterThan(description.indexOf(lead.summary));
  });

  it('quotes the passage with numbered citations and lists its sources compactly, with links', () => {
    expect(description).toMatch(/> .*\*\*detainer\*\*.*\[1\]/);
    expect(description).toContain(
      '[1] [8 CFR § 287.7: Detainer provisions under section 287(d)(3) of the Act](https://www.ecfr.gov/current/title-8/section-287.7), (a) — U.S. Department of Homeland Security, 2025-06',
    );
  });

  it('keeps verification notes for /sources, not under the answer', () => {
    const noted = renderAnswer(
      {
        ...answer,
        results: [{ ...lead, sources: [{ ...lead.sources[0]!, note: 'eCFR page not retrieved' }] }],
      },
      { ephemeral: true },
    );
    expect(allText(noted)).not.toContain('not retrieved');
  });

  it('ends with the as-of date, the not-legal-advice line and the knowledge version', () => {
    expect(reply.embeds?.[0]?.footer?.text).toBe(
      `As of ${lead.asOf}\nGeneral information from public sources, not legal advice · knowledge ${engine.knowledge.version}`,
    );
  });

  it('is private, mentions off, within limits, with the question on top', () => {
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    expect(validatePayload(reply)).toEqual([]);
    expect(reply.embeds?.[0]?.author?.name).toBe('You asked: What is an ICE detainer?');
  });

  it('offers a share button whose id alone rebuilds the same passages', () => {
    const target = decodeShareId(buttonIds(reply)[0] ?? '');
    expect(target?.kind).toBe('answer');
    const keys = target?.kind === 'answer' ? target.passageKeys : [];
    expect(resolvePassageKeys(keys, passageIds)).toEqual(answer.results.map((r) => r.passageId));
  });

  it('posts a public copy that says who shared it, without the question or the private buttons', () => {
    const shared = renderAnswer(answer, { ephemeral: false, sharedBy: '100000000000000042' });
    expect(shared.flags ?? 0).toBe(0);
    expect(buttonIds(shared).filter((id) => id !== OPEN_ENTRY_ID)).toEqual([]);
    expect(shared.content).toBe('Shared by <@100000000000000042>');
    expect(shared.allowed_mentions).toEqual({ parse: [] });
    expect(allText(shared)).not.toContain('You asked');
    expect(shared.embeds).toEqual(reply.embeds?.map(({ author: _, ...embed }) => embed));
  });

  it('shows at most three supporting passages, each labelled with its entry and date', () => {
    const five: Answer = {
      ...answer,
      results: Array.from({ length: 5 }, (_, i) =>
        resultLike(i, {
          snippet: `Passage number ${i + 1} says this. [1]`,
          asOf: `2020-0${i + 1}-01`,
        }),
      ),
    };
    const text = allText(renderAnswer(five, { ephemeral: true }));
    expect(text).toContain('Passage number 1');
    expect(text).toContain('**Result 2** · as of 2020-02-01');
    expect(text).toContain('Passage number 3');
    expect(text).not.toContain('Passage number 4');
  });

  it('offers the other results and related entries in a menu that opens them', () => {
    const two: Answer = {
      ...answer,
      results: [
        { ...lead, related: [{ id: 'i-247a', title: 'Form I-247A', kind: 'law' }] },
        resultLike(1),
      ],
    };
    expect(menuOptions(renderAnswer(two, { ephemeral: true }))).toEqual(['entry-1', 'i-247a']);
  });

  it('labels an old rule as replaced, with the date and the rule in force', () => {
    const old: Answer = {
      ...answer,
      results: [
        {
          ...lead,
          status: 'superseded',
          supersededBy: {
            id: 'ct-trust-act-2019',
            title: 'The 2019 rule',
            kind: 'law',
            asOf: '2019-10-01',
          },
        },
      ],
    };
    const text = renderAnswer(old, { ephemeral: true }).embeds?.[0]?.description ?? '';
    expect(text.startsWith('**Old rule.** Replaced on 2019-10-01 by The 2019 rule')).toBe(true);
    expect(text).toContain('`/explain topic:ct-trust-act-2019`');
  });

  it('says when the place asked about is not one the sources cover, and points to legal help', () => {
    const noticed: Answer = {
      ...answer,
      notices: [
        { kind: 'place-not-covered', places: ['Texas'] },
        {
          kind: 'legal-help',
          entry: { id: 'getting-legal-help', title: 'Getting legal help', kind: 'explainer' },
        },
      ],
    };
    const text = allText(renderAnswer(noticed, { ephemeral: true }));
    expect(text).toContain(
      'The sources here cover Connecticut and federal law. Nothing here is about Texas',
    );
    expect(text).toContain(
      '**Facing ICE now?** Getting legal help: `/explain topic:getting-legal-help`',
    );
  });

  it('keeps a long answer within what a phone shows, dropping lower passages first', () => {
    const long: Answer = {
      ...answer,
      results: Array.from({ length: 5 }, (_, i) =>
        resultLike(i, {
          summary: 'A long summary sentence. '.repeat(11).trim(),
          snippet: `Passage ${i + 1}: ${'A long **snippet** sentence [1]. '.repeat(20)}`,
        }),
      ),
    };
    const rendered = renderAnswer(long, { ephemeral: true });
    expect(validatePayload(rendered)).toEqual([]);
    expect(visibleLength(rendered)).toBeLessThanOrEqual(ANSWER_VISIBLE_BUDGET);
    const text = allText(rendered);
    expect(text).toContain('Passage 1:');
    expect(text).toContain('A long summary sentence.');
    expect(text).toMatch(/sentence \[1\]\.…/);
  });

  it('says honestly when there is no sourced answer, suggesting nothing unrelated', () => {
    const none = renderAnswer(engine.ask('zebra quantum origami'), { ephemeral: true });
    const text = allText(none);
    expect(none.embeds?.[0]?.title).toBe('No sourced answer');
    expect(text).toContain('does not guess');
    expect(text).not.toContain('Closest');
    expect(none.components).toBeUndefined();
    expect(validatePayload(none)).toEqual([]);
  });

  it('suggests the entries that come close when a question shares their topic', () => {
    const close = engine.ask('detainer warrant zebra origami quantum');
    expect(close.status).toBe('no-answer');
    const text = allText(renderAnswer(close, { ephemeral: true }));
    expect(text).toContain('**Closest explainers**');
    expect(text).toContain('`/define term:detainer`');
  });

  it('answers an empty question with examples of what to ask', () => {
    const empty = renderAnswer(engine.ask('   '), { ephemeral: true });
    expect(empty.embeds?.[0]?.title).toBe('Ask a question in words');
    expect(allText(empty)).toContain('`/ask question: What is an ICE detainer?`');
    expect(validatePayload(empty)).toEqual([]);
  });
});

import { ComponentType, MessageFlags, type APIEmbed } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import { renderAnswer } from '../../src/discord/render-answer.js';
import { decodeShareId, resolvePassageKeys } from '../../src/discord/share-id.js';
import { validatePayload } from '../../src/discord/validate-payload.js';
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

const shareIdOf = (payload: MessagePayload) => {
  const row = payload.components?.[0];
  const button = row?.type === ComponentType.ActionRow ? row.components[0] : undefined;
  return button && 'custom_id' in button ? button.custom_id : undefined;
};

describe('renderAnswer', () => {
  const answer = engine.ask('What is an ICE detainer?');
  const reply = renderAnswer(answer, { ephemeral: true });

  it('shows each result with its summary, cited snippet, linked sources and as-of date', () => {
    const [first] = answer.results;
    const text = allText(reply);
    expect(first).toBeDefined();
    expect(reply.embeds?.[0]?.title).toBe(first?.title);
    expect(text).toContain(first?.summary);
    expect(text).toMatch(/> .*\*\*detainer\*\*.*\[1\]/);
    expect(text).toContain(
      `[1] [8 CFR § 287.7: Detainer provisions under section 287(d)(3) of the Act](https://www.ecfr.gov/current/title-8/section-287.7), (a) — U.S. Department of Homeland Security, 2025-06`,
    );
    expect(text).toContain(`As of ${first?.asOf}`);
    expect(text).toContain('`/define term:detainer`');
  });

  it('ends with the not-legal-advice footer and the knowledge version', () => {
    expect(reply.embeds?.at(-1)?.footer?.text).toBe(
      `General information from public sources, not legal advice · knowledge ${engine.knowledge.version}`,
    );
  });

  it('is private, mentions off, within limits, with the question on top', () => {
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    expect(validatePayload(reply)).toEqual([]);
    expect(reply.embeds?.[0]?.author?.name).toBe('You asked: What is an ICE detainer?');
  });

  it('offers a share button whose id alone rebuilds the same results', () => {
    const target = decodeShareId(shareIdOf(reply) ?? '');
    expect(target?.kind).toBe('answer');
    const keys = target?.kind === 'answer' ? target.passageKeys : [];
    expect(resolvePassageKeys(keys, passageIds)).toEqual(answer.results.map((r) => r.passageId));
  });

  it('posts a public copy that says who shared it, without the question or a share button', () => {
    const shared = renderAnswer(answer, { ephemeral: false, sharedBy: '100000000000000042' });
    expect(shared.flags ?? 0).toBe(0);
    expect(shared.components).toBeUndefined();
    expect(shared.content).toBe('Shared by <@100000000000000042>');
    expect(shared.allowed_mentions).toEqual({ parse: [] });
    expect(allText(shared)).not.toContain('You asked');
    expect(shared.embeds).toEqual(reply.embeds?.map(({ author: _, ...embed }) => embed));
  });

  it('says honestly when there is no sourced answer and lists the closest explainers', () => {
    const none = renderAnswer(engine.ask('zebra quantum origami'), { ephemeral: true });
    const text = allText(none);
    expect(none.embeds?.[0]?.title).toBe('No sourced answer');
    expect(text).toContain('does not guess');
    expect(text).toContain('`/explain topic:detainers-vs-information-sharing`');
    expect(none.components).toBeUndefined();
    expect(validatePayload(none)).toEqual([]);
  });

  it('answers an empty question with examples of what to ask', () => {
    const empty = renderAnswer(engine.ask('   '), { ephemeral: true });
    expect(empty.embeds?.[0]?.title).toBe('Ask a question in words');
    expect(allText(empty)).toContain('`/ask question: What is an ICE detainer?`');
    expect(validatePayload(empty)).toEqual([]);
  });

  it('keeps five long results within 6,000 characters by trimming the lower ones first', () => {
    const [base] = answer.results;
    if (!base) throw new Error('no result');
    const long: Answer = {
      ...answer,
      results: Array.from({ length: 5 }, (_, i) => ({
        ...base,
        id: `entry-${i}`,
        passageId: `entry-${i}#1`,
        title: `Result ${i + 1}`,
        summary: 'A long summary sentence. '.repeat(30),
        snippet: 'A long **snippet** sentence [1]. '.repeat(40),
        sources: Array.from({ length: 8 }, (_, n) => ({ ...base.sources[0]!, number: n + 1 })),
      })),
    };
    const rendered = renderAnswer(long, { ephemeral: true });
    expect(validatePayload(rendered)).toEqual([]);
    expect(rendered.embeds?.map((e) => e.title)).toEqual([
      'Result 1',
      'Result 2',
      'Result 3',
      'Result 4',
      'Result 5',
    ]);
    expect(rendered.embeds?.[0]?.description).toContain('A long summary sentence.');
    expect(rendered.embeds?.[4]?.description).not.toContain('A long summary sentence.');
    expect(allText(rendered)).toContain('more: `/sources topic:entry-4`');
    for (const embed of rendered.embeds ?? []) expect(embed.description).toContain('As of');
  });
});

import { describe, expect, it } from 'vitest';
import type { CitedSource } from '../../src/answer/answer.js';
import type { EntryView } from '../../src/answer/entry-view.js';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import { decodePageId } from '../../src/discord/page-id.js';
import { renderSources } from '../../src/discord/render-sources.js';
import { decodeShareId } from '../../src/discord/share-id.js';
import { validatePayload } from '../../src/discord/validate-payload.js';
import { FLAGSHIP, fixtureEngine } from './engine.js';
import { ComponentType } from 'discord-api-types/v10';

const engine = fixtureEngine();
const flagship = engine.view(engine.find(FLAGSHIP)!);

describe('renderSources', () => {
  it("lists an entry's sources with links, kinds, publishers, dates and notes", () => {
    const reply = renderSources(flagship, { ephemeral: true });
    const [embed] = reply.embeds ?? [];
    expect(embed?.title).toBe('Sources: Detainers vs. information sharing');
    expect(embed?.description).toBe(
      [
        '**[1]** [8 CFR § 287.7: Detainer provisions under section 287(d)(3) of the Act](https://www.ecfr.gov/current/title-8/section-287.7)',
        'Regulation · U.S. Department of Homeland Security · 2025-06',
        '',
        '**[2]** [8 U.S.C. § 1373: Communication between government agencies and the INS](https://www.law.cornell.edu/uscode/text/8/1373)',
        'Statute · U.S. Congress · 1996-09-30',
        '*Official text not verified against uscode.house.gov.*',
      ].join('\n'),
    );
    expect(embed?.footer?.text).toContain('As of 2025-10-01 · reviewed 2025-11-27');
    expect(validatePayload(reply)).toEqual([]);
    const row = reply.components?.[0];
    const button = row?.type === ComponentType.ActionRow ? row.components[0] : undefined;
    expect(button && 'custom_id' in button && decodeShareId(button.custom_id)).toEqual({
      kind: 'sources',
      entryId: FLAGSHIP,
    });
  });

  it('lists the sources behind each result of an answer, numbered as that result cites them', () => {
    const answer = engine.ask('What is an ICE detainer?');
    const reply = renderSources(answer, { ephemeral: true });
    expect(reply.embeds?.map((e) => e.title)).toEqual(
      answer.results.map((r) => `Sources: ${r.title}`),
    );
    expect(reply.embeds?.[0]?.description).toContain(
      'Regulation · U.S. Department of Homeland Security · 2025-06 · at (a)',
    );
    expect(reply.components).toBeUndefined();
    expect(validatePayload(reply)).toEqual([]);
  });

  it('says when there was no sourced answer to list sources for', () => {
    const reply = renderSources(engine.ask('zebra quantum origami'), { ephemeral: true });
    expect(reply.embeds?.[0]?.title).toBe('No sources to show');
  });

  describe('an entry with more sources than one message holds', () => {
    const source = flagship.sources[0] as CitedSource;
    const many: EntryView = {
      ...flagship,
      sources: Array.from({ length: 40 }, (_, i) => ({
        ...source,
        number: i + 1,
        note: 'A curator note. '.repeat(5),
      })),
    };
    const labelsAndPages = (payload: MessagePayload) => {
      const row = payload.components?.[0];
      const buttons = row?.type === ComponentType.ActionRow ? row.components : [];
      return buttons.map((b) =>
        b.type === ComponentType.Button && 'custom_id' in b
          ? [b.label, decodePageId(b.custom_id)?.page]
          : [],
      );
    };

    it('shows a page at a time, with buttons to turn pages and to share', () => {
      const first = renderSources(many, { ephemeral: true });
      expect(validatePayload(first)).toEqual([]);
      const footer = first.embeds?.[0]?.footer?.text ?? '';
      const count = Number(/page 1 of (\d+)/.exec(footer)?.[1]);
      expect(count).toBeGreaterThan(2);
      expect(labelsAndPages(first)).toEqual([
        ['Next ▸', 2],
        ['Share to channel', undefined],
      ]);
      const middle = renderSources(many, { ephemeral: true, page: 2 });
      expect(middle.embeds?.[0]?.description).toMatch(/^\*\*\[\d+\]\*\*/);
      expect(middle.embeds?.[0]?.description).not.toContain('**[1]**');
      expect(labelsAndPages(middle)).toEqual([
        ['◂ Previous', 1],
        ['Next ▸', 3],
        ['Share to channel', undefined],
      ]);
      const last = renderSources(many, { ephemeral: true, page: 999 });
      expect(last.embeds?.[0]?.footer?.text).toContain(`page ${count} of ${count}`);
      expect(last.embeds?.[0]?.description).toContain('**[40]**');
      expect(labelsAndPages(last)).toEqual([
        ['◂ Previous', count - 1],
        ['Share to channel', undefined],
      ]);
    });

    it('shows the first page in a shared copy, counting the rest, without buttons', () => {
      const shared = renderSources(many, { ephemeral: false, sharedBy: '100000000000000042' });
      expect(shared.components).toBeUndefined();
      expect(shared.embeds?.[0]?.description).toMatch(
        /… and \d+ more: `\/sources topic:detainers-vs-information-sharing`$/,
      );
      expect(validatePayload(shared)).toEqual([]);
    });
  });
});

import { ComponentType, MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { EntryView } from '../../src/answer/entry-view.js';
import { BLANK } from '../../src/discord/fit.js';
import { renderEntry } from '../../src/discord/render-entry.js';
import { decodeShareId } from '../../src/discord/share-id.js';
import { validatePayload } from '../../src/discord/validate-payload.js';
import { FLAGSHIP, fixtureEngine, sideBySide } from './engine.js';

const engine = fixtureEngine(sideBySide);
const viewOf = (id: string): EntryView => {
  const entry = engine.find(id);
  if (!entry) throw new Error(`no entry ${id}`);
  return engine.view(entry);
};

describe('renderEntry', () => {
  const flagship = viewOf(FLAGSHIP);
  const reply = renderEntry(flagship, { ephemeral: true });
  const [main, table] = reply.embeds ?? [];

  it('shows the title, kind, summary and passages', () => {
    expect(main?.title).toBe(flagship.title);
    expect(main?.author?.name).toBe('Explainer · US');
    expect(main?.description).toContain(flagship.summary);
    expect(main?.description).toContain('they ask for different things. [1][2]');
  });

  it('renders a table side by side: a row label, then one inline field per side', () => {
    expect(table?.title).toBe('Side by side');
    expect(table?.fields?.slice(0, 6)).toEqual([
      { name: 'What it asks', value: BLANK },
      {
        name: 'Detainers (holding people)',
        value: 'Hold someone up to 48 hours [1]',
        inline: true,
      },
      { name: 'Information sharing (data)', value: 'Share immigration status [2]', inline: true },
      { name: 'Legal basis', value: BLANK },
      { name: 'Detainers (holding people)', value: '8 CFR 287.7 [1]', inline: true },
      { name: 'Information sharing (data)', value: '8 U.S.C. § 1373 [2]', inline: true },
    ]);
  });

  it('lists numbered sources, related entries, dates and the not-legal-advice line', () => {
    const fields = reply.embeds?.at(-1)?.fields ?? [];
    const sources = fields.find((f) => f.name === 'Sources')?.value ?? '';
    expect(sources).toMatch(
      /^\[1\] \[8 CFR § 287\.7.*\]\(https:\/\/www\.ecfr\.gov\/current\/title-8\/section-287\.7\) — U\.S\. Department/m,
    );
    expect(sources).toMatch(/^\[2\] \[8 U\.S\.C\. § 1373.*\(Official text not verified/m);
    expect(fields.find((f) => f.name === 'Related')?.value).toBe(
      '• What is an ICE detainer?: `/define term:detainer`',
    );
    expect(reply.embeds?.at(-1)?.footer?.text).toBe(
      `As of 2025-10-01 · reviewed 2025-11-27\nGeneral information from public sources, not legal advice · knowledge ${engine.knowledge.version}`,
    );
  });

  it('is private, shareable by entry id, within limits, mentions off', () => {
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    const row = reply.components?.[0];
    const button = row?.type === ComponentType.ActionRow ? row.components[0] : undefined;
    expect(button && 'custom_id' in button && decodeShareId(button.custom_id)).toEqual({
      kind: 'entry',
      entryId: FLAGSHIP,
    });
    expect(validatePayload(reply)).toEqual([]);
  });

  it('posts a public copy marked with who shared it, without a share button', () => {
    const shared = renderEntry(flagship, { ephemeral: false, sharedBy: '100000000000000042' });
    expect(shared.flags ?? 0).toBe(0);
    expect(shared.components).toBeUndefined();
    expect(shared.content).toBe('Shared by <@100000000000000042>');
    expect(shared.embeds).toEqual(reply.embeds);
  });

  it('renders a two-column table as a list of terms and what they say', () => {
    const plain = fixtureEngine();
    const entry = plain.find(FLAGSHIP);
    const fields = renderEntry(plain.view(entry!), { ephemeral: true }).embeds?.[1]?.fields;
    expect(fields?.slice(0, 2)).toEqual([
      { name: 'Detainer', value: 'holding someone [1]' },
      { name: 'Section 1373', value: 'information [2]' },
    ]);
  });

  it('cuts a long entry to fit, saying where to read on', () => {
    const long: EntryView = {
      ...flagship,
      passages: [
        ...flagship.passages,
        ...Array.from({ length: 40 }, (_, i) => ({
          id: `${FLAGSHIP}#${i + 10}`,
          heading: `Section ${Math.floor(i / 4)}`,
          text: `Paragraph ${i} explains one more thing about detainers and data. [1] `.repeat(4),
        })),
      ],
    };
    const rendered = renderEntry(long, {
      ephemeral: true,
      fullTextUrl: 'https://example.org/kb/flagship',
    });
    expect(validatePayload(rendered)).toEqual([]);
    expect(rendered.embeds?.[0]?.description).toMatch(
      /… \*\(continued: \[the full text\]\(https:\/\/example\.org\/kb\/flagship\) · every source with `\/sources topic:detainers-vs-information-sharing`, or `\/ask` about a part\)\*$/,
    );
    // The table and the sources still show in full.
    expect(rendered.embeds?.[1]?.fields?.length).toBe(8);
  });

  it('escapes Markdown in knowledge text so it shows literally', () => {
    const odd = renderEntry(
      { ...flagship, title: 'A *starred* title', summary: 'Use `code` and __this__' },
      { ephemeral: true },
    );
    expect(odd.embeds?.[0]?.title).toBe('A \\*starred\\* title');
    expect(odd.embeds?.[0]?.description).toContain('Use \\`code\\` and \\_\\_this\\_\\_');
  });
});

/**
 * Renders from the knowledge base the bot serves. While curators are mid-edit the real knowledge
 * may fail its checks; then these tests use the fixture instead (and say so in their names), so
 * the renderer is still tested against a real engine rather than hand-made answers.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/app/load-engine.js';
import { renderAnswer } from '../../src/discord/render-answer.js';
import { renderEntry } from '../../src/discord/render-entry.js';
import { validatePayload } from '../../src/discord/validate-payload.js';
import { FLAGSHIP, fixtureEngine, sideBySide } from './engine.js';

const loaded = await loadEngine();
const engine = loaded.ok ? loaded.engine : fixtureEngine(sideBySide);
const from = loaded.ok
  ? 'the real knowledge base'
  : 'the fixture (the real knowledge base fails its checks)';

describe(`rendering from ${from}`, () => {
  it('renders a cited answer: [n] markers, linked sources, as-of dates, not-legal-advice footer', () => {
    const answer = engine.ask('What is an ICE detainer?');
    expect(answer.status).toBe('answered');
    const reply = renderAnswer(answer, { ephemeral: true });
    expect(validatePayload(reply)).toEqual([]);
    const embeds = reply.embeds ?? [];
    const [first] = answer.results;
    const firstSource = first?.sources[0];
    expect(firstSource).toBeDefined();
    expect(embeds[0]?.description).toMatch(/\[\d+\]/);
    expect(embeds[0]?.description).toContain(`](${firstSource?.url})`);
    expect(embeds[0]?.footer?.text).toContain(`As of ${first?.asOf}`);
    expect(embeds[0]?.footer?.text).toContain('not legal advice');
    // Every other passage shown says which date its entry describes.
    for (const result of answer.results.slice(1, 3)) {
      if (embeds[0]?.description?.includes(result.title))
        expect(embeds[0]?.description).toContain(`· as of ${result.asOf}`);
    }
  });

  it('renders the flagship explainer side by side, within every limit', () => {
    const entry = engine.find(FLAGSHIP);
    if (!entry) throw new Error(`no ${FLAGSHIP}`);
    const reply = renderEntry(engine.view(entry), { ephemeral: true });
    expect(validatePayload(reply)).toEqual([]);
    const table = reply.embeds?.find((e) => e.fields?.some((f) => f.inline));
    expect(table?.fields?.filter((f) => f.inline).length).toBeGreaterThanOrEqual(4);
    expect(reply.embeds?.at(-1)?.footer?.text).toMatch(
      /^As of \d{4}-\d{2}-\d{2} · reviewed \d{4}-\d{2}-\d{2}\n/,
    );
    expect(JSON.stringify(reply.embeds)).toMatch(/\[1\] \[[^\]]+\]\(https:\/\//);
  });

  it('renders every entry within every limit', () => {
    for (const entry of engine.knowledge.entries) {
      expect({
        id: entry.id,
        problems: validatePayload(renderEntry(engine.view(entry), { ephemeral: true })),
      }).toEqual({
        id: entry.id,
        problems: [],
      });
    }
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateChoices } from '../../src/discord/validate-payload.js';
import { buildAutocompleteInteraction } from '../../src/interactions/build-interaction.js';
import { rankEntryChoices } from '../../src/interactions/autocomplete.js';
import { handleInteraction } from '../../src/interactions/handle-interaction.js';
import { shippedEngine } from '../support/engine.js';
import { testContext } from './context.js';
import { choicesOf } from './responses.js';

const engine = await shippedEngine();
const ids = (typed: string, kinds?: Parameters<typeof rankEntryChoices>[2]) =>
  rankEntryChoices(engine, typed, kinds).map((c) => c.value);

describe('rankEntryChoices', () => {
  it('puts an exact id first', () => {
    expect(ids('detainer')[0]).toBe('detainer');
  });

  it('puts an exact alias first, in any case', () => {
    const withAlias = engine.knowledge.entries.find((e) => e.aliases.length > 0);
    if (!withAlias) throw new Error('no entry has an alias');
    expect(ids(withAlias.aliases[0]?.toUpperCase() ?? '')[0]).toBe(withAlias.id);
  });

  it('ranks titles that start with the typed words before titles that only contain them', () => {
    const ranked = ids('detainers');
    const firstContaining = ranked.findIndex(
      (id) => !engine.knowledge.entriesById.get(id)?.title.toLowerCase().startsWith('detainers'),
    );
    const lastPrefix = ranked.findLastIndex((id) =>
      engine.knowledge.entriesById.get(id)?.title.toLowerCase().startsWith('detainers'),
    );
    expect(lastPrefix).toBeGreaterThanOrEqual(0);
    expect(lastPrefix).toBeLessThan(firstContaining);
  });

  it('finds entries by content when the words are in no title: free text is a query', () => {
    const ranked = ids('can a jail hold someone 48 hours');
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.slice(0, 5).some((id) => /detainer/.test(id))).toBe(true);
  });

  it('lists explainers, the flagship first, when nothing is typed yet', () => {
    const ranked = ids('');
    expect(ranked[0]).toBe('detainers-vs-information-sharing');
    expect(engine.knowledge.entriesById.get(ranked[1] ?? '')?.kind).toBe('explainer');
  });

  it('keeps to the kinds a command asks for', () => {
    for (const id of ids('', { kinds: ['jurisdiction'] })) {
      expect(engine.knowledge.entriesById.get(id)?.kind).toBe('jurisdiction');
    }
    expect(ids('connecticut', { kinds: ['jurisdiction'] })[0]).toBe('connecticut');
    for (const id of ids('warrant', { kinds: ['glossary'] })) {
      expect(engine.knowledge.entriesById.get(id)?.kind).toBe('glossary');
    }
  });

  it('never offers more than 25 choices, or names and values over 100 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (typed) => {
        expect(validateChoices(rankEntryChoices(engine, typed))).toEqual([]);
      }),
      { numRuns: 200 },
    );
    expect(ids('')).toHaveLength(25);
  });

  it('answers well within Discord’s three seconds', () => {
    const started = performance.now();
    for (const typed of ['d', 'de', 'det', 'deta', 'detai', 'detain', 'how long can a jail hold']) {
      rankEntryChoices(engine, typed);
    }
    expect((performance.now() - started) / 7).toBeLessThan(100);
  });
});

describe('autocomplete through handleInteraction', () => {
  it.each([
    ['explain', 'topic', 'detainers-vs', 'detainers-vs-information-sharing'],
    ['define', 'term', 'admin', 'administrative-warrant'],
    ['jurisdiction', 'place', 'new ha', 'new-haven'],
    ['sources', 'topic', '1373', undefined],
  ])('/%s %s:%s', async (command, option, typed, expected) => {
    const { ctx } = await testContext();
    const choices = choicesOf(
      await handleInteraction(buildAutocompleteInteraction(command, option, typed), ctx),
    );
    expect(choices.length).toBeGreaterThan(0);
    if (expected) expect(choices[0]?.value).toBe(expected);
    expect(validateChoices(choices)).toEqual([]);
  });
});

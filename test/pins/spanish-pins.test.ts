import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/discord/visible-text.js';
import { messagesEn } from '../../src/i18n/messages-en.js';
import { messagesEs } from '../../src/i18n/messages-es.js';
import { silentLogger } from '../../src/log.js';
import { describePin } from '../../src/pins/pin-status.js';
import { postExplainer } from '../../src/pins/post-explainer.js';
import { refreshPins } from '../../src/pins/refresh-pins.js';
import { englishPhrases } from '../support/catalog-text.js';
import { shippedEngine } from '../support/engine.js';
import { openTestStore } from '../store/temp-store.js';
import { fakeDiscord } from './fake-discord.js';

const GUILD = '200000000000000001';
const CHANNEL = '300000000000000001';
const ENGLISH = englishPhrases(messagesEn, messagesEs);

describe('a pinned explainer in Spanish', () => {
  it('is posted in Spanish, remembered as Spanish, and refreshed in Spanish', async () => {
    const engine = await shippedEngine();
    const discord = fakeDiscord();
    const store = openTestStore();
    const deps = { engine, store, discord, clock: () => new Date('2026-01-15T12:00:00Z') };
    const request = { guildId: GUILD, channelId: CHANNEL, topic: 'detainer' };
    const outcome = await postExplainer(deps, { ...request, language: 'es' });
    expect(outcome.kind).toBe('posted');
    const entry = engine.find('detainer');
    if (!entry) throw new Error('no detainer entry');
    const spanishTitle = engine.view(entry, 'es').title;
    expect(outcome.kind === 'posted' && outcome.title).toBe(spanishTitle);

    const [pin] = await store.pins.all(GUILD);
    if (!pin) throw new Error('not recorded');
    expect(pin.language).toBe('es');
    expect(describePin(pin, engine).status).toBe('current');
    const posted = discord.calls.find((call) => call.method === 'postMessage');
    const text = visibleText(posted?.payload ?? {});
    expect(text).toContain(spanishTitle);
    expect(ENGLISH.filter((phrase) => text.includes(phrase))).toEqual([]);

    // The same topic in English is another explainer, which the channel may also hold.
    expect((await postExplainer(deps, request)).kind).toBe('posted');
    expect((await postExplainer(deps, { ...request, language: 'es' })).kind).toBe('already-pinned');

    // As if the content had changed since it was posted: the edit is Spanish, dated in Spanish.
    await store.pins.markRefreshed(pin.messageId, {
      contentHash: 'old',
      knowledgeVersion: 'old',
      at: 'x',
    });
    discord.calls.length = 0;
    const refreshDeps = {
      store,
      discord,
      log: silentLogger(),
      clock: () => new Date('2026-02-03T08:00:00Z'),
    };
    const report = await refreshPins(engine, refreshDeps);
    expect(report.updated).toEqual([pin.messageId]);
    const edit = discord.calls.find((call) => call.method === 'editMessage');
    const payload = edit?.payload ?? {};
    expect(payload.content).toBe(messagesEs.pinned.updatedOn('2026-02-03'));
    expect(visibleText(payload)).toContain(spanishTitle);
  });
});

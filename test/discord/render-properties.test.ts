import { ComponentType, MessageFlags } from 'discord-api-types/v10';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitPayload } from '../../src/discord/fit.js';
import { messagesFor } from '../../src/i18n/messages.js';
import { languages } from '../../src/knowledge/languages.js';
import type { MessagePayload, RenderOptions } from '../../src/discord/message-payload.js';
import { renderAnswer } from '../../src/discord/render-answer.js';
import { renderEntry } from '../../src/discord/render-entry.js';
import {
  alreadySharedNotice,
  cooldownNotice,
  renderNotice,
  unknownTopicNotice,
} from '../../src/discord/render-notice.js';
import { renderSources } from '../../src/discord/render-sources.js';
import { validatePayload } from '../../src/discord/validate-payload.js';
import { answer, anyText, entryRef, entryView, rawPayload, userText } from './arbitraries.js';

/** More runs on demand: PROPERTY_RUNS=5000 npx vitest run test/discord. */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) };

/** A sharer as Discord names them (a user id), or any text a bug might pass instead. */
const sharer = fc.oneof(fc.stringMatching(/^[1-9]\d{16,19}$/), userText);

const options: fc.Arbitrary<RenderOptions> = fc.oneof(
  fc.constant({ ephemeral: true }),
  fc.constant({ ephemeral: false }),
  sharer.map((sharedBy) => ({ ephemeral: false, sharedBy })),
);

/** What every payload must be, whatever went in. */
function expectAcceptable(payload: MessagePayload, rendered?: RenderOptions) {
  expect(validatePayload(payload)).toEqual([]);
  expect(payload.allowed_mentions).toEqual({ parse: [] });
  expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
  if (!rendered) return;
  expect(((payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0).toBe(rendered.ephemeral);
  if (rendered.sharedBy !== undefined) {
    // A public copy carries no buttons of the asker's; at most a menu anyone may use privately.
    const buttons = (payload.components ?? []).flatMap((row): unknown[] =>
      row.type === ComponentType.ActionRow
        ? row.components.filter((c) => c.type === ComponentType.Button)
        : [row],
    );
    expect(buttons).toEqual([]);
    // The sharer is a user mention (shown as their name, never a link) or no one in particular:
    // nothing they typed into a nickname reaches the message.
    expect(payload.content).toMatch(
      /^(Shared by|Compartido por) (<@\d+>|a member of this conversation|alguien de esta conversación)$/,
    );
  }
}

describe('the renderer, on random input', () => {
  it('renders any answer within every limit, mentions off, never throwing', () => {
    fc.assert(
      fc.property(answer, options, (a, o) => expectAcceptable(renderAnswer(a, o), o)),
      RUNS,
    );
  });

  it('renders any entry within every limit, mentions off, never throwing', () => {
    fc.assert(
      fc.property(
        entryView,
        options,
        fc.option(fc.webUrl(), { nil: undefined }),
        (v, o, fullTextUrl) => expectAcceptable(renderEntry(v, { ...o, fullTextUrl }), o),
      ),
      RUNS,
    );
  });

  it('renders the sources of any entry or answer within every limit', () => {
    fc.assert(
      fc.property(fc.oneof(entryView, answer), options, (from, o) =>
        expectAcceptable(renderSources(from, o), o),
      ),
      RUNS,
    );
  });

  it('renders notices about any typed text within every limit', () => {
    fc.assert(
      fc.property(
        userText,
        fc.constantFrom('topic', 'term', 'place'),
        fc.array(entryRef, { maxLength: 8 }),
        fc.double(),
        fc.constantFrom(...languages.map((language) => messagesFor(language))),
        (typed, option, suggestions, seconds, m) => {
          expectAcceptable(unknownTopicNotice(m, typed, option as 'topic', suggestions));
          expectAcceptable(cooldownNotice(m, seconds));
          expectAcceptable(alreadySharedNotice(m, typed));
          expectAcceptable(renderNotice(typed));
          expect(unknownTopicNotice(m, typed, 'topic', []).content).not.toMatch(
            /(?<!\\)<|@(everyone|here)/,
          );
        },
      ),
      RUNS,
    );
  });

  it('fits any payload at all within every limit', () => {
    fc.assert(
      fc.property(rawPayload, (payload) => expectAcceptable(fitPayload(payload))),
      RUNS,
    );
  });

  it('fitting twice changes nothing more', () => {
    fc.assert(
      fc.property(rawPayload, (payload) => {
        const once = fitPayload(payload);
        expect(fitPayload(once)).toEqual(once);
      }),
      { numRuns: 60 },
    );
  });

  it('shows the question only as plain text on top of the private reply, never in a shared copy', () => {
    const marker = 'QUESTION-MARKER';
    fc.assert(
      fc.property(answer, anyText(200), sharer, (a, typed, sharedBy) => {
        const asked = { ...a, query: `@everyone <@1> ${marker} ${typed}` };
        const reply = renderAnswer(asked, { ephemeral: true });
        const withoutAuthor = (reply.embeds ?? []).map(({ author: _, ...embed }) => embed);
        expect(JSON.stringify(withoutAuthor)).not.toContain(marker);
        const shared = renderAnswer(asked, { ephemeral: false, sharedBy });
        expect(JSON.stringify(shared)).not.toContain(marker);
      }),
      { numRuns: 60 },
    );
  });
});

/** fast-check arbitraries for what the renderer is given: answers, entries and text people type. */
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord-api-types/v10';
import fc from 'fast-check';
import type { Answer, AnswerResult, CitedSource, EntryRef } from '../../src/answer/answer.js';
import type { EntryView, PassageView } from '../../src/answer/entry-view.js';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import { entryKinds, entryStatuses, sourceKinds } from '../../src/knowledge/schema.js';
import { languages } from '../../src/knowledge/languages.js';

/** Pieces that have broken bots: mentions, Markdown, invisible and direction characters, emoji. */
const nasty = fc.constantFrom(
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&1>',
  '<#2>',
  '<t:0:R>',
  '**',
  '*',
  '_',
  '`',
  '```',
  '||',
  '~~',
  '> ',
  '# ',
  '-# ',
  '\\',
  '[x](https://evil.example)',
  '[1]',
  '\u200B',
  '\u202E',
  '\uFEFF',
  '\n',
  '\n\n',
  ' ',
  '👨‍👩‍👧',
  '🇺🇸',
  'e\u0301',
  'ﷺ',
  'word',
);

/** Any text: random unicode, a mix of nasty pieces, or thousands of characters of them. */
export const anyText = (maxLength = 400): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 3, arbitrary: fc.array(nasty, { maxLength: 40 }).map((parts) => parts.join('')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(nasty, fc.integer({ min: 100, max: 7000 }))
        .map(([piece, length]) => `${piece} `.repeat(Math.ceil(length / (piece.length + 1)))),
    },
  );

/** What a person may type: as above, up to Discord's 6,000 characters and beyond. */
export const userText = anyText(6000);

const id = fc.oneof(fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+){0,6}$/), anyText(120));

export const citedSource: fc.Arbitrary<CitedSource> = fc.record(
  {
    number: fc.integer({ min: 1, max: 99 }),
    id,
    title: anyText(),
    publisher: anyText(),
    date: anyText(30),
    url: fc.oneof(fc.webUrl(), anyText(600)),
    kind: fc.constantFrom(...sourceKinds),
    pinpoint: anyText(60),
    note: anyText(),
  },
  { requiredKeys: ['number', 'id', 'title', 'publisher', 'date', 'url', 'kind'] },
);

export const entryRef: fc.Arbitrary<EntryRef> = fc.record({
  id,
  title: anyText(),
  kind: fc.constantFrom(...entryKinds),
});

export const answerResult: fc.Arbitrary<AnswerResult> = fc.record(
  {
    id,
    title: anyText(),
    kind: fc.constantFrom(...entryKinds),
    jurisdiction: anyText(60),
    summary: anyText(3000),
    asOf: anyText(20),
    reviewed: anyText(20),
    passageId: anyText(80),
    heading: anyText(),
    snippet: anyText(5000),
    sources: fc.array(citedSource, { maxLength: 25 }),
    score: fc.double({ noNaN: true }),
    related: fc.array(entryRef, { maxLength: 8 }),
    status: fc.constantFrom(...entryStatuses),
    supersededBy: fc.record({
      id,
      title: anyText(),
      kind: fc.constantFrom(...entryKinds),
      asOf: anyText(20),
    }),
    language: fc.constantFrom(...languages),
    translatedOn: anyText(20),
  },
  {
    requiredKeys: [
      'language',
      'status',
      'id',
      'title',
      'kind',
      'jurisdiction',
      'summary',
      'asOf',
      'reviewed',
      'passageId',
      'snippet',
      'sources',
      'score',
      'related',
    ],
  },
);

export const answer: fc.Arbitrary<Answer> = fc.record({
  query: userText,
  status: fc.constantFrom('answered', 'no-answer', 'empty-question'),
  results: fc.array(answerResult, { maxLength: 7 }),
  suggestions: fc.array(entryRef, { maxLength: 8 }),
  knowledgeVersion: anyText(60),
  language: fc.constantFrom('en', 'es'),
  notices: fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('place-not-covered' as const),
        places: fc.array(anyText(80), { maxLength: 4 }),
      }),
      fc.record({ kind: fc.constant('legal-help' as const), entry: entryRef }),
    ),
    { maxLength: 3 },
  ),
});

const table = fc.record({
  header: fc.array(anyText(120), { maxLength: 8 }),
  rows: fc.array(fc.array(anyText(600), { maxLength: 8 }), { maxLength: 30 }),
});

export const passageView: fc.Arbitrary<PassageView> = fc.record(
  { id: anyText(80), heading: anyText(), text: anyText(4000), table },
  { requiredKeys: ['id', 'text'] },
);

export const entryView: fc.Arbitrary<EntryView> = fc.record({
  id,
  title: anyText(),
  kind: fc.constantFrom(...entryKinds),
  jurisdiction: anyText(60),
  summary: anyText(3000),
  asOf: anyText(20),
  reviewed: anyText(20),
  aliases: fc.array(anyText(60), { maxLength: 5 }),
  passages: fc.array(passageView, { maxLength: 25 }),
  sources: fc.array(citedSource, { maxLength: 40 }),
  related: fc.array(entryRef, { maxLength: 10 }),
  knowledgeVersion: anyText(60),
  language: fc.constantFrom(...languages),
  contentLanguage: fc.constantFrom(...languages),
  translatedOn: anyText(20),
});

const button: fc.Arbitrary<APIButtonComponent> = fc.record({
  type: fc.constant(ComponentType.Button as const),
  style: fc.constant(ButtonStyle.Secondary as const),
  label: anyText(200),
  custom_id: fc.oneof(fc.constantFrom('a', 'b', 'share:entry:x'), fc.string({ maxLength: 150 })),
});

const row: fc.Arbitrary<APIActionRowComponent<APIButtonComponent>> = fc.record({
  type: fc.constant(ComponentType.ActionRow as const),
  components: fc.array(button, { maxLength: 8 }),
});

const embed: fc.Arbitrary<APIEmbed> = fc.record(
  {
    title: anyText(600),
    description: anyText(6000),
    fields: fc.array(
      fc.record({ name: anyText(400), value: anyText(1500), inline: fc.boolean() }),
      {
        maxLength: 30,
      },
    ),
    footer: fc.record({ text: anyText(3000) }),
    author: fc.record({ name: anyText(400) }),
  },
  { requiredKeys: [] },
);

/** Any message payload at all, limits ignored: what `fitPayload` must always repair. */
export const rawPayload: fc.Arbitrary<MessagePayload> = fc.record(
  {
    content: anyText(5000),
    embeds: fc.array(embed, { maxLength: 14 }),
    components: fc.array(row, { maxLength: 8 }),
    flags: fc.constantFrom<MessageFlags | undefined>(undefined, MessageFlags.Ephemeral),
  },
  { requiredKeys: [] },
);

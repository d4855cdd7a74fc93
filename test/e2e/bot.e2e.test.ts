/**
 * The whole bot, end to end, on loopback: the real discord.js client logs in to the local Discord
 * stand-in (gateway and REST on 127.0.0.1), receives INTERACTION_CREATE over the WebSocket and
 * answers over REST, with the shipped knowledge base and commands and the default configuration.
 * The stand-in checks every reply as Discord would (limits, one timely answer per interaction) and
 * records it; these tests read what the bot sent. (`npm start` as a child process, and its
 * shutdown on SIGTERM, is tested in test/gateway/main-process.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionContextType,
  InteractionResponseType,
  MessageFlags,
  type APIEmbedField,
  type APIInteraction,
  type APIMessage,
} from 'discord-api-types/v10';
import type { SlashCommand } from '../../src/commands/command.js';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import { validatePayload, validateResponse } from '../../src/discord/validate-payload.js';
import { stringOption } from '../../src/interactions/options.js';
import {
  APPLICATION_ID,
  CHANNEL_ID,
  GUILD_ID,
  botMessage,
  makeInteraction,
} from './discord-stand-in/index.js';
import { choicesOf, isEphemeralMessage, messageOf, textOf } from '../interactions/responses.js';
import {
  memberIds,
  newMember,
  startBotOnStandIn,
  type BotOnStandIn,
} from './support/bot-on-stand-in.js';

const CALLBACK = '/interactions/:id/:token/callback';
const FLAGSHIP = 'detainers-vs-information-sharing';

/** Everything a person typed in this suite: none of it may reach a log. */
const typed: string[] = [];
const ask = (question: string, overrides = newMember()) => {
  typed.push(question);
  return makeInteraction.chatInput('ask', { question }, overrides);
};

/** Injected through `startGatewayBot`'s `commands`: a handler with a bug. */
const broken = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'broken',
    description: 'Throws, as a command with a bug would.',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'Anything',
        required: true,
      },
    ],
  },
  execute(interaction) {
    // Realistic: the question is in scope when the bug strikes; the boundary must not log it.
    const question = stringOption(interaction, 'question');
    throw new Error(`lookup failed after ${question?.length ?? 0} characters`);
  },
} satisfies SlashCommand;

/** Longer than Discord's three seconds would allow without deferring. */
const SLOW_MS = 2300;
const slow = {
  data: { type: ApplicationCommandType.ChatInput, name: 'slow', description: 'Takes 2.3 s.' },
  async execute() {
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    return { content: 'Finished, @everyone.' };
  },
} satisfies SlashCommand;

/** Runs of inline fields: Discord draws each run as one row of side-by-side columns. */
function sideBySideRows(fields: readonly APIEmbedField[]): APIEmbedField[][] {
  const rows: APIEmbedField[][] = [[]];
  for (const field of fields) {
    if (field.inline) rows.at(-1)?.push(field);
    else if (rows.at(-1)?.length) rows.push([]);
  }
  return rows.filter((row) => row.length > 0);
}

/** Every custom_id on a message's components. */
function customIdsOf(message: MessagePayload | undefined): string[] {
  return (message?.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : []))
      : [],
  );
}

/** The values a select menu `customId` in a message offers (none for a button). */
function selectOptionsOf(message: MessagePayload, customId: string): string[] {
  return (message.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.flatMap((c) =>
          c.type === ComponentType.StringSelect && c.custom_id === customId
            ? c.options.map((o) => o.value)
            : [],
        )
      : [],
  );
}

/** The custom_id of the reply's "Share to channel" button, if it has one. */
function shareButtonId(reply: MessagePayload): string | undefined {
  for (const row of reply.components ?? []) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const component of row.components) {
      if (component.type === ComponentType.Button && 'custom_id' in component) {
        if (component.label === 'Share to channel') return component.custom_id;
      }
    }
  }
  return undefined;
}

describe('the bot against the Discord stand-in, end to end', () => {
  let running: BotOnStandIn;
  const send = (interaction: APIInteraction, timeoutMs?: number) =>
    running.send(interaction, timeoutMs);

  beforeAll(async () => {
    running = await startBotOnStandIn({ extraCommands: [broken, slow] });
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('logs in over the gateway with the Guilds intent only', async () => {
    expect(running.standIn.identifies).toHaveLength(1);
    expect(running.standIn.identifies[0]?.intents).toBe(1);
  });

  describe('/ask', () => {
    it('answers privately with numbered citations, https source links, an as-of date and the not-legal-advice footer', async () => {
      const response = await send(ask('How long can a jail hold someone on an ICE detainer?'));
      expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      const reply = messageOf(response);
      expect(reply.flags).toBe(MessageFlags.Ephemeral);
      expect(reply.allowed_mentions).toEqual({ parse: [] });
      const text = textOf(reply);
      // A quoted snippet cites [n]; the source list below it links [n] to an https page.
      expect(text).toMatch(/^> .*\[\d+\]/m);
      expect(text).toMatch(/^\[1\] \[[^\]]+\]\(https:\/\/[^)\s]+\)/m);
      expect(text).toMatch(/As of \d{4}(-\d{2})?(-\d{2})?/);
      expect(reply.embeds?.at(-1)?.footer?.text).toMatch(/not legal advice/i);
      expect(validateResponse(response)).toEqual([]);
    });

    it('echoes "@everyone <@123>" and 6,000 characters without pinging anyone, within every limit', async () => {
      const question =
        `@everyone <@123> ${'does the county jail hold people for ICE? '.repeat(200)}`.slice(
          0,
          6000,
        );
      // Discord caps the option at 300 characters, but a forged interaction need not.
      const response = await send(ask(question));
      const reply = messageOf(response);
      expect(validateResponse(response)).toEqual([]);
      expect(reply.flags).toBe(MessageFlags.Ephemeral);
      // Mentions are parsed only in content, and only those allowed_mentions lets through.
      expect(reply.allowed_mentions).toEqual({ parse: [] });
      expect(reply.content ?? '').not.toMatch(/@everyone|<@!?\d+>/);
    });

    it('tells the same person kindly to wait when they ask again within the cooldown', async () => {
      const person = newMember();
      expect(messageOf(await send(ask('What is an ICE detainer?', person))).embeds).toBeDefined();
      const again = messageOf(await send(ask('What does section 1373 require?', person)));
      expect(isEphemeralMessage(again)).toBe(true);
      expect(again.content).toMatch(/try again in \d+ seconds?/i);
    });
  });

  it(`/explain topic:${FLAGSHIP} shows the two sides as side-by-side inline fields`, async () => {
    const response = await send(
      makeInteraction.chatInput('explain', { topic: FLAGSHIP }, newMember()),
    );
    const reply = messageOf(response);
    expect(isEphemeralMessage(reply)).toBe(true);
    expect(validateResponse(response)).toEqual([]);
    const rows = sideBySideRows((reply.embeds ?? []).flatMap((embed) => embed.fields ?? []));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row.map((field) => field.name)).toEqual([
        expect.stringMatching(/^Detainers/),
        expect.stringMatching(/^Information sharing/),
      ]);
    }
    expect(reply.embeds?.at(-1)?.footer?.text).toMatch(/As of .*not legal advice/is);
  });

  describe('autocomplete', () => {
    const complete = (command: string, option: string, value: string) =>
      send(makeInteraction.autocomplete(command, { name: option, value }, {}, newMember()));

    it.each([
      ['explain', 'topic', FLAGSHIP, FLAGSHIP],
      ['explain', 'topic', '48 hour ice hold rule', 'how-detainers-work'],
      ['define', 'term', '287(g)', '287g'],
      ['define', 'term', 'Administrative Warrant', 'administrative-warrant'],
      ['jurisdiction', 'place', 'connecticut', 'connecticut'],
      ['jurisdiction', 'place', 'nyc sanctuary city', 'new-york-city'],
    ])('/%s %s:"%s" puts %s first', async (command, option, value, first) => {
      const response = await complete(command, option, value);
      expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
      expect(choicesOf(response)[0]?.value).toBe(first);
      expect(validateResponse(response)).toEqual([]);
    });

    it.each([
      ['explain', 'topic'],
      ['define', 'term'],
      ['jurisdiction', 'place'],
    ])(
      '/%s copes with free text and an empty value: at most 25 choices of 100 characters',
      async (command, option) => {
        for (const value of [
          '',
          'can the police give my address to immigration?',
          '@everyone '.repeat(10),
        ]) {
          const response = await complete(command, option, value);
          const choices = choicesOf(response);
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const choice of choices) {
            expect(choice.name.length).toBeLessThanOrEqual(100);
            expect(String(choice.value).length).toBeLessThanOrEqual(100);
          }
          expect(validateResponse(response)).toEqual([]);
        }
        expect(choicesOf(await complete(command, option, '')).length).toBeGreaterThan(0);
      },
    );
  });

  describe('Share to channel', () => {
    it('posts a public copy marked with who shared it, and a repeat links to that post', async () => {
      const asker = newMember();
      const answer = messageOf(await send(ask('Does Connecticut honor ICE detainers?', asker)));
      const customId = shareButtonId(answer) ?? '';
      expect(customId).toMatch(/^share:answer:/);

      const press = makeInteraction.button(customId, asker);
      const copy = await send(press);
      const shared = messageOf(copy);
      expect(isEphemeralMessage(shared)).toBe(false);
      expect(shared.content).toBe(`Shared by <@${asker.member.user.id}>`);
      expect(shared.allowed_mentions).toEqual({ parse: [] });
      expect(textOf(shared)).not.toContain('Does Connecticut honor');
      expect(validateResponse(copy)).toEqual([]);
      const posted = running.standIn.state.interactions.get(press.id)?.originalMessageId;
      expect(posted).toBeDefined();

      // People press minutes apart; by then the bot has asked Discord where the copy went.
      await vi.waitFor(async () =>
        expect(
          (await running.bot.ctx.shares.recent(CHANNEL_ID, customId, new Date()))?.link,
        ).toBeDefined(),
      );
      const repeat = messageOf(await send(makeInteraction.button(customId, newMember())));
      expect(isEphemeralMessage(repeat)).toBe(true);
      expect(repeat.content).toContain(
        `https://discord.com/channels/${GUILD_ID}/${CHANNEL_ID}/${posted}`,
      );
    });
  });

  it('"Find sources" on a message replies privately with the explainers that address it', async () => {
    const claim =
      'The jail has to hold anyone ICE asks for, detainers are mandatory federal orders.';
    typed.push(claim);
    const response = await send(
      makeInteraction.messageContextMenu('Find sources', claim, newMember()),
    );
    const reply = messageOf(response);
    expect(isEphemeralMessage(reply)).toBe(true);
    expect(validateResponse(response)).toEqual([]);
    // The answer leads with the entry that answers the claim; the evidence says a detainer is a request.
    expect(textOf(reply)).toMatch(/detainer/i);
    expect(textOf(reply)).toMatch(/request/i);
    expect(textOf(reply)).toMatch(/\]\(https:\/\//);
  });

  it('/sources lists a topic’s sources with links, kinds and dates', async () => {
    const response = await send(
      makeInteraction.chatInput('sources', { topic: FLAGSHIP }, newMember()),
    );
    const reply = messageOf(response);
    expect(isEphemeralMessage(reply)).toBe(true);
    expect(validateResponse(response)).toEqual([]);
    const text = textOf(reply);
    expect(text).toMatch(/\[8 U\.S\. Code § 1373[^\]]*\]\(https:\/\/[^)]+\)/);
    expect(text).toMatch(/Statute · U\.S\. Congress · 1996-09-30/);
  });

  it('/about says what the bot stores and which knowledge it serves', async () => {
    const response = await send(makeInteraction.chatInput('about', {}, newMember()));
    const reply = messageOf(response);
    expect(isEphemeralMessage(reply)).toBe(true);
    expect(validateResponse(response)).toEqual([]);
    const text = textOf(reply);
    expect(text).toMatch(/Nothing personal/);
    expect(text).toContain(running.bot.ctx.engine.knowledge.version);
  });

  describe('for a person who added the app to their account (a user install)', () => {
    const { BotDM, PrivateChannel } = InteractionContextType;

    it.each([
      ['the bot’s DM', BotDM],
      ['a group DM', PrivateChannel],
    ] as const)('answers /ask privately in %s', async (_where, context) => {
      const question = 'Can the police tell ICE when someone is released?';
      typed.push(question);
      const { user } = newMember().member;
      const response = await send(
        makeInteraction.chatInputInDm('ask', { question }, context, user),
      );
      const reply = messageOf(response);
      expect(isEphemeralMessage(reply)).toBe(true);
      expect(validateResponse(response)).toEqual([]);
      const share = customIdsOf(reply).some((id) => id.startsWith('share:'));
      // Only in a group DM is there someone to share with.
      expect(share).toBe(context === PrivateChannel);
    });

    it('explains that pinned explainers need a server, in a DM', async () => {
      const response = await send(
        makeInteraction.chatInputInDm('explainer', {}, BotDM, newMember().member.user),
      );
      expect(textOf(messageOf(response))).toMatch(/live in servers/);
    });
  });

  it('answers a command it does not know with a short private message, never silence', async () => {
    const response = await send(makeInteraction.chatInput('frobnicate', {}, newMember()));
    const reply = messageOf(response);
    expect(isEphemeralMessage(reply)).toBe(true);
    expect(reply.content).toMatch(/does not know that command/);
    expect(reply.content?.length).toBeLessThan(200);
    expect(validateResponse(response)).toEqual([]);
  });

  describe('faults', () => {
    it('resumes after the stand-in drops the WebSocket, and answers what was sent meanwhile', async () => {
      const { standIn } = running;
      const resumesBefore = standIn.resumes.length;
      standIn.dropConnection();
      // Sent while the socket is down: Discord replays it on RESUME.
      const meanwhile = makeInteraction.chatInput('about', {}, newMember());
      standIn.dispatch('INTERACTION_CREATE', meanwhile);
      expect(messageOf(await standIn.waitForCallback(meanwhile.id)).embeds).toBeDefined();
      expect(standIn.resumes.length).toBe(resumesBefore + 1);

      const next = await send(ask('What is an ICE detainer?'));
      expect(messageOf(next).embeds?.length).toBeGreaterThan(0);
    });

    it('identifies afresh when its session cannot be resumed, and keeps answering', async () => {
      const { standIn } = running;
      const identifiesBefore = standIn.identifies.length;
      standIn.dropConnection(4000, { resumable: false });
      await vi.waitFor(() => expect(standIn.identifies.length).toBe(identifiesBefore + 1), {
        timeout: 10_000,
      });
      await standIn.waitUntilConnected();
      const next = await send(ask('What does 8 U.S.C. 1373 say?'));
      expect(messageOf(next).embeds?.length).toBeGreaterThan(0);
    });

    it('turns a throwing handler into a private apology, logs only the command name, and keeps serving', async () => {
      const question = 'Can ICE take my cousin Marisol from the Hartford jail tonight?';
      typed.push(question);
      const interaction = makeInteraction.chatInput('broken', { question }, newMember());
      const reply = messageOf(await send(interaction));
      expect(isEphemeralMessage(reply)).toBe(true);
      expect(reply.content).toMatch(/something went wrong/i);

      const line = running.logLines.find((l) => l.includes('interaction handler failed'));
      expect(line).toBeDefined();
      expect(JSON.parse(line ?? '{}')).toMatchObject({ level: 50, command: 'broken' });
      expect(line).not.toContain('Marisol');
      expect(line).not.toContain(interaction.member.user.id);

      const next = await send(ask('What is the Trust Act?'));
      expect(messageOf(next).embeds?.length).toBeGreaterThan(0);
    });

    it('retries a callback Discord answers with 500, and answers the next interaction', async () => {
      const { standIn } = running;
      const interaction = ask('What is a sanctuary jurisdiction?');
      standIn.failNext(
        'POST',
        `/interactions/${interaction.id}/${interaction.token}/callback`,
        500,
      );
      const response = await send(interaction);
      expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      const attempts = standIn.requests.filter(
        (r) => r.route === CALLBACK && r.path.includes(interaction.id),
      );
      expect(attempts.map((r) => r.status)).toEqual([500, 204]);

      const next = await send(makeInteraction.chatInput('about', {}, newMember()));
      expect(next.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    });

    it('loses an interaction whose callback keeps failing, logs it without private text, and answers the next', async () => {
      const { standIn } = running;
      const interaction = ask('Will the Hartford police tell ICE where my aunt Rosa lives?');
      standIn.failNext(
        'POST',
        `/interactions/${interaction.id}/${interaction.token}/callback`,
        500,
        10,
      );
      standIn.dispatch('INTERACTION_CREATE', interaction);
      await vi.waitFor(() =>
        expect(running.logLines.some((l) => l.includes('could not reply'))).toBe(true),
      );
      const line = running.logLines.find((l) => l.includes('could not reply')) ?? '';
      expect(JSON.parse(line)).toMatchObject({ command: 'ask' });
      expect(line).not.toContain('Rosa');
      expect(line).not.toContain(interaction.token);

      const next = await send(makeInteraction.chatInput('about', {}, newMember()));
      expect(next.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    });

    it('waits out a 429 on the callback, answers, and answers the next interaction', async () => {
      const { standIn } = running;
      const interaction = makeInteraction.chatInput('explain', { topic: 'trust-act' }, newMember());
      standIn.failNext(
        'POST',
        `/interactions/${interaction.id}/${interaction.token}/callback`,
        429,
        1,
        { retryAfterSeconds: 0.2 },
      );
      const response = await send(interaction);
      expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      const attempts = standIn.requests.filter(
        (r) => r.route === CALLBACK && r.path.includes(interaction.id),
      );
      expect(attempts.map((r) => r.status)).toEqual([429, 204]);

      const next = await send(ask('Does section 1373 require honoring detainers?'));
      expect(next.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    });

    it('defers a handler slower than two seconds (type 5), then edits the reply in', async () => {
      const { standIn } = running;
      const interaction = makeInteraction.chatInput('slow', {}, newMember());
      const deferral = await send(interaction, SLOW_MS + 2000);
      expect(deferral).toEqual({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: { flags: MessageFlags.Ephemeral },
      });
      const edit = await standIn.waitForRequest(
        (r) =>
          r.method === 'PATCH' &&
          decodeURIComponent(r.path) ===
            `/webhooks/${APPLICATION_ID}/${interaction.token}/messages/@original`,
        SLOW_MS + 2000,
      );
      expect(edit.status).toBe(200);
      expect(edit.body).toMatchObject({ content: 'Finished, @everyone.' });
      expect(validatePayload(edit.body as Parameters<typeof validatePayload>[0])).toEqual([]);
    });
  });

  // Runs after every test that made a reply: it presses what they emitted.
  it('routes every custom_id the bot emitted in this suite to a handler', async () => {
    const emitted = new Map<string, MessagePayload>();
    for (const request of running.standIn.requests) {
      if (request.status >= 300 || !request.path.match(/^\/(interactions|webhooks)\//)) continue;
      const body = request.body as { data?: MessagePayload } | undefined;
      const message = (request.route === CALLBACK ? body?.data : body) as MessagePayload;
      for (const customId of customIdsOf(message)) emitted.set(customId, message);
    }
    const kinds = new Set([...emitted.keys()].map((id) => id.split(':')[0]));
    expect([...kinds].sort()).toEqual(['feedback', 'open', 'page', 'share']);
    for (const [customId, message] of emitted) {
      const on = {
        ...newMember(),
        message: botMessage({
          flags: MessageFlags.Ephemeral,
          components: message.components as APIMessage['components'],
        }),
      };
      const options = selectOptionsOf(message, customId);
      const press =
        options.length > 0
          ? makeInteraction.select(customId, options.slice(0, 1), on)
          : makeInteraction.button(customId, on);
      const response = await send(press);
      const text =
        response.type === InteractionResponseType.ChannelMessageWithSource
          ? textOf(response.data)
          : '';
      expect(text, `pressing ${customId}`).not.toMatch(/no longer/);
      expect(validateResponse(response)).toEqual([]);
    }
  });

  it('replies with the interaction token alone, never sending the bot token', async () => {
    const replies = running.standIn.requests.filter(
      (r) => r.route === CALLBACK || r.path.startsWith(`/webhooks/${APPLICATION_ID}/`),
    );
    expect(replies.length).toBeGreaterThan(20);
    for (const reply of replies) expect(reply.headers.authorization).toBeUndefined();
  });

  // Runs last: it reads the logs of every test above.
  it('never logs what anyone typed, who they are, or a token', async () => {
    const logs = running.logLines.join('\n');
    expect(running.logLines.length).toBeGreaterThan(0);
    for (const text of typed) expect(logs).not.toContain(text.slice(0, 40));
    for (const id of memberIds) expect(logs).not.toContain(id);
    expect(logs).not.toContain(running.standIn.token);
    for (const tracked of running.standIn.state.interactions.values()) {
      expect(logs).not.toContain(tracked.interaction.token);
    }
  });
});

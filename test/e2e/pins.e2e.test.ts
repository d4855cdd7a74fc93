/**
 * Pinned explainers end to end: the real gateway bot, its store in a temporary DATA_DIR, and a
 * copy of the knowledge base, against the local Discord stand-in. A moderator posts and pins; a
 * curator edits an entry and reloads; the bot edits the pinned message in place (the PATCH is
 * observed). Faults: invalid knowledge, a missing permission, a deleted message, a channel at
 * Discord's 250-pin limit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ApplicationCommandOptionType,
  OverwriteType,
  PermissionFlagsBits,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIEmbed,
} from 'discord-api-types/v10';
import { openBotServices, type BotServices } from '../../src/app/bot-services.js';
import { loadEngine } from '../../src/app/load-engine.js';
import { startGatewayBot, type GatewayBot } from '../../src/gateway/run-gateway-bot.js';
import { silentLogger } from '../../src/log.js';
import { copyKnowledge, type KnowledgeCopy } from '../app/knowledge-copy.js';
import { testConfig } from '../interactions/context.js';
import { messageOf, textOf } from '../interactions/responses.js';
import {
  APPLICATION_ID,
  CHANNEL_ID,
  MEMBER_USER,
  guildMember,
  makeInteraction,
  standInClientOptions,
  startStandIn,
  testGuild,
  textChannel,
  type StandIn,
} from './discord-stand-in/index.js';
import { BOT_ROLE_ID } from './discord-stand-in/fixtures.js';

const LOCKED = '1100000000000000201';
const FULL = '1100000000000000202';
const TRUST_ACT = 'glossary/trust-act.md';
const MESSAGES = '/channels/:channelId/messages';
const MESSAGE = '/channels/:channelId/messages/:messageId';

const moderator = guildMember(MEMBER_USER, String(PermissionFlagsBits.PinMessages));

/** `/explainer <sub> …` from a moderator (who is also the bot's admin) in #ask-here. */
function explainer(
  subcommand: 'post' | 'list' | 'reload',
  values: { topic?: string; channel?: string } = {},
  overrides: Partial<APIChatInputApplicationCommandGuildInteraction> = {},
) {
  const base = makeInteraction.chatInput('explainer', {}, { member: moderator, ...overrides });
  const options = [
    ...(values.topic === undefined
      ? []
      : [
          {
            type: ApplicationCommandOptionType.String as const,
            name: 'topic',
            value: values.topic,
          },
        ]),
    ...(values.channel === undefined
      ? []
      : [
          {
            type: ApplicationCommandOptionType.Channel as const,
            name: 'channel',
            value: values.channel,
          },
        ]),
  ];
  return {
    ...base,
    data: {
      ...base.data,
      options: [
        { type: ApplicationCommandOptionType.Subcommand as const, name: subcommand, options },
      ],
    },
  };
}

const embedText = (embeds: APIEmbed[] | undefined) =>
  (embeds ?? []).map((e) => [e.title, e.description, e.footer?.text].join('\n')).join('\n');

describe('pinned explainers against the Discord stand-in', { timeout: 60_000 }, () => {
  let standIn: StandIn;
  let knowledge: KnowledgeCopy;
  let dataDir: string;
  let services: BotServices;
  let bot: GatewayBot;

  /** Runs a command through the gateway; resolves with the text of the private reply. */
  async function run(interaction: ReturnType<typeof explainer>): Promise<string> {
    standIn.dispatch('INTERACTION_CREATE', interaction);
    const response = await standIn.waitForCallback(interaction.id, 10_000);
    // The bot answers "thinking…" at once and edits its reply in: posting takes several REST
    // calls, and a reload reads, checks and indexes the whole knowledge again (slow when busy).
    if (response.type === 5) {
      const edit = await standIn.waitForRequest(
        (r) => r.method === 'PATCH' && r.path.includes(interaction.token),
        45_000,
      );
      return textOf(edit.body as object);
    }
    return textOf(messageOf(response));
  }

  const store = () => {
    const { store: opened } = services.context;
    if (!opened) throw new Error('no store');
    return opened;
  };

  beforeAll(async () => {
    standIn = await startStandIn({
      guilds: [
        testGuild({
          channels: [
            textChannel(),
            // The bot's role may neither embed links nor pin here.
            textChannel({
              id: LOCKED,
              name: 'locked',
              permission_overwrites: [
                {
                  id: BOT_ROLE_ID,
                  type: OverwriteType.Role,
                  allow: '0',
                  deny: String(PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.PinMessages),
                },
              ],
            }),
            textChannel({ id: FULL, name: 'announcements' }),
          ],
        }),
      ],
    });
    // #announcements already holds Discord's limit of 250 pins.
    for (let i = 0; i < 250; i++) {
      const message = standIn.state.createMessage(FULL, { content: `Notice ${i}` });
      standIn.state.setPinned(FULL, message.id, true);
    }
    knowledge = copyKnowledge();
    dataDir = mkdtempSync(join(tmpdir(), 'sanctuary-e2e-data-'));
    const config = testConfig({
      DISCORD_TOKEN: standIn.token,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: standIn.restUrl,
      DATA_DIR: dataDir,
      KNOWLEDGE_DIR: knowledge.dir,
      BOT_ADMIN_IDS: MEMBER_USER.id,
    });
    const loaded = await loadEngine(knowledge.dir);
    if (!loaded.ok) throw new Error('the knowledge copy does not load');
    const log = silentLogger();
    const opened = await openBotServices({
      config,
      log,
      engine: loaded.engine,
      token: standIn.token,
    });
    if (!opened.ok) throw new Error(opened.message);
    services = opened.services;
    bot = await startGatewayBot({
      token: standIn.token,
      config,
      engine: loaded.engine,
      log,
      restApi: standIn.restUrl,
      clientOptions: standInClientOptions(standIn),
      services: services.context,
    });
    services.start();
  }, 90_000);

  afterAll(async () => {
    await bot?.stop();
    await services?.stop();
    await standIn?.close();
    knowledge?.remove();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('posts the explainer publicly, pins it, and records it', async () => {
    const text = await run(explainer('post', { topic: 'trust-act' }));
    expect(text).toMatch(/Pinned \*\*What is Connecticut's Trust Act\?\*\* in <#\d+>/);

    const post = await standIn.waitForRequest((r) => r.method === 'POST' && r.route === MESSAGES);
    const messageId = (post.responseBody as { id: string }).id;
    expect(post.headers.authorization).toBe(`Bot ${standIn.token}`);
    expect(standIn.state.pinnedMessages(CHANNEL_ID).map((m) => m.id)).toEqual([messageId]);
    expect(await store().pins.get(messageId)).toMatchObject({
      topic: 'trust-act',
      orphaned: false,
    });
  });

  it('edits the pinned message in place when a curator changes its entry and reloads', async () => {
    const [pin] = await store().pins.all();
    knowledge.edit(
      TRUST_ACT,
      'limits when state and local officers may hold',
      'limits when Connecticut police, prison staff and marshals may hold',
    );
    const text = await run(explainer('reload'));
    expect(text).toMatch(/Knowledge reloaded: version `\w+` \(was `\w+`\)/);

    const patch = await standIn.waitForRequest(
      (r) => r.method === 'PATCH' && r.route === MESSAGE && r.path.endsWith(`/${pin?.messageId}`),
    );
    expect(patch.status).toBe(200);
    const body = patch.body as { content: string; embeds: APIEmbed[] };
    expect(body.content).toMatch(
      /^\*Updated on \d{4}-\d{2}-\d{2}: the knowledge base changed\.\*$/,
    );
    expect(embedText(body.embeds)).toContain('Connecticut police, prison staff and marshals');
    const [shown] = standIn.state.pinnedMessages(CHANNEL_ID);
    expect(embedText(shown?.embeds)).toContain('Connecticut police, prison staff and marshals');
    await vi.waitFor(async () =>
      expect((await store().pins.get(pin?.messageId ?? ''))?.refreshedAt).not.toBeNull(),
    );
  });

  it('refuses a reload of invalid knowledge, names the error, and keeps serving the last good version', async () => {
    const served = bot.ctx.engine.knowledge.version;
    knowledge.edit(TRUST_ACT, 'kind: glossary', 'kind: rumour');
    try {
      const text = await run(explainer('reload'));
      expect(text).toMatch(
        /Reload refused: the knowledge has \d+ error\(s\)\. Still serving version/,
      );
      expect(text).toContain('trust-act.md');
      expect(bot.ctx.engine.knowledge.version).toBe(served);
    } finally {
      knowledge.edit(TRUST_ACT, 'kind: rumour', 'kind: glossary');
    }
  });

  it('names the permissions it lacks in another channel, and posts nothing there', async () => {
    const text = await run(explainer('post', { topic: 'detainer', channel: LOCKED }));
    expect(text).toMatch(/missing \*\*Embed Links\*\*, \*\*Pin Messages\*\* there/);
    expect(
      standIn.requests.some(
        (r) => r.method === 'POST' && r.path === `/channels/${LOCKED}/messages`,
      ),
    ).toBe(false);
  });

  it('names the permissions it lacks where the command was run (app_permissions)', async () => {
    const appPermissions = String(
      PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages,
    );
    const text = await run(
      explainer('post', { topic: 'detainer' }, { app_permissions: appPermissions }),
    );
    expect(text).toMatch(/missing \*\*Embed Links\*\*, \*\*Pin Messages\*\*/);
  });

  it('says a channel at the 250-pin limit is full, and leaves no post behind', async () => {
    const text = await run(explainer('post', { topic: 'detainer', channel: FULL }));
    expect(text).toMatch(/already has 250 pinned messages, Discord's limit/);
    const pinAttempt = await standIn.waitForRequest(
      (r) => r.method === 'PUT' && r.path.startsWith(`/channels/${FULL}/`),
    );
    expect((pinAttempt.responseBody as { code: number }).code).toBe(30003);
    const posted = pinAttempt.path.split('/').at(-1) ?? '';
    await standIn.waitForRequest(
      (r) => r.method === 'DELETE' && r.path === `/channels/${FULL}/messages/${posted}`,
    );
    expect(standIn.state.pinnedMessages(FULL)).toHaveLength(250);
    expect((await store().pins.all()).some((pin) => pin.channelId === FULL)).toBe(false);
  });

  it('marks a deleted message orphaned on the next refresh (SIGHUP), and never stops the loop', async () => {
    await run(explainer('post', { topic: 'detainer' }));
    const detainer = (await store().pins.all()).find((pin) => pin.topic === 'detainer');
    const trustAct = (await store().pins.all()).find((pin) => pin.topic === 'trust-act');
    standIn.state.deleteMessage(detainer?.messageId ?? '');
    knowledge.edit('glossary/detainer.md', 'ICE', 'U.S. Immigration and Customs Enforcement (ICE)');
    knowledge.edit(
      TRUST_ACT,
      'Connecticut police, prison staff and marshals',
      'state and local officers',
    );

    process.emit('SIGHUP');
    const gone = await standIn.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.endsWith(`/${detainer?.messageId}`),
      20_000,
    );
    expect((gone.responseBody as { code: number }).code).toBe(10008);
    await vi.waitFor(async () =>
      expect((await store().pins.get(detainer?.messageId ?? ''))?.orphaned).toBe(true),
    );
    // The other pinned explainer was still updated in the same pass.
    await standIn.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.path.endsWith(`/${trustAct?.messageId}`) &&
        r.status === 200 &&
        embedText((r.body as { embeds: APIEmbed[] }).embeds).includes('state and local officers'),
    );
    const list = await run(explainer('list'));
    expect(list).toMatch(/Pinned explainers in this server \(2\)/);
    expect(list).toMatch(/message or channel deleted/);
    expect(list).toMatch(/Trust Act.*current/);
  });
});

import { InteractionResponseType, Locale, PermissionFlagsBits } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { ReloadOutcome } from '../../src/app/knowledge-reloader.js';
import { validateResponse } from '../../src/discord/validate-payload.js';
import { buildAutocompleteInteraction } from '../../src/interactions/build-interaction.js';
import { handleInteraction } from '../../src/interactions/handle-interaction.js';
import {
  createInteractionContext,
  type ContextServices,
} from '../../src/interactions/interaction-context.js';
import type { APIInteraction } from 'discord-api-types/v10';
import { silentLogger } from '../../src/log.js';
import { realCommands, testConfig } from '../interactions/context.js';
import { choicesOf, isEphemeralMessage, messageOf, textOf } from '../interactions/responses.js';
import {
  BOT_NEEDS,
  explainerAutocomplete,
  explainerCommand,
} from '../pins/explainer-interactions.js';
import { fakeDiscord } from '../pins/fake-discord.js';
import { openTestStore } from '../store/temp-store.js';
import { englishPhrases } from '../support/catalog-text.js';
import { shippedEngine } from '../support/engine.js';
import { messagesEn } from '../../src/i18n/messages-en.js';
import { messagesEs } from '../../src/i18n/messages-es.js';

const ADMIN = '100000000000000077';
const ENGLISH = englishPhrases(messagesEn, messagesEs);
const HERE = '300000000000000001';
const THERE = '300000000000000002';

async function setup(services: Partial<ContextServices> = {}) {
  const discord = fakeDiscord();
  const store = openTestStore();
  const ctx = createInteractionContext({
    engine: await shippedEngine(),
    config: testConfig({ BOT_ADMIN_IDS: ADMIN }),
    log: silentLogger(),
    commands: await realCommands(),
    clock: () => new Date('2026-01-15T12:00:00Z'),
    store,
    discord,
    ...services,
  });
  const run = async (interaction: APIInteraction) => {
    const response = await handleInteraction(interaction, ctx);
    expect(validateResponse(response)).toEqual([]);
    return response;
  };
  const say = async (interaction: APIInteraction) => {
    const message = messageOf(await run(interaction));
    expect(isEphemeralMessage(message)).toBe(true);
    return textOf(message);
  };
  return { ctx, discord, store, run, say };
}

describe('/explainer', () => {
  it('is offered to moderators only: Pin Messages, in servers', async () => {
    const command = (await realCommands()).slash('explainer');
    expect(BigInt(command?.data.default_member_permissions ?? '0')).toBe(
      PermissionFlagsBits.PinMessages,
    );
    expect(command?.data.contexts).toEqual([0]);
  });

  it('post: pins the explainer publicly here and tells the moderator privately where', async () => {
    const { discord, store, say } = await setup();
    const text = await say(explainerCommand('post', { topic: 'trust-act' }));
    const [pin] = await store.pins.all();
    expect(text).toMatch(
      /Pinned \*\*What is Connecticut's Trust Act\?\*\* in <#300000000000000001>/,
    );
    expect(text).toContain(
      `https://discord.com/channels/${pin?.guildId}/${HERE}/${pin?.messageId}`,
    );
    const posted = discord.messages.get(pin?.messageId ?? '');
    expect(posted?.channelId).toBe(HERE);
    expect(textOf(posted?.payload ?? {})).toMatch(/Trust Act/);
    expect(discord.pinned.has(pin?.messageId ?? '')).toBe(true);
  });

  it('post: checks its permissions in another channel over REST', async () => {
    const { discord, say } = await setup();
    discord.permissions = {
      permissions: BOT_NEEDS & ~PermissionFlagsBits.EmbedLinks,
      thread: false,
    };
    const text = await say(explainerCommand('post', { topic: 'trust-act', channel: THERE }));
    expect(text).toMatch(/missing \*\*Embed Links\*\* there/);
    expect(discord.calls.map((c) => [c.method, c.channelId])).toEqual([['botPermissions', THERE]]);
  });

  it('post: names what the bot lacks where the command was run, from app_permissions', async () => {
    const { discord, say } = await setup();
    const appPermissions = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;
    const text = await say(explainerCommand('post', { topic: 'trust-act' }, { appPermissions }));
    expect(text).toMatch(/missing \*\*Embed Links\*\*, \*\*Pin Messages\*\*/);
    expect(discord.calls).toEqual([]);
  });

  it('refuses a member without Pin Messages, whatever Discord showed them', async () => {
    const { discord, say } = await setup();
    const memberPermissions = PermissionFlagsBits.SendMessages;
    const text = await say(explainerCommand('post', { topic: 'trust-act' }, { memberPermissions }));
    expect(text).toMatch(/Only members with \*\*Pin Messages\*\*/);
    expect(discord.calls).toEqual([]);
  });

  it('list: every tracked explainer in this server, where, and whether it is current', async () => {
    const { store, say } = await setup();
    expect(await say(explainerCommand('list'))).toMatch(/No pinned explainers in this server yet/);
    await say(explainerCommand('post', { topic: 'trust-act' }));
    await say(explainerCommand('post', { topic: 'detainer', channel: THERE }));
    await store.pins.markOrphaned((await store.pins.all())[1]?.messageId ?? '');
    const text = await say(explainerCommand('list'));
    expect(text).toMatch(/Pinned explainers in this server \(2\)/);
    expect(text).toMatch(/Trust Act.*<#300000000000000001>.*current/);
    expect(text).toMatch(/<#300000000000000002>.*message or channel deleted/);
  });

  it('remove: autocomplete offers this server’s pins; picking one unpins and forgets it', async () => {
    const { discord, store, run, say } = await setup();
    await say(explainerCommand('post', { topic: 'trust-act' }));
    const choices = choicesOf(await run(explainerAutocomplete('remove', 'pin', 'trust')));
    const [pin] = await store.pins.all();
    expect(choices).toEqual([
      { name: "What is Connecticut's Trust Act? · this channel · current", value: pin?.messageId },
    ]);
    const text = await say(explainerCommand('remove', { pin: String(choices[0]?.value) }));
    expect(text).toMatch(/Unpinned and forgot/);
    expect(await store.pins.all()).toEqual([]);
    expect(discord.pinned.size).toBe(0);
  });

  it('post: autocomplete ranks topics as /explain does', async () => {
    const { run } = await setup();
    const choices = choicesOf(await run(explainerAutocomplete('post', 'topic', 'trust')));
    const explain = choicesOf(await run(buildAutocompleteInteraction('explain', 'topic', 'trust')));
    expect(choices.map((c) => c.value)).toContain('trust-act');
    expect(choices).toEqual(explain);
  });

  it('reload: only for the bot’s operators; reports what it reloaded', async () => {
    const outcome: ReloadOutcome = {
      ok: true,
      version: 'new',
      previousVersion: 'old',
      warnings: 0,
    };
    const { say } = await setup({ reloadKnowledge: () => Promise.resolve(outcome) });
    expect(await say(explainerCommand('reload'))).toMatch(/Only the people who run this bot/);
    const text = await say(explainerCommand('reload', {}, { userId: ADMIN }));
    expect(text).toMatch(/Knowledge reloaded: version `new` \(was `old`\)/);
  });

  it('reload: shows the checker’s errors and says the old version is still served', async () => {
    const outcome: ReloadOutcome = {
      ok: false,
      servingVersion: 'good',
      problems: [
        {
          file: 'knowledge/glossary/trust-act.md',
          line: 6,
          rule: 'schema',
          severity: 'error',
          message: 'kind: invalid',
        },
      ],
    };
    const { say } = await setup({ reloadKnowledge: () => Promise.resolve(outcome) });
    const text = await say(explainerCommand('reload', {}, { userId: ADMIN }));
    expect(text).toMatch(
      /Reload refused: the knowledge has 1 error\(s\)\. Still serving version `good`/,
    );
    expect(text).toContain('knowledge/glossary/trust-act.md:6: error [schema] kind: invalid');
  });

  it('says plainly when it runs without storage or Discord (the console)', async () => {
    const ctx = createInteractionContext({
      engine: await shippedEngine(),
      config: testConfig(),
      log: silentLogger(),
      commands: await realCommands(),
    });
    const response = await handleInteraction(explainerCommand('post', { topic: 'trust-act' }), ctx);
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(textOf(messageOf(response))).toMatch(/not available here/);
  });

  it('refuses to run outside a server', async () => {
    const { say } = await setup();
    expect(await say(explainerCommand('list', {}, { guildId: null }))).toMatch(/live in servers/);
  });

  it('answers a moderator whose Discord app is in Spanish in Spanish, with no English phrase', async () => {
    const { say, run } = await setup();
    const inSpanish = <T extends APIInteraction>(interaction: T): T => ({
      ...interaction,
      locale: Locale.SpanishLATAM,
    });
    const texts = [
      await say(inSpanish(explainerCommand('post', { topic: 'detainer' }))),
      await say(inSpanish(explainerCommand('post', { topic: 'detainer' }))),
      await say(inSpanish(explainerCommand('list'))),
      await say(inSpanish(explainerCommand('post', { topic: 'zzqx' }))),
      await say(inSpanish(explainerCommand('list', {}, { guildId: null }))),
    ];
    expect(texts[0]).toMatch(/^Fijé /);
    expect(texts[1]).toMatch(/ya está fijada/);
    expect(texts[2]).toMatch(/Explicaciones fijadas en este servidor \(1\)/);
    expect(texts[2]).toMatch(/al día/);
    expect(texts.flatMap((text) => ENGLISH.filter((phrase) => text.includes(phrase)))).toEqual([]);
    const [choice] = choicesOf(
      await run({ ...explainerAutocomplete('remove', 'pin', ''), locale: Locale.SpanishLATAM }),
    );
    expect(choice?.name).toMatch(/este canal · al día$/);
  });
});

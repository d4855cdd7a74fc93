/**
 * Two HTTP endpoint processes, built as `npm run serve:http` runs them, on one PostgreSQL and one
 * Discord stand-in, over real sockets: what one replica does, the other sees. Shares, cooldowns,
 * votes and counts agree across them; a knowledge edit on one refreshes each pinned explainer
 * once; a replica killed mid-refresh leaves the rest of it to the other.
 */
import {
  InteractionResponseType,
  type APIEmbed,
  type APIInteractionGuildMember,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { copyKnowledge, type KnowledgeCopy } from '../app/knowledge-copy.js';
import {
  APPLICATION_ID,
  CHANNEL_ID,
  GUILD_ID,
  MEMBER_USER,
  guildMember,
  makeInteraction,
  startStandIn,
  testGuild,
  textChannel,
  type StandIn,
} from '../e2e/discord-stand-in/index.js';
import { isEphemeralMessage, textOf } from '../interactions/responses.js';
import { freshDatabaseUrl, openPostgresTestStore } from '../store/stores.js';
import { createDiscordSigner } from './discord-signer.js';
import {
  answerOf,
  buttonIds,
  startEndpoint,
  stopEndpoints,
  type EndpointProcess,
} from './endpoint-process.js';

const CHANNELS = [CHANNEL_ID, '1100000000000000301', '1100000000000000302'];
const TOPICS = ['trust-act', 'detainer', 'judicial-warrant'];
const MESSAGE = '/channels/:channelId/messages/:messageId';
const LONG = { timeout: 40_000, interval: 200 };

let people = 0;
/** Someone new each time: every replica holds each person to one cooldown. */
const someone = (): { member: APIInteractionGuildMember } => {
  people += 1;
  const id = String(1_300_000_000_000_000_000n + BigInt(people));
  return { member: guildMember({ ...MEMBER_USER, id, username: `neighbour-${people}` }) };
};

const ask = (question: string, who = someone()) =>
  makeInteraction.chatInput('ask', { question }, who);

const embedText = (embeds: APIEmbed[] | undefined) =>
  (embeds ?? []).map((e) => [e.title, e.description].join('\n')).join('\n');

describe('two HTTP endpoint processes on one PostgreSQL', { timeout: 120_000 }, () => {
  const signer = createDiscordSigner();
  let standIn: StandIn;
  let knowledge: KnowledgeCopy;
  let store: Store;
  let a: EndpointProcess;
  let b: EndpointProcess;
  const pins: { messageId: string; channelId: string; topic: string }[] = [];

  const answer = (endpoint: EndpointProcess, interaction: Parameters<typeof answerOf>[3]) =>
    answerOf(endpoint, signer, standIn, interaction);
  const patchesOf = (messageId: string) =>
    standIn.requests.filter(
      (r) => r.method === 'PATCH' && r.route === MESSAGE && r.path.endsWith(`/${messageId}`),
    );
  /** Each process's last word on the pins: a finished pass over `version`, not a skip. */
  const finishedPass = (endpoint: EndpointProcess, version: string, after: number) =>
    endpoint
      .logged('pinned explainers refreshed')
      .slice(after)
      .some((line) => line.knowledgeVersion === version);

  beforeAll(async () => {
    standIn = await startStandIn({
      guilds: [
        testGuild({ channels: CHANNELS.map((id, i) => textChannel({ id, name: `c${i}` })) }),
      ],
    });
    knowledge = copyKnowledge();
    const url = await freshDatabaseUrl();
    store = await openPostgresTestStore(url);
    // Explainers pinned earlier, from knowledge the bot no longer serves: the start-up pass edits them.
    for (const [i, topic] of TOPICS.entries()) {
      const channelId = CHANNELS[i] ?? CHANNEL_ID;
      const { id: messageId } = standIn.state.createMessage(channelId, { content: topic });
      pins.push({ messageId, channelId, topic });
      await store.pins.add({
        messageId,
        guildId: GUILD_ID,
        channelId,
        topic,
        contentHash: 'stale',
        knowledgeVersion: 'stale',
        postedAt: '2026-01-01T00:00:00.000Z',
      });
    }
    const env = {
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_TOKEN: standIn.token,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: standIn.restUrl,
      DATABASE_URL: url,
      KNOWLEDGE_DIR: knowledge.dir,
      KNOWLEDGE_SYNC_SECONDS: '1',
      PIN_REFRESH_LEASE_SECONDS: '3',
      COOLDOWN_SECONDS: '60',
    };
    [a, b] = await Promise.all([startEndpoint(env), startEndpoint(env)]);
  }, 120_000);

  afterAll(async () => {
    await stopEndpoints();
    await standIn?.close();
    knowledge?.remove();
  });

  it('posts one public copy of a share pressed on each, and holds cooldowns and votes across them', async () => {
    const asker = someone();
    const { message: reply } = await answer(a, ask('What is an ICE detainer?', asker));
    const share = buttonIds(reply).find((id) => id.startsWith('share:'));
    const vote = buttonIds(reply).find((id) => id.startsWith('feedback:not-helpful:'));
    expect(share && vote).toBeTruthy();

    const presses = await Promise.all([
      answer(a, makeInteraction.button(share ?? '', someone())),
      answer(b, makeInteraction.button(share ?? '', someone())),
    ]);
    expect(presses.filter((p) => !isEphemeralMessage(p.message))).toHaveLength(1);
    expect(textOf(presses.find((p) => isEphemeralMessage(p.message))?.message ?? {})).toMatch(
      /was shared here/,
    );

    // The same person asking again at once, on the other replica, is held to their cooldown.
    const again = await answer(b, ask('What is a sanctuary city?', asker));
    expect(textOf(again.message)).toMatch(/faster than this bot can keep up/);

    // One vote per person per passage per day, wherever it is pressed.
    const voter = someone();
    for (const endpoint of [a, b, b]) {
      const pressed = await answer(endpoint, makeInteraction.button(vote ?? '', voter));
      expect(pressed.type).toBe(InteractionResponseType.UpdateMessage);
    }
    await answer(a, makeInteraction.button(vote ?? '', someone()));
    const [counted] = await store.feedback.mostNotHelpful(1);
    expect(counted?.notHelpful).toBe(2);
  });

  it('counts every request and vote exactly under concurrent load on both', async () => {
    const total = async () =>
      (await store.usage.topTopics('2000-01-01', 100)).reduce((sum, t) => sum + t.count, 0);
    const notHelpful = async () =>
      (await store.feedback.mostNotHelpful(1000)).reduce((sum, p) => sum + p.notHelpful, 0);
    const [before, votedBefore] = [await total(), await notHelpful()];
    const { message: reply } = await answer(b, ask('What does the Trust Act do?'));
    const vote = buttonIds(reply).find((id) => id.startsWith('feedback:not-helpful:'));
    const questions = [
      'What is an ICE detainer?',
      'What is a judicial warrant?',
      'What is 287(g)?',
    ];
    const asks = 30;
    const votes = 30;
    const results = await Promise.all([
      ...Array.from({ length: asks }, (_, i) =>
        answer(i % 2 ? a : b, ask(questions[i % questions.length] ?? '')),
      ),
      ...Array.from({ length: votes }, (_, i) =>
        answer(i % 2 ? b : a, makeInteraction.button(vote ?? '', someone())),
      ),
    ]);
    expect(results.filter((r) => r.type === InteractionResponseType.UpdateMessage)).toHaveLength(
      votes,
    );
    // A vote is counted before its reply; topics are recorded just after theirs.
    expect(await notHelpful()).toBe(votedBefore + votes);
    await vi.waitFor(async () => expect(await total()).toBe(before + 1 + asks), LONG);
  });

  it('refreshes each pin exactly once at start-up and when the knowledge changes on one (SIGHUP)', async () => {
    const version = (await store.coordination.knowledgeVersion()) ?? '';
    // Started together, the two edited each stale pin once between them.
    await vi.waitFor(() => {
      expect(finishedPass(a, version, 0) && finishedPass(b, version, 0)).toBe(true);
    }, LONG);
    for (const pin of pins) expect(patchesOf(pin.messageId)).toHaveLength(1);

    const passesA = a.logged('pinned explainers refreshed').length;
    const passesB = b.logged('pinned explainers refreshed').length;
    knowledge.edit(
      'glossary/trust-act.md',
      'limits when state and local officers may hold',
      'limits when Connecticut police, prison staff and marshals may hold',
    );
    a.child.kill('SIGHUP');
    const reloaded = await vi.waitFor(() => {
      const [line] = a.logged('knowledge reloaded');
      expect(line).toBeDefined();
      return String(line?.version);
    }, LONG);
    await vi.waitFor(() => {
      expect(b.logged('knowledge reloaded to match the other processes')).toHaveLength(1);
      expect(finishedPass(a, reloaded, passesA) && finishedPass(b, reloaded, passesB)).toBe(true);
    }, LONG);
    const [trustAct, ...others] = pins;
    const edits = patchesOf(trustAct?.messageId ?? '');
    expect(edits).toHaveLength(2);
    expect(embedText((edits[1]?.body as { embeds: APIEmbed[] }).embeds)).toContain(
      'Connecticut police, prison staff and marshals',
    );
    for (const pin of others) expect(patchesOf(pin.messageId)).toHaveLength(1);
  });

  it('finishes the refresh a replica killed mid-pass left', async () => {
    // The first edit Discord answers with a long rate limit: its pass hangs there, lease held.
    standIn.failNext('PATCH', MESSAGE, 429, 1, { retryAfterSeconds: 600 });
    knowledge.edit(
      'glossary/trust-act.md',
      'Connecticut police, prison staff and marshals',
      'state and local officers',
    );
    knowledge.edit('glossary/detainer.md', 'ICE', 'U.S. Immigration and Customs Enforcement (ICE)');
    knowledge.edit(
      'glossary/judicial-warrant.md',
      'A judicial warrant is a warrant that a judge issues or signs.',
      'A judicial warrant is one that a judge issues or signs.',
    );
    b.child.kill('SIGHUP');
    await standIn.waitForRequest((r) => r.method === 'PATCH' && r.status === 429, LONG.timeout);
    // Skips counted from when the pass hangs: one logged earlier (a retry left by a pass before
    // this test) may come from either replica. From now on the holder cannot skip: the replica
    // that does, on its retry every lease period, is the one that does not hold the lease.
    const skipsA = a.logged('another process is refreshing the pinned explainers').length;
    const skipsB = b.logged('another process is refreshing the pinned explainers').length;
    const survivor = await vi.waitFor(() => {
      const skippedA =
        a.logged('another process is refreshing the pinned explainers').length > skipsA;
      const skippedB =
        b.logged('another process is refreshing the pinned explainers').length > skipsB;
      expect(skippedA || skippedB).toBe(true);
      return skippedA ? a : b;
    }, LONG);
    const holder = survivor === a ? b : a;
    holder.child.kill('SIGKILL');
    await holder.exited;

    const version = (await store.coordination.knowledgeVersion()) ?? '';
    await vi.waitFor(async () => {
      const stored = await store.pins.all();
      expect(stored.map((pin) => pin.knowledgeVersion)).toEqual(TOPICS.map(() => version));
    }, LONG);
    expect(embedText(standIn.state.message(pins[0]?.messageId ?? '')?.embeds)).toContain(
      'state and local officers',
    );
    expect(embedText(standIn.state.message(pins[1]?.messageId ?? '')?.embeds)).toContain(
      'U.S. Immigration and Customs Enforcement',
    );
    // The survivor edited what the killed one left: the pin whose edit hung, at least. It logs
    // the pass once it ends, which may be just after the pins are stored.
    await vi.waitFor(() => {
      expect(
        survivor
          .logged('pinned explainers refreshed')
          .some((line) => line.knowledgeVersion === version && Number(line.updated) >= 1),
      ).toBe(true);
    }, LONG);
  });
});

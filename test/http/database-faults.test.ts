/**
 * An HTTP endpoint process when its PostgreSQL fails: restarted while serving (on a server of
 * this file's own, so no other test sees the restart), and refused at start-up.
 */
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { makeInteraction, startStandIn, type StandIn } from '../e2e/discord-stand-in/index.js';
import { newMember } from '../e2e/support/bot-on-stand-in.js';
import { textOf } from '../interactions/responses.js';
import { startPostgresServer, type PostgresServer } from '../support/postgres-server.js';
import { freshDatabaseUrl, openPostgresTestStore } from '../store/stores.js';
import { createDiscordSigner } from './discord-signer.js';
import {
  answerOf,
  buttonIds,
  spawnEndpoint,
  startEndpoint,
  stopEndpoints,
  type EndpointProcess,
} from './endpoint-process.js';

const QUESTIONS = ['What is an ICE detainer?', 'What is a judicial warrant?', 'What is 287(g)?'];

describe('an HTTP endpoint process when PostgreSQL fails', { timeout: 120_000 }, () => {
  const signer = createDiscordSigner();
  let standIn: StandIn;
  let server: PostgresServer;
  let endpoint: EndpointProcess;
  let url: string;

  beforeAll(async () => {
    [standIn, server] = await Promise.all([startStandIn(), startPostgresServer()]);
    url = await freshDatabaseUrl(server.adminUrl);
    endpoint = await startEndpoint({ DISCORD_PUBLIC_KEY: signer.publicKeyHex, DATABASE_URL: url });
  }, 120_000);

  afterAll(async () => {
    await stopEndpoints();
    await standIn?.close();
    await server?.stop();
  });

  const answer = (interaction: Parameters<typeof answerOf>[3]) =>
    answerOf(endpoint, signer, standIn, interaction);
  const asked = (i: number) =>
    answer(makeInteraction.chatInput('ask', { question: QUESTIONS[i % 3] ?? '' }, newMember()));

  it('keeps answering through a restart of the database, then records every write it acknowledged', async () => {
    const { message: first } = await asked(0);
    const vote = buttonIds(first).find((id) => id.startsWith('feedback:not-helpful:')) ?? '';
    const votes = 4;
    for (let i = 0; i < votes; i += 1) {
      expect((await answer(makeInteraction.button(vote, newMember()))).type).toBe(
        InteractionResponseType.UpdateMessage,
      );
    }

    // Questions keep arriving, one after another, for as long as the restart takes.
    let restarted = false;
    const restart = server.restart().then(() => (restarted = true));
    let asks = 1;
    const replies: string[] = [];
    do {
      replies.push(textOf((await asked(asks)).message));
      asks += 1;
    } while (!restarted || asks < 6);
    await restart;
    expect(replies.every((text) => text.length > 100)).toBe(true);

    // Writes resume: votes pressed after the restart count.
    for (let i = 0; i < votes; i += 1) await answer(makeInteraction.button(vote, newMember()));
    const store = await openPostgresTestStore(url);
    const [counted] = await store.feedback.mostNotHelpful(1);
    expect(counted?.notHelpful).toBe(2 * votes);
    // Every answered question's topic, including those asked while the database was away, once.
    await vi.waitFor(
      async () => {
        const topics = await store.usage.topTopics('2000-01-01', 100);
        expect(topics.reduce((sum, t) => sum + t.count, 0)).toBe(asks);
      },
      { timeout: 30_000, interval: 200 },
    );
    expect(endpoint.output()).not.toMatch(/"level":50/);
  });

  it('refuses to start with a wrong password: exit 1 and a message naming DATABASE_URL', async () => {
    const wrong = new URL(inject('postgresAdminUrl'));
    wrong.password = 'not-the-password';
    const refused = await spawnEndpoint({
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DATABASE_URL: wrong.toString(),
    });
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toMatch(
      /DATABASE_URL \(postgres:\/\/postgres:\*\*\*@.*the password was refused/,
    );
    expect(refused.output()).not.toContain('not-the-password');
  });
});

/**
 * The HTTP interactions endpoint over real HTTP on loopback, signed as Discord signs: refusals
 * for every forgery, replay and malformed request, the commands' answers, and a deferred reply
 * completed through the stand-in's interaction webhook.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ApplicationCommandType,
  InteractionResponseType,
  MessageFlags,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { SlashCommand } from '../../src/commands/command.js';
import { createCommandRegistry } from '../../src/commands/load-commands.js';
import { createInteractionWebhook, createWebhookRest } from '../../src/http/interaction-webhook.js';
import {
  createInteractionsServer,
  type InteractionsServer,
} from '../../src/http/interactions-server.js';
import { makeInteraction, startStandIn, type StandIn } from '../e2e/discord-stand-in/index.js';
import { realCommands, testContext } from '../interactions/context.js';
import { createDiscordSigner, timestampOf } from './discord-signer.js';
import { sendRaw } from './post.js';

const MAX_BODY_BYTES = 64 * 1024;

/** A command that finishes when the test says so: slower than the endpoint's deferral point. */
function gatedCommand(name: string) {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const command = {
    data: { type: ApplicationCommandType.ChatInput, name, description: 'Takes a while.' },
    async execute() {
      await gate;
      return { content: 'done @everyone' };
    },
  } satisfies SlashCommand;
  return { command, open: () => open() };
}

describe('the HTTP interactions endpoint', () => {
  const signer = createDiscordSigner();
  const slow = gatedCommand('slow');
  const unacknowledged = gatedCommand('unacknowledged');
  let logs: Record<string, unknown>[];
  let standIn: StandIn;
  let endpoint: InteractionsServer;
  let port: number;

  beforeAll(async () => {
    standIn = await startStandIn();
    const real = await realCommands();
    const test = await testContext({
      commands: createCommandRegistry([...real.all, slow.command, unacknowledged.command]),
    });
    const { ctx } = test;
    logs = test.logs;
    endpoint = createInteractionsServer({
      ctx,
      publicKey: signer.publicKeyHex,
      webhook: createInteractionWebhook(createWebhookRest(standIn.restUrl)),
      deferAfterMs: 50,
      maxBodyBytes: MAX_BODY_BYTES,
    });
    port = await endpoint.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await endpoint?.close(1000);
    await standIn?.close();
  });

  /** POSTs `body` signed as Discord would, then lets `tamper` change what is actually sent. */
  const post = (
    body: string,
    tamper: (headers: Record<string, string>) => Record<string, string> = (h) => h,
  ) =>
    sendRaw(port, { headers: tamper(signer.headers(body)), chunks: [body] }).then((response) => ({
      ...response,
      json: response.body ? (JSON.parse(response.body) as unknown) : undefined,
    }));

  const postInteraction = async (interaction: APIInteraction) => {
    const response = await post(JSON.stringify(interaction));
    expect(response.status).toBe(200);
    return response.json as APIInteractionResponse;
  };

  describe('refuses what Discord did not send', () => {
    const ping = JSON.stringify(makeInteraction.ping());

    it('answers a correctly signed PING with {"type":1}', async () => {
      const response = await post(ping);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/json');
      expect(response.body).toBe('{"type":1}');
    });

    it('refuses a signature made with another key (401)', async () => {
      const forger = createDiscordSigner();
      const response = await post(ping, () => forger.headers(ping));
      expect(response.status).toBe(401);
    });

    it('refuses a body changed after signing (401)', async () => {
      const tampered = ping.replace('"type":1', '"type":2');
      const response = await sendRaw(port, { headers: signer.headers(ping), chunks: [tampered] });
      expect(response.status).toBe(401);
    });

    it('refuses a request re-serialized with different whitespace (401): the raw bytes are signed', async () => {
      const spaced = JSON.stringify(JSON.parse(ping), null, 2);
      const response = await sendRaw(port, { headers: signer.headers(ping), chunks: [spaced] });
      expect(response.status).toBe(401);
    });

    it.each([
      ['no signature', 'x-signature-ed25519'],
      ['no timestamp', 'x-signature-timestamp'],
    ])('refuses a request with %s (401)', async (_case, missing) => {
      const response = await post(ping, (headers) =>
        Object.fromEntries(Object.entries(headers).filter(([name]) => name !== missing)),
      );
      expect(response.status).toBe(401);
    });

    it('refuses a signature that is not 64 bytes of hex (401)', async () => {
      const response = await post(ping, (headers) => ({
        ...headers,
        'x-signature-ed25519': 'not-hex',
      }));
      expect(response.status).toBe(401);
    });

    it('refuses a correctly signed request more than five minutes old or ahead (401)', async () => {
      // Half a minute past the limit: a request sent on a busy machine still arrives well outside it.
      for (const offsetSeconds of [-330, 330]) {
        const timestamp = timestampOf(new Date(Date.now() + offsetSeconds * 1000));
        const response = await post(ping, () => signer.headers(ping, timestamp));
        expect(response.status).toBe(401);
        expect(response.json).toEqual({ error: 'stale timestamp' });
      }
    });

    it('refuses signed malformed JSON, and signed JSON that is not an interaction (400)', async () => {
      for (const body of ['{"type":1,', '[1,2,3]', '{"hello":"world"}']) {
        const response = await post(body);
        expect(response.status).toBe(400);
      }
    });

    it('refuses a declared oversized body before it arrives (413), and keeps serving', async () => {
      // Declares ten megabytes, sends one kilobyte, and waits: only an endpoint that does not
      // read the body whole can answer now.
      const response = await sendRaw(port, {
        headers: { ...signer.headers(ping), 'content-length': 10 * 1024 * 1024 },
        chunks: ['x'.repeat(1024)],
        leaveOpen: true,
      });
      expect(response.status).toBe(413);
      expect(response.headers.connection).toBe('close');
      expect((await post(ping)).status).toBe(200);
    });

    it('refuses an oversized chunked body once the limit is passed (413)', async () => {
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      const response = await sendRaw(port, {
        headers: { ...signer.headers(ping), 'transfer-encoding': 'chunked' },
        chunks: Array.from({ length: MAX_BODY_BYTES / chunk.length + 1 }, () => chunk),
        leaveOpen: true,
      });
      expect(response.status).toBe(413);
    });

    it('answers only POST on /interactions, GET /healthz, and 404 elsewhere', async () => {
      expect((await sendRaw(port, { method: 'GET' })).status).toBe(405);
      const health = await sendRaw(port, { method: 'GET', path: '/healthz' });
      expect([health.status, JSON.parse(health.body)]).toEqual([200, { status: 'ok' }]);
      expect((await sendRaw(port, { method: 'POST', path: '/' })).status).toBe(404);
    });
  });

  describe('answers through the transport-neutral core', () => {
    it('answers /ask with a private, cited reply (type 4)', async () => {
      const response = await postInteraction(
        makeInteraction.chatInput('ask', { question: 'What is an ICE detainer?' }),
      );
      expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      if (response.type !== InteractionResponseType.ChannelMessageWithSource) return;
      expect(response.data.flags).toBe(MessageFlags.Ephemeral);
      expect(response.data.allowed_mentions).toEqual({ parse: [] });
      expect(JSON.stringify(response.data.embeds)).toMatch(/detainer/i);
    });

    it('answers autocomplete with at most 25 choices (type 8)', async () => {
      const response = await postInteraction(
        makeInteraction.autocomplete('explain', { name: 'topic', value: 'det' }),
      );
      expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
      if (response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) return;
      expect(response.data.choices?.length).toBeGreaterThan(0);
      expect(response.data.choices?.length).toBeLessThanOrEqual(25);
    });

    it('answers a "Share to channel" button with a public copy (type 4)', async () => {
      const response = await postInteraction(makeInteraction.button('share:entry:trust-act'));
      expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      if (response.type !== InteractionResponseType.ChannelMessageWithSource) return;
      expect((response.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
      expect(JSON.stringify(response.data)).toMatch(/Trust Act/);
    });

    it('defers a slow command (type 5), then edits the reply in through the webhook', async () => {
      const interaction = makeInteraction.chatInput('slow');
      standIn.trackInteraction(interaction);
      const deferred = await postInteraction(interaction);
      expect(deferred).toEqual({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: { flags: MessageFlags.Ephemeral },
      });
      // Discord takes the HTTP response as the interaction's callback; so does the stand-in.
      const callback = await fetch(
        `${standIn.restUrl}/v10/interactions/${interaction.id}/${interaction.token}/callback`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(deferred),
        },
      );
      expect(callback.status).toBe(204);

      slow.open();
      const edit = await standIn.waitForRequest(
        (r) => r.method === 'PATCH' && r.path.includes(interaction.token),
      );
      expect(decodeURIComponent(edit.path)).toMatch(/\/messages\/@original$/);
      expect(edit.headers.authorization).toBeUndefined();
      expect(edit.status).toBe(200);
      expect(edit.body).toEqual({ content: 'done @everyone', allowed_mentions: { parse: [] } });
    });

    it('logs a deferred reply Discord refused without the interaction token, and keeps serving', async () => {
      // Never acknowledged in the stand-in: its webhook answers 404 Unknown Webhook to the edit.
      const interaction = makeInteraction.chatInput('unacknowledged');
      standIn.trackInteraction(interaction);
      expect((await postInteraction(interaction)).type).toBe(
        InteractionResponseType.DeferredChannelMessageWithSource,
      );
      unacknowledged.open();
      await standIn.waitForRequest(
        (r) => r.method === 'PATCH' && r.path.includes(interaction.token),
      );
      await vi.waitFor(() =>
        expect(
          logs.find((line) => line.msg === 'could not complete a deferred reply'),
        ).toMatchObject({
          command: 'unacknowledged',
          error: { status: 404, code: 10015 },
        }),
      );
      expect(JSON.stringify(logs)).not.toContain(interaction.token);
      expect((await post(JSON.stringify(makeInteraction.ping()))).status).toBe(200);
    });
  });
});

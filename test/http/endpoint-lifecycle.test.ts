/**
 * What the endpoint does after its HTTP response: learning where a shared copy was posted, and
 * a graceful close that waits for deferred replies (with a typed fake webhook, no network).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApplicationCommandType,
  InteractionResponseType,
  type APIInteraction,
} from 'discord-api-types/v10';
import type { SlashCommand } from '../../src/commands/command.js';
import { createCommandRegistry } from '../../src/commands/load-commands.js';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import type { InteractionWebhook } from '../../src/http/interaction-webhook.js';
import {
  createInteractionsServer,
  type InteractionsServer,
} from '../../src/http/interactions-server.js';
import { CHANNEL_ID, GUILD_ID, makeInteraction } from '../e2e/discord-stand-in/index.js';
import { realCommands, testContext } from '../interactions/context.js';
import { createDiscordSigner } from './discord-signer.js';
import { postInteraction } from './post.js';

const POSTED_MESSAGE_ID = '900000000000000002';

/** Records edits and follow-ups; every message is POSTED_MESSAGE_ID. */
function recordingWebhook() {
  const edits: { interaction: APIInteraction; data: MessagePayload }[] = [];
  const webhook: InteractionWebhook = {
    async editOriginal(interaction, data) {
      edits.push({ interaction, data });
      return POSTED_MESSAGE_ID;
    },
    async followUp(interaction, data) {
      edits.push({ interaction, data });
      return POSTED_MESSAGE_ID;
    },
    async originalMessageId() {
      return POSTED_MESSAGE_ID;
    },
  };
  return { webhook, edits };
}

function gatedCommand() {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const command = {
    data: { type: ApplicationCommandType.ChatInput, name: 'slow', description: 'Takes a while.' },
    async execute() {
      await gate;
      return { content: 'done' };
    },
  } satisfies SlashCommand;
  return { command, open: () => open() };
}

describe('the endpoint after its response', () => {
  const signer = createDiscordSigner();
  let endpoint: InteractionsServer | undefined;

  afterEach(async () => {
    await endpoint?.close(100);
    endpoint = undefined;
  });

  async function start(commands: SlashCommand[] = []) {
    const real = await realCommands();
    const test = await testContext({ commands: createCommandRegistry([...real.all, ...commands]) });
    const recording = recordingWebhook();
    endpoint = createInteractionsServer({
      ctx: test.ctx,
      publicKey: signer.publicKeyHex,
      webhook: recording.webhook,
      deferAfterMs: 20,
      shareLinkDelayMs: 0,
    });
    const port = await endpoint.listen(0, '127.0.0.1');
    return { ...test, ...recording, port };
  }

  it('learns where a shared copy was posted, so a repeat share links to it', async () => {
    const { ctx, port } = await start();
    const customId = 'share:entry:trust-act';
    await postInteraction(port, signer, makeInteraction.button(customId));
    const link = `https://discord.com/channels/${GUILD_ID}/${CHANNEL_ID}/${POSTED_MESSAGE_ID}`;
    await vi.waitFor(async () =>
      expect((await ctx.shares.recent(CHANNEL_ID, customId, ctx.clock()))?.link).toBe(link),
    );

    const repeat = await postInteraction(port, signer, makeInteraction.button(customId));
    expect(JSON.stringify(repeat)).toContain(`shared here a few minutes ago: ${link}`);
  });

  it('closes only after a deferred reply has been delivered', async () => {
    const slow = gatedCommand();
    const { port, edits } = await start([slow.command]);
    const deferred = await postInteraction(port, signer, makeInteraction.chatInput('slow'));
    expect(deferred.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);

    let closed = false;
    const closing = endpoint!.close(10_000).then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);

    slow.open();
    await closing;
    expect(edits.map((edit) => edit.data.content)).toEqual(['done']);
  });

  it('gives up on a reply that never finishes once the grace period is over', async () => {
    const { port } = await start([gatedCommand().command]);
    await postInteraction(port, signer, makeInteraction.chatInput('slow'));
    const started = Date.now();
    await endpoint!.close(200);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { MessagePayload } from '../discord/message-payload.js';
import { errorNotice } from '../discord/render-notice.js';
import { isEphemeralResponse } from '../interactions/deferral.js';
import { interactionLabel } from '../interactions/handle-interaction.js';
import type { InteractionContext } from '../interactions/interaction-context.js';
import { messageLink } from '../interactions/share-memory.js';
import { answerInTime } from './answer-in-time.js';
import type { BackgroundTasks } from './background-tasks.js';
import { checkSignedRequest } from './check-request.js';
import type { InteractionWebhook } from './interaction-webhook.js';
import { readBody } from './read-body.js';
import { sendJson, sendJsonText } from './send-json.js';
import type { SignatureCheck } from './signature.js';

export interface EndpointOptions {
  ctx: InteractionContext;
  verifySignature: SignatureCheck;
  webhook: InteractionWebhook;
  tasks: BackgroundTasks;
  deferAfterMs: number;
  maxBodyBytes: number;
  /** The real time, for the replay check (the context's clock may be a test's). */
  now: () => Date;
  /** How long after answering a share to ask Discord for the posted message. */
  shareLinkDelayMs: number;
}

const serializedMessages = new WeakMap<MessagePayload, string>();

/**
 * The response as JSON. A remembered answer comes back as the same payload object, so its
 * serialization is kept beside it: a 6 KB answer need not be stringified again for every repeat.
 */
function interactionResponseJson(response: APIInteractionResponse): string {
  const message = messageOf(response);
  if (!message || Object.keys(response).length !== 2) return JSON.stringify(response);
  let json = serializedMessages.get(message);
  if (json === undefined) serializedMessages.set(message, (json = JSON.stringify(message)));
  return `{"type":${response.type},"data":${json}}`;
}

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** The message a type 4 or 7 response carries: what a deferred reply is edited into. */
const messageOf = (response: APIInteractionResponse): MessagePayload | undefined =>
  response.type === InteractionResponseType.ChannelMessageWithSource ||
  response.type === InteractionResponseType.UpdateMessage
    ? response.data
    : undefined;

/** A "Share to channel" that posted a public copy, whose link a repeat share can point to. */
const postedPublicCopy = (interaction: APIInteraction, response: APIInteractionResponse) =>
  interaction.type === InteractionType.MessageComponent &&
  response.type === InteractionResponseType.ChannelMessageWithSource &&
  !isEphemeralResponse(response);

/**
 * `POST /interactions`: reads the body within its limit, refuses anything Discord did not sign
 * (401), a replay (401) or a signed body that is not an interaction (400), then answers through
 * the transport-neutral core. Slow work is deferred and finished through the interaction webhook.
 */
export function createInteractionsEndpoint(options: EndpointOptions) {
  const { ctx, verifySignature, webhook, tasks, deferAfterMs, maxBodyBytes, now } = options;
  const { log } = ctx;

  const rememberLink = (interaction: APIInteraction, messageId: string) => {
    const channelId = interaction.channel?.id ?? interaction.channel_id;
    if (channelId === undefined) return;
    ctx.shares.attachLink(interaction.id, messageLink(interaction.guild_id, channelId, messageId));
  };

  async function completeDeferred(
    interaction: APIInteraction,
    later: Promise<APIInteractionResponse>,
  ) {
    let command = 'unknown';
    try {
      command = interactionLabel(interaction);
      const response = await later;
      const message = messageOf(response);
      if (!message) {
        log.error({ command, type: response.type }, 'cannot follow a deferral with this response');
      }
      const messageId = await webhook.editOriginal(interaction, message ?? errorNotice());
      if (postedPublicCopy(interaction, response)) rememberLink(interaction, messageId);
      log.debug({ command }, 'answered after deferring');
    } catch (error) {
      // An expired token or a Discord outage: the person sees "thinking…" time out; keep serving.
      // The logger's error serializer drops the token from the URL and the reply body.
      log.error({ command, error }, 'could not complete a deferred reply');
    }
  }

  /** Discord posts the copy after reading our response, so ask for its id a moment later. */
  async function learnShareLink(interaction: APIInteraction) {
    try {
      await sleep(options.shareLinkDelayMs);
      rememberLink(interaction, await webhook.originalMessageId(interaction));
    } catch (error) {
      log.debug({ error }, 'could not learn the shared message id');
    }
  }

  return async function serveInteraction(request: IncomingMessage, response: ServerResponse) {
    const read = await readBody(request, maxBodyBytes);
    if (!read.ok) {
      if (read.problem === 'too large') {
        sendJson(response, 413, { error: 'request body too large' }, { close: true });
      } else {
        response.destroy();
      }
      return;
    }
    const verdict = checkSignedRequest(
      {
        signature: header(request, 'x-signature-ed25519'),
        timestamp: header(request, 'x-signature-timestamp'),
        body: read.body,
      },
      verifySignature,
      now(),
    );
    if (!verdict.ok) {
      log.debug({ refusal: verdict.refusal }, 'refused an interactions request');
      sendJson(response, verdict.status, { error: verdict.refusal });
      return;
    }
    const { interaction } = verdict;
    const answer = await answerInTime(interaction, ctx, deferAfterMs);
    sendJsonText(response, 200, interactionResponseJson(answer.now));
    if (answer.later) {
      tasks.track(completeDeferred(interaction, answer.later));
    } else if (postedPublicCopy(interaction, answer.now)) {
      tasks.track(learnShareLink(interaction));
    }
  };
}

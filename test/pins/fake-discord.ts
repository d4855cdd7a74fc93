/** A typed in-memory stand-in for the Discord actions: what was posted, pinned and edited. */
import type {
  BotPermissions,
  DiscordActions,
  DiscordFailure,
  DiscordResult,
} from '../../src/pins/discord-actions.js';
import type { MessagePayload } from '../../src/discord/message-payload.js';
import { BOT_NEEDS } from './explainer-interactions.js';

type Method = keyof DiscordActions;

export interface FakeCall {
  method: Method;
  channelId: string;
  messageId?: string;
  payload?: MessagePayload;
}

export interface FakeDiscord extends DiscordActions {
  calls: FakeCall[];
  /** Live messages by id. */
  messages: Map<string, { channelId: string; payload: MessagePayload }>;
  pinned: Set<string>;
  /** What `botPermissions` answers for any channel. */
  permissions: BotPermissions;
  /** The next call to `method` fails with `failure` (Discord's code and status). */
  failNext(method: Method, failure: DiscordFailure): void;
}

export const failures = {
  unknownMessage: { code: 10008, status: 404, message: 'Unknown Message' },
  unknownChannel: { code: 10003, status: 404, message: 'Unknown Channel' },
  maxPins: { code: 30003, status: 400, message: 'Maximum number of pins reached (250)' },
  missingPermissions: { code: 50013, status: 403, message: 'Missing Permissions' },
} satisfies Record<string, DiscordFailure>;

export function fakeDiscord(): FakeDiscord {
  const calls: FakeCall[] = [];
  const messages = new Map<string, { channelId: string; payload: MessagePayload }>();
  const pinned = new Set<string>();
  const failing = new Map<Method, DiscordFailure>();
  let nextId = 900_000_000_000_000_000n;

  function run<T>(call: FakeCall, work: () => T): Promise<DiscordResult<T>> {
    calls.push(call);
    const failure = failing.get(call.method);
    if (failure) {
      failing.delete(call.method);
      return Promise.resolve({ ok: false, failure });
    }
    const gone =
      call.messageId !== undefined &&
      call.method !== 'postMessage' &&
      messages.get(call.messageId)?.channelId !== call.channelId;
    if (gone) return Promise.resolve({ ok: false, failure: failures.unknownMessage });
    return Promise.resolve({ ok: true, value: work() });
  }

  const fake: FakeDiscord = {
    calls,
    messages,
    pinned,
    permissions: { permissions: BOT_NEEDS, thread: false },
    failNext: (method, failure) => void failing.set(method, failure),
    postMessage: (channelId, payload) =>
      run({ method: 'postMessage', channelId, payload }, () => {
        const id = String((nextId += 1n));
        messages.set(id, { channelId, payload });
        return { id };
      }),
    editMessage: (channelId, messageId, payload) =>
      run({ method: 'editMessage', channelId, messageId, payload }, () => {
        messages.set(messageId, { channelId, payload });
        return undefined;
      }),
    deleteMessage: (channelId, messageId) =>
      run({ method: 'deleteMessage', channelId, messageId }, () => {
        messages.delete(messageId);
        pinned.delete(messageId);
        return undefined;
      }),
    pinMessage: (channelId, messageId) =>
      run({ method: 'pinMessage', channelId, messageId }, () => void pinned.add(messageId)),
    unpinMessage: (channelId, messageId) =>
      run({ method: 'unpinMessage', channelId, messageId }, () => void pinned.delete(messageId)),
    botPermissions: (_guildId, channelId) =>
      run({ method: 'botPermissions', channelId }, () => fake.permissions),
  };
  return fake;
}

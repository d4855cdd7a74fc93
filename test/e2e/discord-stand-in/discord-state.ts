import { MessageFlags, MessageType } from 'discord-api-types/v10';
import type {
  APIApplicationCommand,
  APIChannel,
  APIInteraction,
  APIInteractionResponseCallbackData,
  APIMessage,
  GatewayGuildCreateDispatchData,
} from 'discord-api-types/v10';
import { APPLICATION_ID, BOT_USER, nextSnowflake } from './fixtures.js';

/** An interaction the stand-in delivered, and whether the bot has answered it. */
export interface TrackedInteraction {
  interaction: APIInteraction;
  receivedAt: number;
  acknowledged: boolean;
  /** The message the initial response created, if it created one. */
  originalMessageId: string | undefined;
}

interface StoredMessage {
  message: APIMessage;
  /** The interaction token that wrote it, for the webhook routes. */
  token: string | undefined;
}

/** Any message body the routes accept; Discord shares these fields across them. */
export type MessageBody = APIInteractionResponseCallbackData;

/** What Discord remembers between requests: channels, messages, pins and interactions. */
export class DiscordState {
  readonly interactions = new Map<string, TrackedInteraction>();
  /** Pinned message ids per channel, oldest first. */
  readonly pins = new Map<string, string[]>();
  /** Registered application commands: `global`, or a guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  private readonly messages = new Map<string, StoredMessage>();

  constructor(readonly guilds: GatewayGuildCreateDispatchData[]) {}

  channel(channelId: string): APIChannel | undefined {
    for (const guild of this.guilds) {
      const channel = guild.channels.find((candidate) => candidate.id === channelId);
      if (channel) return { ...channel, guild_id: guild.id } as APIChannel;
    }
    return undefined;
  }

  guild(guildId: string): GatewayGuildCreateDispatchData | undefined {
    return this.guilds.find((guild) => guild.id === guildId);
  }

  trackInteraction(interaction: APIInteraction): void {
    this.interactions.set(interaction.id, {
      interaction,
      receivedAt: Date.now(),
      acknowledged: false,
      originalMessageId: undefined,
    });
  }

  interactionByToken(token: string): TrackedInteraction | undefined {
    return [...this.interactions.values()].find((tracked) => tracked.interaction.token === token);
  }

  createMessage(channelId: string, body: MessageBody, token?: string): APIMessage {
    const message: APIMessage = {
      id: nextSnowflake(),
      channel_id: channelId,
      author: BOT_USER,
      content: body.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts ?? false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body.embeds ?? [],
      pinned: false,
      type: MessageType.Default,
      components: (body.components ?? []) as APIMessage['components'],
      flags: body.flags ?? (0 as MessageFlags),
      ...(token ? { webhook_id: APPLICATION_ID, application_id: APPLICATION_ID } : {}),
    };
    this.messages.set(message.id, { message, token });
    return message;
  }

  /** A message as the channel routes see it: ephemeral ones exist only for their interaction. */
  channelMessage(channelId: string, messageId: string): APIMessage | undefined {
    const message = this.messages.get(messageId)?.message;
    const ephemeral = ((message?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
    return message?.channel_id === channelId && !ephemeral ? message : undefined;
  }

  message(messageId: string): APIMessage | undefined {
    return this.messages.get(messageId)?.message;
  }

  webhookMessage(token: string, messageId: string): APIMessage | undefined {
    const stored = this.messages.get(messageId);
    return stored?.token === token ? stored.message : undefined;
  }

  editMessage(messageId: string, body: Partial<MessageBody>): APIMessage | undefined {
    const stored = this.messages.get(messageId);
    if (!stored) return undefined;
    const { content, embeds, components, flags } = body;
    stored.message = {
      ...stored.message,
      ...(content !== undefined && { content }),
      ...(embeds !== undefined && { embeds }),
      ...(components !== undefined && { components: components as APIMessage['components'] }),
      // Editing a deferred response's message ends its "thinking…" state.
      flags: ((stored.message.flags ?? 0) & ~MessageFlags.Loading) | (flags ?? 0),
      edited_timestamp: new Date().toISOString(),
    };
    return stored.message;
  }

  deleteMessage(messageId: string): boolean {
    for (const pinned of this.pins.values()) {
      const index = pinned.indexOf(messageId);
      if (index >= 0) pinned.splice(index, 1);
    }
    return this.messages.delete(messageId);
  }

  setPinned(channelId: string, messageId: string, pinned: boolean): void {
    const ids = (this.pins.get(channelId) ?? []).filter((id) => id !== messageId);
    if (pinned) ids.push(messageId);
    this.pins.set(channelId, ids);
    const stored = this.messages.get(messageId);
    if (stored) stored.message = { ...stored.message, pinned };
  }

  pinnedMessages(channelId: string): APIMessage[] {
    return (this.pins.get(channelId) ?? []).flatMap((id) => this.messages.get(id)?.message ?? []);
  }
}

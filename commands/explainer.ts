import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  ApplicationCommandType,
  ChannelType,
  type APIChatInputApplicationCommandInteraction,
} from 'discord-api-types/v10';
import type { CommandContext, SlashCommand } from '../src/commands/command.js';
import { serversThatAddedTheBot } from '../src/commands/install-contexts.js';
import { inSpanish } from '../src/commands/localize.js';
import { messagesEs } from '../src/i18n/messages-es.js';
import { languages, type Language } from '../src/knowledge/languages.js';
import { localeLanguage } from '../src/language/detect-language.js';
import { TOPIC_MAX } from '../src/commands/topic-reply.js';
import { truncateText } from '../src/discord/fit.js';
import { CHOICE_NAME_MAX } from '../src/discord/limits.js';
import type { MessagePayload } from '../src/discord/message-payload.js';
import { rankEntryChoices } from '../src/interactions/autocomplete.js';
import { userIdOf } from '../src/interactions/options.js';
import {
  explainerNotices,
  pinListReply,
  postReply,
  reloadReply,
  removeReply,
  statusLabel,
} from '../src/pins/explainer-replies.js';
import { messagesFor, type Messages } from '../src/i18n/messages.js';
import {
  MODERATOR_PERMISSIONS,
  isThread,
  mayManagePins,
  parsePermissions,
} from '../src/pins/permissions.js';
import { describePin } from '../src/pins/pin-status.js';
import { postExplainer } from '../src/pins/post-explainer.js';
import { removeExplainer } from '../src/pins/remove-explainer.js';
import {
  channelIn,
  focusedIn,
  stringIn,
  subcommandOf,
  type Subcommand,
} from '../src/pins/subcommand-options.js';

type Interaction = APIChatInputApplicationCommandInteraction;

const { commands, options, subcommands } = messagesEs;

/** The language an explainer is posted in: the one chosen, else the server's own. */
function postLanguage(interaction: Interaction, sub: Subcommand): Language {
  const chosen = stringIn(sub, 'language');
  return (
    languages.find((language) => language === chosen) ?? localeLanguage(interaction.guild_locale)
  );
}

/** Replies to moderators follow their Discord app's language; what they post follows its own. */
const moderatorMessages = (interaction: { locale?: string }): Messages =>
  messagesFor(localeLanguage(interaction.locale));

/** What posting, listing and removing need; absent in the console and the CLI. */
function pinServices(ctx: CommandContext) {
  const { store, discord } = ctx;
  const siteUrl = ctx.config.publicSiteUrl;
  return store && discord
    ? { engine: ctx.engine, store, discord, clock: ctx.clock, ...(siteUrl ? { siteUrl } : {}) }
    : undefined;
}

async function post(
  interaction: Interaction,
  sub: Subcommand,
  ctx: CommandContext,
  guildId: string,
  m: Messages,
) {
  const services = pinServices(ctx);
  if (!services) return explainerNotices(m).unavailable();
  const here = interaction.channel.id;
  const channelId = channelIn(sub, 'channel') ?? here;
  // Discord tells the bot its permissions where the command was run; elsewhere it asks over REST.
  const known =
    channelId === here && interaction.app_permissions !== undefined
      ? {
          permissions: parsePermissions(interaction.app_permissions),
          thread: isThread(interaction.channel.type),
        }
      : undefined;
  const outcome = await postExplainer(services, {
    guildId,
    channelId,
    topic: (stringIn(sub, 'topic') ?? '').slice(0, TOPIC_MAX),
    language: postLanguage(interaction, sub),
    ...(known ? { knownPermissions: known } : {}),
  });
  return postReply(m, outcome, channelId);
}

async function remove(
  interaction: Interaction,
  sub: Subcommand,
  ctx: CommandContext,
  guildId: string,
  m: Messages,
) {
  const services = pinServices(ctx);
  if (!services) return explainerNotices(m).unavailable();
  const outcome = await removeExplainer(services, {
    guildId,
    channelId: interaction.channel.id,
    which: stringIn(sub, 'pin') ?? '',
  });
  return removeReply(m, outcome);
}

async function list(ctx: CommandContext, guildId: string, m: Messages) {
  if (!ctx.store) return explainerNotices(m).unavailable();
  const pins = await ctx.store.pins.all(guildId);
  return pinListReply(
    m,
    pins.map((pin) => describePin(pin, ctx.engine)),
  );
}

async function reload(interaction: Interaction, ctx: CommandContext, m: Messages) {
  const userId = userIdOf(interaction);
  if (userId === undefined || !(ctx.config.adminIds ?? []).includes(userId)) {
    return explainerNotices(m).notAdmin();
  }
  if (!ctx.reloadKnowledge) return explainerNotices(m).unavailable();
  const outcome = await ctx.reloadKnowledge();
  const pins = (await ctx.store?.pins.all()) ?? [];
  const tracked = pins.filter((pin) => !pin.orphaned).length;
  return reloadReply(m, outcome, tracked);
}

export default {
  // Posting, pinning and reloading talk to Discord and re-read the knowledge: "thinking…" first.
  // Outside a server it only says that explainers live in servers.
  defersAtOnce: (interaction) => interaction.guild_id !== undefined,
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'explainer',
    description: 'Pin a curated explainer in a channel; the bot keeps it current. For moderators.',
    ...inSpanish(
      commands.explainer,
      'Fije una explicación en un canal; el bot la mantiene al día. Para moderadores.',
    ),
    // Visible to moderators only; checked again when run, since server admins can change this.
    default_member_permissions: String(MODERATOR_PERMISSIONS),
    ...serversThatAddedTheBot(),
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'post',
        description:
          'Post an explainer publicly and pin it; it is edited whenever the knowledge changes',
        ...inSpanish(
          subcommands.post,
          'Publique una explicación y fíjela; se edita cada vez que cambia el conocimiento',
        ),
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: 'topic',
            description: 'Start typing a topic and pick one',
            ...inSpanish(options.topic, 'Escriba parte de un tema y elija uno'),
            required: true,
            autocomplete: true,
            max_length: TOPIC_MAX,
          },
          {
            type: ApplicationCommandOptionType.Channel,
            name: 'channel',
            description: 'Where to post it (default: this channel)',
            ...inSpanish(options.channel, 'Dónde publicarla (si no elige: este canal)'),
            channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'language',
            description: 'The language to show it in (default: the server’s language)',
            ...inSpanish(
              options.language,
              'El idioma en que se muestra (si no elige: el idioma del servidor)',
            ),
            choices: [
              { name: 'English', value: 'en', ...inSpanish('Inglés') },
              { name: 'Español', value: 'es', ...inSpanish('Español') },
            ],
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'list',
        description:
          'The pinned explainers in this server, where they are, and whether each is current',
        ...inSpanish(
          subcommands.list,
          'Las explicaciones fijadas en este servidor, dónde están y si cada una está al día',
        ),
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'remove',
        description: 'Unpin an explainer and stop updating it',
        ...inSpanish(subcommands.remove, 'Deje de fijar una explicación y de actualizarla'),
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: 'pin',
            description: 'Pick the pinned explainer, or paste its message link',
            ...inSpanish(
              options.pin,
              'Elija la explicación fijada, o pegue el enlace de su mensaje',
            ),
            required: true,
            autocomplete: true,
            max_length: 200,
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'reload',
        description: 'For the bot’s operators: reload the knowledge and update pinned explainers',
        ...inSpanish(
          subcommands.reload,
          'Para quienes operan el bot: recargar el conocimiento y actualizar lo fijado',
        ),
      },
    ],
  },
  async execute(interaction, ctx): Promise<MessagePayload> {
    const guildId = interaction.guild_id;
    const sub = subcommandOf(interaction);
    const m = moderatorMessages(interaction);
    const notices = explainerNotices(m);
    if (guildId === undefined) return notices.guildOnly();
    // A user install reaches servers that never added the bot; it cannot post or pin there.
    const installedHere =
      interaction.authorizing_integration_owners[ApplicationIntegrationType.GuildInstall] ===
      guildId;
    if (!installedHere) return notices.notAdded();
    if (!sub) return notices.usage();
    if (sub.name === 'reload') return reload(interaction, ctx, m);
    if (!mayManagePins(parsePermissions(interaction.member?.permissions))) {
      return notices.notModerator();
    }
    if (sub.name === 'post') return post(interaction, sub, ctx, guildId, m);
    if (sub.name === 'remove') return remove(interaction, sub, ctx, guildId, m);
    return list(ctx, guildId, m);
  },
  async autocomplete(interaction, ctx) {
    const sub = subcommandOf(interaction);
    const focused = sub && focusedIn(sub);
    if (!focused) return [];
    if (focused.name === 'topic') return rankEntryChoices(ctx.engine, focused.value);
    const guildId = interaction.guild_id;
    if (!ctx.store || guildId === undefined) return [];
    const typed = focused.value.trim().toLowerCase();
    const m = moderatorMessages(interaction);
    const say = m.moderation;
    return (await ctx.store.pins.all(guildId))
      .map((pin) => describePin(pin, ctx.engine))
      .filter((pin) => `${pin.title} ${pin.topic} ${pin.messageId}`.toLowerCase().includes(typed))
      .map((pin) => ({
        name: truncateText(
          `${pin.title} · ${pin.channelId === interaction.channel?.id ? say.thisChannel : say.channelEnding(pin.channelId.slice(-4))} · ${statusLabel(m, pin.status)}`,
          CHOICE_NAME_MAX,
        ),
        value: pin.messageId,
      }));
  },
} satisfies SlashCommand;

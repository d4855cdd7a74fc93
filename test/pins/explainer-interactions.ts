/** Typed `/explainer …` interactions for tests, built on the core's own interaction builders. */
import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandInteraction,
} from 'discord-api-types/v10';
import {
  buildAutocompleteInteraction,
  buildSlashInteraction,
  type Actor,
} from '../../src/interactions/build-interaction.js';

export type Subcommand = 'post' | 'list' | 'remove' | 'reload';

export interface ExplainerActor extends Actor {
  /** The member's permissions; default Pin Messages (a moderator). */
  memberPermissions?: bigint;
  /** The bot's permissions in the channel (`app_permissions`); default all it needs. */
  appPermissions?: bigint;
}

export const BOT_NEEDS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.PinMessages;

function options(values: { topic?: string; pin?: string; channel?: string }) {
  const out: APIApplicationCommandInteractionDataBasicOption[] = [];
  for (const name of ['topic', 'pin'] as const) {
    const value = values[name];
    if (value !== undefined) out.push({ type: ApplicationCommandOptionType.String, name, value });
  }
  if (values.channel !== undefined) {
    out.push({
      type: ApplicationCommandOptionType.Channel,
      name: 'channel',
      value: values.channel,
    });
  }
  return out;
}

export function explainerCommand(
  subcommand: Subcommand,
  values: { topic?: string; pin?: string; channel?: string } = {},
  actor: ExplainerActor = {},
): APIChatInputApplicationCommandInteraction {
  const base = buildSlashInteraction('explainer', {}, actor);
  return {
    ...base,
    app_permissions: String(actor.appPermissions ?? BOT_NEEDS),
    ...(base.member
      ? {
          member: {
            ...base.member,
            permissions: String(actor.memberPermissions ?? PermissionFlagsBits.PinMessages),
          },
        }
      : {}),
    data: {
      ...base.data,
      options: [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: subcommand,
          options: options(values),
        },
      ],
    },
  };
}

export function explainerAutocomplete(
  subcommand: Subcommand,
  focused: 'topic' | 'pin',
  typed: string,
  actor: Actor = {},
): APIApplicationCommandAutocompleteInteraction {
  const base = buildAutocompleteInteraction('explainer', focused, typed, actor);
  return {
    ...base,
    data: {
      ...base.data,
      options: [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: subcommand,
          options: [
            {
              type: ApplicationCommandOptionType.String,
              name: focused,
              value: typed,
              focused: true,
            },
          ],
        },
      ],
    },
  };
}

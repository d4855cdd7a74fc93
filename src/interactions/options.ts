import {
  ApplicationCommandOptionType,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
} from 'discord-api-types/v10';

type WithOptions = { data: { options?: readonly APIApplicationCommandInteractionDataOption[] } };

/** The value of a top-level string option, or undefined when it was not given. */
export function stringOption(interaction: WithOptions, name: string): string | undefined {
  const option = interaction.data.options?.find((o) => o.name === name);
  return option?.type === ApplicationCommandOptionType.String ? option.value : undefined;
}

/** The option the person is typing into, for autocomplete: its name and what they typed so far. */
export function focusedOption(
  interaction: WithOptions,
): { name: string; value: string } | undefined {
  for (const option of interaction.data.options ?? []) {
    if (option.type === ApplicationCommandOptionType.String && option.focused) {
      return { name: option.name, value: option.value };
    }
  }
  return undefined;
}

/** The id of whoever caused the interaction: in a server as `member.user`, in DMs as `user`. */
export const userIdOf = (interaction: APIInteraction): string | undefined =>
  interaction.member?.user.id ?? interaction.user?.id;

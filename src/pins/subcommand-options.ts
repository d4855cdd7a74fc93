import {
  ApplicationCommandOptionType,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
} from 'discord-api-types/v10';

type WithOptions = { data: { options?: readonly APIApplicationCommandInteractionDataOption[] } };

export interface Subcommand {
  name: string;
  options: readonly APIApplicationCommandInteractionDataBasicOption[];
}

/** `/explainer post topic:…` arrives as one Subcommand option holding the real options. */
export function subcommandOf(interaction: WithOptions): Subcommand | undefined {
  const [first] = interaction.data.options ?? [];
  return first?.type === ApplicationCommandOptionType.Subcommand
    ? { name: first.name, options: first.options ?? [] }
    : undefined;
}

export function stringIn(subcommand: Subcommand, name: string): string | undefined {
  const option = subcommand.options.find((o) => o.name === name);
  return option?.type === ApplicationCommandOptionType.String ? option.value : undefined;
}

/** A channel option's value: the channel's id. */
export function channelIn(subcommand: Subcommand, name: string): string | undefined {
  const option = subcommand.options.find((o) => o.name === name);
  return option?.type === ApplicationCommandOptionType.Channel ? option.value : undefined;
}

/** The string option being typed into, for autocomplete. */
export function focusedIn(subcommand: Subcommand): { name: string; value: string } | undefined {
  for (const option of subcommand.options) {
    if (option.type === ApplicationCommandOptionType.String && option.focused) {
      return { name: option.name, value: option.value };
    }
  }
  return undefined;
}

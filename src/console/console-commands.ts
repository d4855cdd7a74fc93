import {
  ApplicationCommandOptionType as OptionType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIApplicationCommandSubcommandOption,
  type APIChatInputApplicationCommandInteraction,
} from 'discord-api-types/v10';
import type { SlashCommand } from '../commands/command.js';
import {
  buildCommandInteraction,
  buildCompletionInteraction,
  type Actor,
} from '../interactions/build-interaction.js';

/**
 * A slash command typed at the console as in Discord: `/explain topic:trust-act`,
 * `/explainer post topic:trust-act channel:123`, or for a command with one text option just
 * `/ask what is a detainer`. Each becomes the interaction Discord would send.
 */

const isSubcommand = (option: APIApplicationCommandOption) =>
  option.type === OptionType.Subcommand || option.type === OptionType.SubcommandGroup;

/** Values typed as `name:value`, each running to the next known `name:`. */
function namedValues(
  defs: readonly APIApplicationCommandBasicOption[],
  text: string,
): Map<string, string> {
  const names = defs.map((def) => def.name.replace(/[-\\^$*+?.()|[\]{}]/g, '\\$&'));
  const marker = new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'g');
  const found = [...text.matchAll(marker)];
  const values = new Map<string, string>();
  found.forEach((match, i) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = found[i + 1]?.index ?? text.length;
    values.set(match[1] ?? '', text.slice(start, end).trim());
  });
  const firstText = defs.find((def) => def.type === OptionType.String);
  // No `name:` at all: the whole text is the first text option, as the console always took it.
  if (found.length === 0 && text && firstText) values.set(firstText.name, text);
  return values;
}

/** A typed value as Discord sends that option's type: numbers as numbers, ids without `<#…>`. */
function toOption(
  def: APIApplicationCommandBasicOption,
  raw: string,
): APIApplicationCommandInteractionDataBasicOption {
  const { name } = def;
  switch (def.type) {
    case OptionType.Integer:
    case OptionType.Number:
      return { type: def.type, name, value: Number(raw) };
    case OptionType.Boolean:
      return { type: def.type, name, value: raw === 'true' || raw === 'yes' };
    case OptionType.Channel:
    case OptionType.User:
    case OptionType.Role:
    case OptionType.Mentionable:
      return { type: def.type, name, value: raw.replace(/^<[#@&!]*(\d+)>$/, '$1') };
    case OptionType.Attachment:
      return { type: def.type, name, value: raw };
    default:
      return { type: OptionType.String, name, value: raw };
  }
}

function usageOf(command: string, defs: readonly APIApplicationCommandBasicOption[]): string {
  const [only] = defs;
  if (defs.length === 1 && only) {
    return `Usage: /${command} ${only.required ? `<${only.name}>` : `[${only.name}]`}`;
  }
  const parts = defs.map((def) =>
    def.required ? `${def.name}:<${def.name}>` : `[${def.name}:<${def.name}>]`,
  );
  return `Usage: /${command} ${parts.join(' ')}`.trimEnd();
}

interface Parsed {
  /** The options to send, subcommand included. */
  options: APIApplicationCommandInteractionDataOption[];
  /** The option typed last (what autocomplete is about), if any. */
  last: string | undefined;
}

/**
 * The options a line gives `command`, or the usage line when it does not give what it needs.
 * `partial`: a line still being typed (autocomplete), which may lack required options.
 */
function parse(command: SlashCommand, text: string, partial = false): Parsed | string {
  const defs = command.data.options ?? [];
  const subcommands = defs.filter(isSubcommand) as APIApplicationCommandSubcommandOption[];
  if (subcommands.length > 0) {
    const [word = '', ...rest] = text.split(/\s+/);
    const sub = subcommands.find((s) => s.name === word);
    if (!sub) {
      return `Usage: /${command.data.name} ${subcommands.map((s) => s.name).join('|')} …`;
    }
    const inner = parseBasic(
      `${command.data.name} ${sub.name}`,
      sub.options ?? [],
      rest.join(' '),
      partial,
    );
    if (typeof inner === 'string') return inner;
    return {
      options: [
        {
          type: OptionType.Subcommand,
          name: sub.name,
          options: inner.options as APIApplicationCommandInteractionDataBasicOption[],
        },
      ],
      last: inner.last,
    };
  }
  return parseBasic(command.data.name, defs as APIApplicationCommandBasicOption[], text, partial);
}

function parseBasic(
  name: string,
  defs: readonly APIApplicationCommandBasicOption[],
  text: string,
  partial: boolean,
): Parsed | string {
  const values = namedValues(defs, text.trim());
  const missing = !partial && defs.some((def) => def.required && !values.get(def.name));
  if (missing) return usageOf(name, defs);
  const options = defs.flatMap((def) => {
    const raw = values.get(def.name);
    // What is being typed may still be empty: Discord sends the focused option all the same.
    return raw || (partial && raw !== undefined) ? [toOption(def, raw)] : [];
  });
  return { options, last: [...values.keys()].at(-1) };
}

/** The interaction a console line `/name …` stands for, or what to tell the person instead. */
export function commandInteraction(
  command: SlashCommand,
  text: string,
  actor: Actor,
): APIChatInputApplicationCommandInteraction | string {
  const parsed = parse(command, text);
  return typeof parsed === 'string'
    ? parsed
    : buildCommandInteraction(command.data.name, parsed.options, actor);
}

/**
 * `/complete /name …`: the autocomplete Discord sends while someone types into the option given
 * last, or what to tell the person instead.
 */
export function completionInteraction(
  command: SlashCommand,
  text: string,
  actor: Actor,
): APIApplicationCommandAutocompleteInteraction | string {
  const parsed = parse(command, text, true);
  if (typeof parsed === 'string') return parsed;
  const focus = (options: APIApplicationCommandInteractionDataOption[]) =>
    options.map((option): APIApplicationCommandInteractionDataOption => {
      if (option.type === OptionType.Subcommand) {
        return { ...option, options: focus(option.options ?? []) as typeof option.options };
      }
      return option.name === parsed.last && option.type === OptionType.String
        ? { ...option, focused: true }
        : option;
    });
  if (parsed.last === undefined) {
    return `Type part of an option to complete, e.g. /complete /explain topic:det`;
  }
  return buildCompletionInteraction(command.data.name, focus(parsed.options), actor);
}

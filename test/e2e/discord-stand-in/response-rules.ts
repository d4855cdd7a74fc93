import {
  ApplicationCommandOptionType,
  InteractionResponseType as Response,
  InteractionType,
} from 'discord-api-types/v10';
import type {
  APIApplicationCommandInteractionDataOption,
  APIApplicationCommandOptionChoice,
  APIInteraction,
  APIInteractionResponse,
} from 'discord-api-types/v10';
import { formError, isBlank, lengthOf, type FormError } from './form-errors.js';
import { checkFlags, checkMessage } from './message-rules.js';

/**
 * Which responses answer which interactions (docs: interactions/receiving-and-responding,
 * "Interaction Callback Type"): a slash command cannot be answered by updating a message it has
 * none of, and autocomplete only by its choices.
 */
const RESPONSES_TO: Record<InteractionType, readonly Response[]> = {
  [InteractionType.Ping]: [Response.Pong],
  [InteractionType.ApplicationCommand]: [
    Response.ChannelMessageWithSource,
    Response.DeferredChannelMessageWithSource,
    Response.Modal,
    Response.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    Response.ChannelMessageWithSource,
    Response.DeferredChannelMessageWithSource,
    Response.DeferredMessageUpdate,
    Response.UpdateMessage,
    Response.Modal,
    Response.LaunchActivity,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [Response.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    Response.ChannelMessageWithSource,
    Response.DeferredChannelMessageWithSource,
    Response.DeferredMessageUpdate,
    Response.UpdateMessage,
  ],
};

/** A string choice's value is at most 100 characters (documented; not in the schema). */
const STRING_CHOICE_VALUE_MAX = 100;

/** The option being typed into, at the top level or inside a subcommand (group). */
function focusedOption(
  options: readonly APIApplicationCommandInteractionDataOption[] | undefined,
): { type: ApplicationCommandOptionType } | undefined {
  for (const option of options ?? []) {
    if ('focused' in option && option.focused) return option;
    if ('options' in option) {
      const nested = focusedOption(option.options);
      if (nested) return nested;
    }
  }
  return undefined;
}

const VALUE_TYPES: Partial<Record<ApplicationCommandOptionType, (value: unknown) => boolean>> = {
  [ApplicationCommandOptionType.String]: (value) => typeof value === 'string',
  [ApplicationCommandOptionType.Integer]: (value) => Number.isInteger(value),
  [ApplicationCommandOptionType.Number]: (value) => typeof value === 'number',
};

function checkChoices(
  interaction: APIInteraction,
  choices: readonly APIApplicationCommandOptionChoice[],
): FormError[] {
  const focused =
    interaction.type === InteractionType.ApplicationCommandAutocomplete
      ? focusedOption(interaction.data.options)
      : undefined;
  const fits = focused && VALUE_TYPES[focused.type];
  return choices.flatMap((choice, index) => {
    const at = ['data', 'choices', index];
    const errors: FormError[] = [];
    if (isBlank(choice.name)) errors.push(formError.required([...at, 'name']));
    if (fits && !fits(choice.value)) {
      errors.push(
        formError.invalid(
          [...at, 'value'],
          'AUTOCOMPLETE_CHOICE_TYPE_INVALID',
          `The focused option is of type ${focused.type}; this value is not.`,
        ),
      );
    }
    if (typeof choice.value === 'string' && lengthOf(choice.value) > STRING_CHOICE_VALUE_MAX) {
      errors.push(formError.tooLong([...at, 'value'], STRING_CHOICE_VALUE_MAX));
    }
    return errors;
  });
}

/**
 * What Discord refuses in an interaction response beyond its schema: a type that does not
 * answer this interaction, a message without data, the message rules, and autocomplete choices
 * that do not fit the option being typed into.
 */
export function checkResponse(
  interaction: APIInteraction,
  response: APIInteractionResponse,
): FormError[] {
  if (!RESPONSES_TO[interaction.type]?.includes(response.type)) {
    return [
      formError.invalid(
        ['type'],
        'INTERACTION_RESPONSE_TYPE_INVALID',
        `Response type ${response.type} does not answer interaction type ${interaction.type}`,
      ),
    ];
  }
  switch (response.type) {
    case Response.ChannelMessageWithSource:
      return response.data
        ? checkMessage(response.data, 'interaction', ['data'])
        : [formError.required(['data'])];
    case Response.UpdateMessage:
      return response.data
        ? checkMessage(response.data, 'edit', ['data'])
        : [formError.required(['data'])];
    case Response.DeferredChannelMessageWithSource:
      return checkFlags(response.data?.flags, 'interaction', ['data']);
    case Response.ApplicationCommandAutocompleteResult:
      return checkChoices(interaction, response.data.choices ?? []);
    default:
      return [];
  }
}

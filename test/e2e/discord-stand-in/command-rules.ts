import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  Locale,
} from 'discord-api-types/v10';
import type {
  APIApplicationCommandOption,
  RESTPutAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { formError, lengthOf, type FormError } from './form-errors.js';

/**
 * The rules for application commands that Discord documents (interactions/application-commands)
 * and its schema does not state. They run on a body the schema has already accepted.
 */
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const DESCRIPTION_MAX = 100;
/**
 * Name, description and values of a command, its options and their choices, together, and every
 * localization of them: Discord counts what each locale is shown, and we count all at once.
 */
const COMMAND_TEXT_MAX = 4000;
const STRING_CHOICE_VALUE_MAX = 100;

type Path = FormError['path'];
type CommandBody = RESTPutAPIApplicationCommandsJSONBody[number];
/** An option as the rules read it: every field of every kind of option, each maybe absent. */
type Localizations = Partial<Record<string, string | null>> | null;
type AnyOption = APIApplicationCommandOption & {
  options?: AnyOption[];
  choices?: { name: string; value: string | number; name_localizations?: Localizations }[];
  name_localizations?: Localizations;
  description_localizations?: Localizations;
  autocomplete?: boolean;
  required?: boolean;
};

const SUBCOMMANDS: ReadonlySet<ApplicationCommandOptionType> = new Set([
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
]);

/** A chat-input name: letters, digits, `-`, `_` and `'`, lower case where a letter has one. */
function checkName(name: string, at: Path): FormError[] {
  if (!CHAT_INPUT_NAME.test(name)) {
    return [
      formError.invalid(
        at,
        'APPLICATION_COMMAND_INVALID_NAME',
        'Command name is invalid: 1 to 32 letters, digits, "-", "_" or "\'", no spaces.',
      ),
    ];
  }
  if (name !== name.toLowerCase()) {
    return [
      formError.invalid(at, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name must be lower case.'),
    ];
  }
  return [];
}

const isBlankText = (text: string | null | undefined) => (text ?? '').trim() === '';

const localized = (map: Localizations | undefined): [string, string][] =>
  Object.entries(map ?? {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );

const localizedLength = (map: Localizations | undefined) =>
  localized(map).reduce((sum, [, text]) => sum + lengthOf(text), 0);

const LOCALES: ReadonlySet<string> = new Set(Object.values(Locale));

/** Localizations only for the locales Discord has (its list in reference#locales). */
const checkLocales = (map: Localizations | undefined, at: Path): FormError[] =>
  localized(map).flatMap(([locale]) =>
    LOCALES.has(locale)
      ? []
      : [
          formError.invalid(
            [...at, locale],
            'BASE_TYPE_CHOICES',
            `Value must be one of the locales.`,
          ),
        ],
  );

/** Each localized name follows the rules of the name it stands for; each description is text. */
function checkLocalizations(
  thing: { name_localizations?: Localizations; description_localizations?: Localizations },
  at: Path,
  names: boolean,
): FormError[] {
  return [
    ...checkLocales(thing.name_localizations, [...at, 'name_localizations']),
    ...checkLocales(thing.description_localizations, [...at, 'description_localizations']),
    ...(names
      ? localized(thing.name_localizations).flatMap(([locale, name]) =>
          checkName(name, [...at, 'name_localizations', locale]),
        )
      : []),
    ...localized(thing.description_localizations).flatMap(([locale, text]) =>
      isBlankText(text) ? [formError.required([...at, 'description_localizations', locale])] : [],
    ),
  ];
}

function checkUniqueNames(names: readonly string[], at: (index: number) => Path): FormError[] {
  const seen = new Set<string>();
  return names.flatMap((name, index) => {
    const duplicate = seen.has(name);
    seen.add(name);
    return duplicate
      ? [
          formError.invalid(
            at(index),
            'APPLICATION_COMMAND_NAME_ALREADY_EXISTS',
            'Application command names must be unique',
          ),
        ]
      : [];
  });
}

function checkOptions(options: readonly AnyOption[], at: Path): FormError[] {
  const errors: FormError[] = [];
  let optionalSeen = false;
  options.forEach((option, index) => {
    const here = [...at, 'options', index];
    errors.push(...checkName(option.name, [...here, 'name']));
    errors.push(...checkLocalizations(option, here, true));
    if (isBlankText(option.description)) errors.push(formError.required([...here, 'description']));
    if (option.required) {
      if (optionalSeen) {
        errors.push(
          formError.invalid(
            [...here, 'required'],
            'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
            'Required options must be placed before non-required options',
          ),
        );
      }
    } else if (!SUBCOMMANDS.has(option.type)) {
      optionalSeen = true;
    }
    if (option.autocomplete && (option.choices?.length ?? 0) > 0) {
      errors.push(
        formError.invalid(
          [...here, 'autocomplete'],
          'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID',
          'Autocomplete cannot be set on an option that has choices.',
        ),
      );
    }
    (option.choices ?? []).forEach((choice, c) => {
      if (typeof choice.value === 'string' && lengthOf(choice.value) > STRING_CHOICE_VALUE_MAX) {
        errors.push(formError.tooLong([...here, 'choices', c, 'value'], STRING_CHOICE_VALUE_MAX));
      }
    });
    if (option.options) errors.push(...checkOptions(option.options, here));
  });
  errors.push(
    ...checkUniqueNames(
      options.map((option) => option.name),
      (index) => [...at, 'options', index, 'name'],
    ),
  );
  return errors;
}

/** What Discord counts towards a command's 4,000 characters. */
function textLength(command: CommandBody): number {
  const ofOptions = (options: readonly AnyOption[] | undefined): number =>
    (options ?? []).reduce(
      (sum, option) =>
        sum +
        lengthOf(option.name) +
        lengthOf(option.description ?? '') +
        localizedLength(option.name_localizations) +
        localizedLength(option.description_localizations) +
        (option.choices ?? []).reduce(
          (total, choice) =>
            total +
            lengthOf(choice.name) +
            localizedLength(choice.name_localizations) +
            lengthOf(String(choice.value)),
          0,
        ) +
        ofOptions(option.options),
      0,
    );
  const description = 'description' in command ? (command.description ?? '') : '';
  const options = 'options' in command ? (command.options as AnyOption[] | undefined) : undefined;
  return (
    lengthOf(command.name) +
    lengthOf(description) +
    localizedLength(command.name_localizations) +
    localizedLength(
      'description_localizations' in command ? command.description_localizations : null,
    ) +
    ofOptions(options)
  );
}

function checkCommand(command: CommandBody, at: Path): FormError[] {
  const type = command.type ?? ApplicationCommandType.ChatInput;
  const description = 'description' in command ? command.description : undefined;
  const options = 'options' in command ? (command.options as AnyOption[] | undefined) : undefined;
  const errors: FormError[] = [];
  if (type === ApplicationCommandType.ChatInput) {
    errors.push(...checkName(command.name, [...at, 'name']));
    errors.push(...checkLocalizations(command as unknown as AnyOption, at, true));
    if (isBlankText(description)) {
      errors.push(formError.badLength([...at, 'description'], 1, DESCRIPTION_MAX));
    }
    errors.push(...checkOptions(options ?? [], at));
  } else {
    // A user or message command is a menu entry: no description, no options.
    if (!isBlankText(description)) {
      errors.push(
        formError.invalid(
          [...at, 'description'],
          'APPLICATION_COMMAND_DESCRIPTION_INVALID',
          'Context menu commands cannot have a description.',
        ),
      );
    }
    if ((options?.length ?? 0) > 0) {
      errors.push(
        formError.invalid(
          [...at, 'options'],
          'APPLICATION_COMMAND_OPTIONS_INVALID',
          'Context menu commands cannot have options.',
        ),
      );
    }
  }
  if (textLength(command) > COMMAND_TEXT_MAX) {
    errors.push(
      formError.invalid(
        at,
        'APPLICATION_COMMAND_TOO_LARGE',
        `Command exceeds maximum size (${COMMAND_TEXT_MAX})`,
      ),
    );
  }
  return errors;
}

/**
 * What Discord refuses in a bulk overwrite (`PUT …/commands`) beyond its schema: names, blank
 * descriptions, option order, autocomplete with choices, long choice values, context-menu
 * commands with text or options, 4,000 characters per command, and one name per command type.
 */
export function checkCommands(body: RESTPutAPIApplicationCommandsJSONBody | null): FormError[] {
  const commands = body ?? [];
  const errors = commands.flatMap((command, index) => checkCommand(command, [index]));
  for (const type of new Set(commands.map((c) => c.type ?? ApplicationCommandType.ChatInput))) {
    const ofType = commands
      .map((command, index) => ({ command, index }))
      .filter(({ command }) => (command.type ?? ApplicationCommandType.ChatInput) === type);
    errors.push(
      ...checkUniqueNames(
        ofType.map(({ command }) => command.name),
        (i) => [ofType[i]?.index ?? i, 'name'],
      ),
    );
  }
  return errors;
}

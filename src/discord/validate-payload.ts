import {
  ComponentType,
  InteractionResponseType,
  type APIApplicationCommandOptionChoice,
  type APIEmbed,
  type APIInteractionResponse,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
import { embedsLength } from './fit.js';
import {
  ACTION_ROWS_MAX,
  AUTOCOMPLETE_CHOICES_MAX,
  BUTTON_LABEL_MAX,
  BUTTON_URL_MAX,
  CHOICE_NAME_MAX,
  CHOICE_VALUE_MAX,
  CONTENT_MAX,
  CUSTOM_ID_MAX,
  EMBEDS_MAX,
  EMBEDS_TOTAL_MAX,
  EMBED_AUTHOR_NAME_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
  MODAL_TITLE_MAX,
  ROW_COMPONENTS_MAX,
  SELECT_OPTIONS_MAX,
  SELECT_OPTION_TEXT_MAX,
  SELECT_PLACEHOLDER_MAX,
} from './limits.js';
import type { MessagePayload } from './message-payload.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(
  problems: string[],
  path: string,
  text: string | undefined,
  max: number,
  required = false,
) {
  if (text === undefined) {
    if (required) problems.push(`${path} is missing`);
    return;
  }
  if (text.length > max)
    problems.push(`${path} has ${text.length} characters; Discord allows ${max}`);
  if (required && !text.trim()) problems.push(`${path} is blank; Discord rejects blank text`);
  if (LONE_SURROGATE.test(text))
    problems.push(`${path} has half of an emoji or other split character`);
}

function checkEmbed(problems: string[], embed: APIEmbed, path: string) {
  checkText(problems, `${path}.title`, embed.title, EMBED_TITLE_MAX);
  checkText(problems, `${path}.description`, embed.description, EMBED_DESCRIPTION_MAX);
  checkText(
    problems,
    `${path}.footer.text`,
    embed.footer?.text,
    EMBED_FOOTER_MAX,
    embed.footer !== undefined,
  );
  checkText(
    problems,
    `${path}.author.name`,
    embed.author?.name,
    EMBED_AUTHOR_NAME_MAX,
    embed.author !== undefined,
  );
  const fields = embed.fields ?? [];
  if (fields.length > EMBED_FIELDS_MAX) {
    problems.push(`${path}.fields has ${fields.length} fields; Discord allows ${EMBED_FIELDS_MAX}`);
  }
  fields.forEach((field, i) => {
    checkText(problems, `${path}.fields[${i}].name`, field.name, EMBED_FIELD_NAME_MAX, true);
    checkText(problems, `${path}.fields[${i}].value`, field.value, EMBED_FIELD_VALUE_MAX, true);
  });
}

function checkCustomId(problems: string[], path: string, id: string, seen: Set<string>) {
  checkText(problems, path, id, CUSTOM_ID_MAX, true);
  if (seen.has(id)) problems.push(`${path} "${id}" is used twice in one message`);
  seen.add(id);
}

function checkComponents(problems: string[], components: readonly APIMessageTopLevelComponent[]) {
  if (components.length > ACTION_ROWS_MAX) {
    problems.push(`components has ${components.length} rows; Discord allows ${ACTION_ROWS_MAX}`);
  }
  const seen = new Set<string>();
  components.forEach((row, r) => {
    if (row.type !== ComponentType.ActionRow) {
      problems.push(`components[${r}] is not an action row`);
      return;
    }
    if (row.components.length > ROW_COMPONENTS_MAX) {
      problems.push(
        `components[${r}] has ${row.components.length} components; Discord allows ${ROW_COMPONENTS_MAX}`,
      );
    }
    if (row.components.length === 0) problems.push(`components[${r}] is empty`);
    row.components.forEach((c, i) => {
      const path = `components[${r}].components[${i}]`;
      if (c.type === ComponentType.Button) {
        if ('custom_id' in c) checkCustomId(problems, `${path}.custom_id`, c.custom_id, seen);
        if ('url' in c) checkText(problems, `${path}.url`, c.url, BUTTON_URL_MAX, true);
        if ('label' in c) checkText(problems, `${path}.label`, c.label, BUTTON_LABEL_MAX);
        return;
      }
      if (row.components.length > 1) problems.push(`${path} is a select menu sharing its row`);
      checkCustomId(problems, `${path}.custom_id`, c.custom_id, seen);
      checkText(problems, `${path}.placeholder`, c.placeholder, SELECT_PLACEHOLDER_MAX);
      if (c.type !== ComponentType.StringSelect) return;
      if (c.options.length > SELECT_OPTIONS_MAX) {
        problems.push(
          `${path}.options has ${c.options.length}; Discord allows ${SELECT_OPTIONS_MAX}`,
        );
      }
      c.options.forEach((o, j) => {
        checkText(problems, `${path}.options[${j}].label`, o.label, SELECT_OPTION_TEXT_MAX, true);
        checkText(problems, `${path}.options[${j}].value`, o.value, SELECT_OPTION_TEXT_MAX, true);
        checkText(
          problems,
          `${path}.options[${j}].description`,
          o.description,
          SELECT_OPTION_TEXT_MAX,
        );
      });
    });
  });
}

/**
 * Every way a message payload breaks Discord's limits, as readable lines (empty when Discord
 * would accept it). Also requires mentions off: `allowed_mentions: { parse: [] }`.
 */
export function validatePayload(payload: MessagePayload): string[] {
  const problems: string[] = [];
  const mentions = payload.allowed_mentions;
  if (!mentions || !Array.isArray(mentions.parse) || mentions.parse.length > 0) {
    problems.push('allowed_mentions must be { parse: [] }: echoed text must never ping anyone');
  } else if (mentions.users?.length || mentions.roles?.length || mentions.replied_user) {
    problems.push('allowed_mentions must not list users or roles');
  }
  checkText(problems, 'content', payload.content, CONTENT_MAX);
  const embeds = payload.embeds ?? [];
  if (embeds.length > EMBEDS_MAX)
    problems.push(`embeds has ${embeds.length}; Discord allows ${EMBEDS_MAX}`);
  embeds.forEach((embed, i) => checkEmbed(problems, embed, `embeds[${i}]`));
  const total = embedsLength(embeds);
  if (total > EMBEDS_TOTAL_MAX) {
    problems.push(
      `embeds total ${total} characters; Discord allows ${EMBEDS_TOTAL_MAX} across a message`,
    );
  }
  checkComponents(problems, payload.components ?? []);
  return problems;
}

/** Every way autocomplete choices break Discord's limits. */
export function validateChoices(choices: readonly APIApplicationCommandOptionChoice[]): string[] {
  const problems: string[] = [];
  if (choices.length > AUTOCOMPLETE_CHOICES_MAX) {
    problems.push(`choices has ${choices.length}; Discord allows ${AUTOCOMPLETE_CHOICES_MAX}`);
  }
  choices.forEach((c, i) => {
    checkText(problems, `choices[${i}].name`, c.name, CHOICE_NAME_MAX, true);
    if (typeof c.value === 'string')
      checkText(problems, `choices[${i}].value`, c.value, CHOICE_VALUE_MAX, true);
  });
  return problems;
}

/** Every way a whole interaction response breaks Discord's limits, whatever its type. */
export function validateResponse(response: APIInteractionResponse): string[] {
  switch (response.type) {
    case InteractionResponseType.ChannelMessageWithSource:
      return validatePayload(response.data);
    case InteractionResponseType.UpdateMessage:
      return response.data ? validatePayload(response.data) : [];
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return validateChoices(response.data.choices ?? []);
    case InteractionResponseType.Modal: {
      const problems: string[] = [];
      checkText(problems, 'data.custom_id', response.data.custom_id, CUSTOM_ID_MAX, true);
      checkText(problems, 'data.title', response.data.title, MODAL_TITLE_MAX, true);
      return problems;
    }
    default:
      return [];
  }
}

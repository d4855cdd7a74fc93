import {
  ComponentType,
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
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
  ROW_COMPONENTS_MAX,
  SELECT_OPTIONS_MAX,
  SELECT_OPTION_TEXT_MAX,
  SELECT_PLACEHOLDER_MAX,
} from './limits.js';
import type { MessagePayload } from './message-payload.js';
import { truncateText } from './truncate-text.js';

export { ELLIPSIS, truncateText } from './truncate-text.js';

/** What a field shows when it has nothing to say: Discord rejects empty names and values. */
export const BLANK = '\u200B';

/** Characters Discord counts towards the 6,000 it allows across all embeds of one message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

export const embedsLength = (embeds: readonly APIEmbed[]): number =>
  embeds.reduce((sum, embed) => sum + embedLength(embed), 0);

/** The text cut to `max`, or undefined when nothing visible is left (Discord rejects blank text). */
function fitOptional(text: string | undefined, max: number): string | undefined {
  if (text === undefined) return undefined;
  const fitted = truncateText(text, max);
  return fitted.trim() ? fitted : undefined;
}

const fitFieldText = (text: string, max: number) => fitOptional(text, max) ?? BLANK;

const fitField = (field: APIEmbedField): APIEmbedField => ({
  ...field,
  name: fitFieldText(field.name, EMBED_FIELD_NAME_MAX),
  value: fitFieldText(field.value, EMBED_FIELD_VALUE_MAX),
});

const isVisible = (embed: APIEmbed) =>
  Boolean(
    embed.title ||
    embed.description ||
    embed.fields?.length ||
    embed.footer ||
    embed.author ||
    embed.image ||
    embed.thumbnail,
  );

/** One embed within its own limits (not yet the shared 6,000). */
function fitEmbed(embed: APIEmbed): APIEmbed {
  const { title, description, fields, footer, author, ...rest } = embed;
  const fittedTitle = fitOptional(title, EMBED_TITLE_MAX);
  const fittedDescription = fitOptional(description, EMBED_DESCRIPTION_MAX);
  const footerText = fitOptional(footer?.text, EMBED_FOOTER_MAX);
  const authorName = fitOptional(author?.name, EMBED_AUTHOR_NAME_MAX);
  const fittedFields = (fields ?? []).slice(0, EMBED_FIELDS_MAX).map(fitField);
  return {
    ...rest,
    ...(fittedTitle ? { title: fittedTitle } : {}),
    ...(fittedDescription ? { description: fittedDescription } : {}),
    ...(fittedFields.length > 0 ? { fields: fittedFields } : {}),
    ...(footer && footerText ? { footer: { ...footer, text: footerText } } : {}),
    ...(author && authorName ? { author: { ...author, name: authorName } } : {}),
  };
}

/** Below this, a text is not worth shrinking further: whole fields or embeds go instead. */
const SHRINK_FLOOR = 64;

interface Slot {
  text: string;
  set(text: string): void;
}

/** Every text that counts towards the 6,000, descriptions and field values first. */
function slotsOf(embeds: APIEmbed[]): Slot[] {
  const slots: Slot[] = [];
  for (const embed of embeds) {
    const { footer, author } = embed;
    if (embed.description)
      slots.push({ text: embed.description, set: (t) => (embed.description = t) });
    for (const field of embed.fields ?? []) {
      slots.push({ text: field.value, set: (t) => (field.value = t) });
      slots.push({ text: field.name, set: (t) => (field.name = t) });
    }
    if (embed.title) slots.push({ text: embed.title, set: (t) => (embed.title = t) });
    if (footer) slots.push({ text: footer.text, set: (t) => (footer.text = t) });
    if (author) slots.push({ text: author.name, set: (t) => (author.name = t) });
  }
  return slots;
}

/**
 * Keeps all embeds of a message within Discord's 6,000 characters: shrinks the longest text by
 * the excess, again and again; when every text is already short, drops the last field, then the
 * last embed. Every shrunk text ends in "…", so the reader sees where it was cut.
 */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  for (;;) {
    const excess = embedsLength(embeds) - EMBEDS_TOTAL_MAX;
    if (excess <= 0) return embeds;
    const longest = slotsOf(embeds)
      .filter((slot) => slot.text.length > SHRINK_FLOOR)
      .reduce<Slot | undefined>((a, b) => (a && a.text.length >= b.text.length ? a : b), undefined);
    if (longest) {
      longest.set(truncateText(longest.text, Math.max(SHRINK_FLOOR, longest.text.length - excess)));
      continue;
    }
    const last = embeds.at(-1);
    if (last?.fields?.length) {
      last.fields.pop();
      if (last.fields.length === 0) delete last.fields;
    } else if (embeds.length > 1) {
      embeds.pop();
    } else {
      // Unreachable: one embed of short texts and no fields is far below 6,000.
      return embeds;
    }
  }
}

export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, EMBEDS_MAX).map(fitEmbed).filter(isVisible);
  return fitTotal(fitted).filter(isVisible);
}

type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** A custom_id Discord accepts: 1 to 100 characters, not blank, unique within the message. */
function takeCustomId(id: string, seen: Set<string>): boolean {
  if (!id.trim() || id.length > CUSTOM_ID_MAX || seen.has(id)) return false;
  seen.add(id);
  return true;
}

function fitRowComponent(
  component: APIComponentInMessageActionRow,
  seen: Set<string>,
): APIComponentInMessageActionRow | undefined {
  if (component.type === ComponentType.Button) {
    // A custom_id cut short would no longer mean what its handler expects: drop the button.
    if ('custom_id' in component && !takeCustomId(component.custom_id, seen)) return undefined;
    if ('url' in component && component.url.length > BUTTON_URL_MAX) return undefined;
    if (!('label' in component) || component.label === undefined) return component;
    return { ...component, label: truncateText(component.label, BUTTON_LABEL_MAX) };
  }
  if (!takeCustomId(component.custom_id, seen)) return undefined;
  const placeholder = fitOptional(component.placeholder, SELECT_PLACEHOLDER_MAX);
  const fitted = { ...component, ...(placeholder === undefined ? {} : { placeholder }) };
  if (placeholder === undefined) delete fitted.placeholder;
  if (fitted.type !== ComponentType.StringSelect) return fitted;
  const options = fitted.options
    .filter((o) => o.value.length > 0 && o.value.length <= SELECT_OPTION_TEXT_MAX)
    .slice(0, SELECT_OPTIONS_MAX)
    .map((o) => {
      const option = { ...o, label: fitFieldText(o.label, SELECT_OPTION_TEXT_MAX) };
      const description = fitOptional(o.description, SELECT_OPTION_TEXT_MAX);
      if (description) option.description = description;
      else delete option.description;
      return option;
    });
  if (options.length === 0) return undefined;
  const max = Math.min(fitted.max_values ?? 1, options.length);
  const min = Math.min(fitted.min_values ?? 1, max);
  return { ...fitted, options, min_values: min, max_values: max };
}

function fitRow(row: ActionRow, seen: Set<string>): ActionRow | undefined {
  const kept: APIComponentInMessageActionRow[] = [];
  for (const component of row.components) {
    if (kept.length === ROW_COMPONENTS_MAX) break;
    const fitted = fitRowComponent(component, seen);
    if (!fitted) continue;
    // A select menu fills its row alone.
    if (fitted.type !== ComponentType.Button) {
      if (kept.length === 0) return { ...row, components: [fitted] };
      continue;
    }
    kept.push(fitted);
  }
  return kept.length > 0 ? { ...row, components: kept } : undefined;
}

/**
 * Action rows within Discord's limits. Only action rows are kept: the renderers use no other
 * top-level component, and the newer layout components need a flag these messages do not set.
 */
export function fitComponents(components: readonly APIMessageTopLevelComponent[]): ActionRow[] {
  const seen = new Set<string>();
  return components
    .filter((c): c is ActionRow => c.type === ComponentType.ActionRow)
    .map((row) => fitRow(row, seen))
    .filter((row): row is ActionRow => row !== undefined)
    .slice(0, ACTION_ROWS_MAX);
}

/**
 * Makes any message payload one Discord accepts: every limit in limits.ts, including the 6,000
 * characters across embeds, and mentions always off (`allowed_mentions: { parse: [] }`), so text
 * that echoes "@everyone" or `<@id>` never pings anyone.
 */
export function fitPayload(payload: MessagePayload): MessagePayload {
  // Renderers fit what they return and transports fit again: the second pass need not redo it.
  if (fitted.has(payload)) return payload;
  const { content, embeds, components, ...rest } = payload;
  const result: MessagePayload = {
    ...rest,
    ...(content === undefined ? {} : { content: truncateText(content, CONTENT_MAX) }),
    ...(embeds === undefined ? {} : { embeds: fitEmbeds(embeds) }),
    ...(components === undefined ? {} : { components: fitComponents(components) }),
    allowed_mentions: { parse: [] },
  };
  fitted.add(result);
  return result;
}

/** Payloads `fitPayload` made: fitting is idempotent, and payloads are never changed after. */
const fitted = new WeakSet<MessagePayload>();

/**
 * Autocomplete choices within Discord's limits: 25 at most, names cut to 100. A choice whose
 * value is too long is dropped rather than cut: a cut value would pick something else.
 */
export function fitChoices(
  choices: readonly APIApplicationCommandOptionChoice[],
): APIApplicationCommandOptionChoice[] {
  return choices
    .filter(
      (c) =>
        typeof c.value !== 'string' || (c.value.length > 0 && c.value.length <= CHOICE_VALUE_MAX),
    )
    .slice(0, AUTOCOMPLETE_CHOICES_MAX)
    .map((c) => ({ ...c, name: fitFieldText(c.name, CHOICE_NAME_MAX) }));
}

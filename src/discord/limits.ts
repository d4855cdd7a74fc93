/**
 * Discord's limits, each named once. Nothing else in the code base should spell 1024 or 6000.
 *
 * Lengths are counted in UTF-16 code units (JavaScript's `.length`). Discord counts characters,
 * and a character is never more code units than one, so staying under these in `.length` always
 * stays under Discord's own count.
 *
 * Sources: discord.com/developers/docs (resources/message#embed-object-embed-limits,
 * components/reference, interactions/receiving-and-responding, interactions/application-commands).
 */

/** Message `content`. */
export const CONTENT_MAX = 2000;

/** Embeds in one message. */
export const EMBEDS_MAX = 10;
export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FIELDS_MAX = 25;
export const EMBED_FIELD_NAME_MAX = 256;
export const EMBED_FIELD_VALUE_MAX = 1024;
export const EMBED_FOOTER_MAX = 2048;
export const EMBED_AUTHOR_NAME_MAX = 256;
/**
 * Title, description, field names and values, footer text and author names, summed across every
 * embed of a message. Discord rejects the whole message above it; discord.js builders do not check it.
 */
export const EMBEDS_TOTAL_MAX = 6000;

/** Components: action rows per message, and buttons per row (a select menu fills a row alone). */
export const ACTION_ROWS_MAX = 5;
export const ROW_COMPONENTS_MAX = 5;
export const CUSTOM_ID_MAX = 100;
export const BUTTON_LABEL_MAX = 80;
export const BUTTON_URL_MAX = 512;
export const SELECT_OPTIONS_MAX = 25;
export const SELECT_PLACEHOLDER_MAX = 150;
/** A select option's label, value and description each. */
export const SELECT_OPTION_TEXT_MAX = 100;

/** Autocomplete answers. */
export const AUTOCOMPLETE_CHOICES_MAX = 25;
export const CHOICE_NAME_MAX = 100;
export const CHOICE_VALUE_MAX = 100;

/** Application-command definitions (for the command modules and deploy). */
export const COMMAND_NAME_MAX = 32;
export const COMMAND_DESCRIPTION_MAX = 100;
export const COMMAND_OPTIONS_MAX = 25;

/** Modals. */
export const MODAL_TITLE_MAX = 45;

/** Discord answers an interaction only within three seconds of receiving it; defer before that. */
export const INTERACTION_RESPONSE_MS = 3000;

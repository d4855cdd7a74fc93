/** Discord shows an autocomplete choice name in at most 100 characters; titles are offered there. */
export const MAX_TITLE_LENGTH = 100;
/** Summaries are pinned, shared and shown in embeds; 280 keeps them a glance long. */
export const MAX_SUMMARY_LENGTH = 280;
/** A source title is an embed field name, which Discord caps at 256 characters. */
export const MAX_SOURCE_TITLE_LENGTH = 256;

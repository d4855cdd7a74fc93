import {
  ComponentType,
  type APIActionRowComponent,
  type APIStringSelectComponent,
} from 'discord-api-types/v10';
import type { EntryRef } from '../answer/answer.js';
import type { Messages } from '../i18n/messages.js';
import type { Language } from '../knowledge/languages.js';
import { kindLabel } from './embed-parts.js';
import { languageSuffix, parseLanguageSuffix } from './id-language.js';
import { SELECT_OPTIONS_MAX, SELECT_OPTION_TEXT_MAX } from './limits.js';
import { truncateText } from './truncate-text.js';

/**
 * "Open a related explainer": a select menu whose options are entry ids. Choosing one shows that
 * entry privately to whoever chose it, so a shared copy's menu is safe for anyone to use. The
 * menu of a reply in another language says so (`open:entry:es`), and opens entries in it.
 */
export const OPEN_ENTRY_ID = 'open:entry';

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The language of an open-entry menu's custom_id, or undefined when it is not one. */
export function decodeOpenEntryId(customId: string): Language | undefined {
  const [prefix, kind, ...extra] = customId.split(':');
  return `${prefix}:${kind}` === OPEN_ENTRY_ID ? parseLanguageSuffix(extra) : undefined;
}

export const isOpenEntryId = (customId: string): boolean =>
  decodeOpenEntryId(customId) !== undefined;

/** The entry id a chosen value names, or undefined (values come from clients: check them). */
export const decodeOpenEntryValue = (value: string | undefined): string | undefined =>
  value !== undefined && ENTRY_ID.test(value) && value.length <= SELECT_OPTION_TEXT_MAX
    ? value
    : undefined;

/** The menu for some entries, each once, or undefined when there is none to offer. */
export function openEntryRow(
  m: Messages,
  refs: readonly EntryRef[],
  placeholder: string,
  language?: Language,
): APIActionRowComponent<APIStringSelectComponent> | undefined {
  const unique = [...new Map(refs.map((ref) => [ref.id, ref])).values()].filter(
    (ref) => ENTRY_ID.test(ref.id) && ref.id.length <= SELECT_OPTION_TEXT_MAX,
  );
  if (unique.length === 0) return undefined;
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: OPEN_ENTRY_ID + languageSuffix(language),
        placeholder,
        options: unique.slice(0, SELECT_OPTIONS_MAX).map((ref) => ({
          label: truncateText(ref.title, SELECT_OPTION_TEXT_MAX),
          value: ref.id,
          description: kindLabel(m, ref.kind),
        })),
      },
    ],
  };
}

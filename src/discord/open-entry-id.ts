import {
  ComponentType,
  type APIActionRowComponent,
  type APIStringSelectComponent,
} from 'discord-api-types/v10';
import type { EntryRef } from '../answer/answer.js';
import { kindLabel } from './embed-parts.js';
import { SELECT_OPTIONS_MAX, SELECT_OPTION_TEXT_MAX } from './limits.js';
import { truncateText } from './truncate-text.js';

/**
 * "Open a related explainer": a select menu whose options are entry ids. Choosing one shows that
 * entry privately to whoever chose it, so a shared copy's menu is safe for anyone to use.
 */
export const OPEN_ENTRY_ID = 'open:entry';

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isOpenEntryId = (customId: string): boolean => customId === OPEN_ENTRY_ID;

/** The entry id a chosen value names, or undefined (values come from clients: check them). */
export const decodeOpenEntryValue = (value: string | undefined): string | undefined =>
  value !== undefined && ENTRY_ID.test(value) && value.length <= SELECT_OPTION_TEXT_MAX
    ? value
    : undefined;

/** The menu for some entries, each once, or undefined when there is none to offer. */
export function openEntryRow(
  refs: readonly EntryRef[],
  placeholder: string,
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
        custom_id: OPEN_ENTRY_ID,
        placeholder,
        options: unique.slice(0, SELECT_OPTIONS_MAX).map((ref) => ({
          label: truncateText(ref.title, SELECT_OPTION_TEXT_MAX),
          value: ref.id,
          description: kindLabel(ref.kind),
        })),
      },
    ],
  };
}

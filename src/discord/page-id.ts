import {
  ButtonStyle,
  ComponentType,
  type APIButtonComponentWithCustomId,
} from 'discord-api-types/v10';
import type { Messages } from '../i18n/messages.js';
import type { Language } from '../knowledge/languages.js';
import { languageSuffix, parseLanguageSuffix } from './id-language.js';
import { CUSTOM_ID_MAX } from './limits.js';

/**
 * A page of a long private reply, named in a button's custom_id (`page:sources:<entry id>:<n>`),
 * so any process can render it: the handler answers with an update of the message (type 7).
 */
export interface PageTarget {
  kind: 'sources';
  entryId: string;
  /** 1-based. */
  page: number;
  /** The reply's language (`:es` at the end of the id); English without. */
  language?: Language;
}

const PREFIX = 'page';
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The custom_id for a page, or undefined when the entry id is too long to fit in 100 characters. */
export function encodePageId(target: PageTarget): string | undefined {
  if (!ENTRY_ID.test(target.entryId) || !Number.isInteger(target.page) || target.page < 1)
    return undefined;
  const id = `${PREFIX}:${target.kind}:${target.entryId}:${target.page}${languageSuffix(target.language)}`;
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

/** The page a custom_id names, or undefined for anything else (ids come from clients). */
export function decodePageId(customId: string): PageTarget | undefined {
  const [prefix, kind, entryId, page, ...extra] = customId.split(':');
  const language = parseLanguageSuffix(extra);
  if (prefix !== PREFIX || kind !== 'sources' || entryId === undefined || language === undefined)
    return undefined;
  if (
    !ENTRY_ID.test(entryId) ||
    !/^[1-9]\d{0,3}$/.test(page ?? '') ||
    customId.length > CUSTOM_ID_MAX
  ) {
    return undefined;
  }
  return { kind, entryId, page: Number(page), ...(language === 'en' ? {} : { language }) };
}

export const isPageId = (customId: string): boolean => customId.startsWith(`${PREFIX}:`);

/** "◂ Previous" and "Next ▸" buttons around `page` of `count`, those that lead somewhere. */
export function pageButtons(
  m: Messages,
  target: Omit<PageTarget, 'page'>,
  page: number,
  count: number,
): APIButtonComponentWithCustomId[] {
  const button = (to: number, label: string): APIButtonComponentWithCustomId[] => {
    const customId = encodePageId({ ...target, page: to });
    return customId
      ? [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId }]
      : [];
  };
  return [
    ...(page > 1 ? button(page - 1, m.buttons.previous) : []),
    ...(page < count ? button(page + 1, m.buttons.next) : []),
  ];
}

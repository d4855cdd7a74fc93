import { createHash } from 'node:crypto';
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
} from 'discord-api-types/v10';
import type { Messages } from '../i18n/messages.js';
import type { Language } from '../knowledge/languages.js';
import { languageSuffix, parseLanguageSuffix } from './id-language.js';
import { CUSTOM_ID_MAX } from './limits.js';

/**
 * What a "Share to channel" button posts. Its custom_id carries all of it, so any process (a
 * gateway shard, an HTTP replica) can rebuild the public copy without remembering anything.
 *
 * - `share:entry:<entry id>`: an entry, as `/explain`, `/define` or `/jurisdiction` shows it.
 * - `share:sources:<entry id>`: an entry's sources, as `/sources` shows them.
 * - `share:answer:<key>.<key>…`: an answer's results, one key per passage (see `passageKey`).
 *   The question itself is not in the id: a person may have asked about themselves, and the
 *   public copy shows the sourced answer, not what they typed.
 *
 * A reply in another language than English ends its id with `:<language>` (`:es`), so the copy
 * is in the language of the reply; an id without one is English, as every id was before.
 */
export type ShareTarget = (
  | { kind: 'entry'; entryId: string }
  | { kind: 'sources'; entryId: string }
  | { kind: 'answer'; passageKeys: string[] }
) & { language?: Language };

const PREFIX = 'share';
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEY_LENGTH = 7;
const PASSAGE_KEY = new RegExp(`^[A-Za-z0-9_-]{${KEY_LENGTH}}$`);

/** Whether `key` has the shape `passageKey` gives (ids come from clients: check before use). */
export const isPassageKey = (key: string): boolean => PASSAGE_KEY.test(key);

/**
 * A short, stable key for a passage id such as `detainers-vs-information-sharing#3`: passage ids
 * are too long for five to fit in 100 characters. Seven base64url characters (42 bits) make a
 * collision among a few thousand passages vanishingly unlikely; `resolvePassageKeys` maps keys
 * back against the passages of the knowledge being served, whatever its version.
 */
export const passageKey = (passageId: string): string =>
  createHash('sha256').update(passageId).digest('base64url').slice(0, KEY_LENGTH);

/** The passage ids, among `passageIds`, that `keys` name, in the order of `keys`. */
export function resolvePassageKeys(
  keys: readonly string[],
  passageIds: Iterable<string>,
): string[] {
  const byKey = new Map<string, string>();
  for (const id of passageIds) byKey.set(passageKey(id), id);
  return keys.map((key) => byKey.get(key)).filter((id): id is string => id !== undefined);
}

/**
 * The custom_id for a target, or undefined when it cannot fit in Discord's 100 characters (an
 * entry id over 86 characters). An answer keeps as many leading results as fit: five always do.
 */
export function encodeShareId(target: ShareTarget): string | undefined {
  const suffix = languageSuffix(target.language);
  if (target.kind === 'answer') {
    const keys = target.passageKeys.filter((k) => PASSAGE_KEY.test(k));
    let id = `${PREFIX}:answer:`;
    const shown: string[] = [];
    for (const key of keys) {
      const next = `${id}${shown.length > 0 ? '.' : ''}${key}`;
      if (next.length + suffix.length > CUSTOM_ID_MAX) break;
      shown.push(key);
      id = next;
    }
    return shown.length > 0 ? id + suffix : undefined;
  }
  if (!ENTRY_ID.test(target.entryId)) return undefined;
  const id = `${PREFIX}:${target.kind}:${target.entryId}${suffix}`;
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

/** The target a share custom_id names, or undefined for anything else (ids come from clients). */
export function decodeShareId(customId: string): ShareTarget | undefined {
  const [prefix, kind, rest, ...extra] = customId.split(':');
  const language = parseLanguageSuffix(extra);
  if (
    prefix !== PREFIX ||
    rest === undefined ||
    language === undefined ||
    customId.length > CUSTOM_ID_MAX
  ) {
    return undefined;
  }
  const inLanguage = language === 'en' ? {} : { language };
  if (kind === 'entry' || kind === 'sources') {
    return ENTRY_ID.test(rest) ? { kind, entryId: rest, ...inLanguage } : undefined;
  }
  if (kind === 'answer') {
    const passageKeys = rest.split('.');
    return passageKeys.every((k) => PASSAGE_KEY.test(k))
      ? { kind, passageKeys, ...inLanguage }
      : undefined;
  }
  return undefined;
}

export const isShareId = (customId: string): boolean => customId.startsWith(`${PREFIX}:`);

/** The "Share to channel" button, or undefined when the target cannot be encoded. */
export function shareButton(
  m: Messages,
  target: ShareTarget,
): APIButtonComponentWithCustomId | undefined {
  const customId = encodeShareId(target);
  if (!customId) return undefined;
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: m.buttons.share,
    custom_id: customId,
  };
}

/** One action row holding the share button (the feedback buttons can join it). */
export function shareRow(
  m: Messages,
  target: ShareTarget,
): APIActionRowComponent<APIButtonComponentWithCustomId> | undefined {
  const button = shareButton(m, target);
  return button ? { type: ComponentType.ActionRow, components: [button] } : undefined;
}

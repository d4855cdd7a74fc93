import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
import type { Messages } from '../i18n/messages.js';
import type { Language } from '../knowledge/languages.js';
import { languageSuffix, parseLanguageSuffix } from './id-language.js';
import { isPassageKey } from './share-id.js';

export type FeedbackVerdict = 'helpful' | 'not-helpful';

/**
 * What a "Helpful" / "Not helpful" press is about: `feedback:<verdict>:<passage key>`. Like the
 * share button's id it holds everything the handler needs, and nothing about the person or what
 * they asked.
 */
export interface FeedbackTarget {
  verdict: FeedbackVerdict;
  /** `passageKey` of the answer's top passage. */
  passageKey: string;
  /** The answer's language, for the reply to the press (`:es` at the end); English without. */
  language?: Language;
}

const PREFIX = 'feedback';
const VERDICTS: readonly FeedbackVerdict[] = ['helpful', 'not-helpful'];
const labelOf = (m: Messages, verdict: FeedbackVerdict) =>
  verdict === 'helpful' ? m.buttons.helpful : m.buttons.notHelpful;

/** Always well under Discord's 100 characters: a verdict and one seven-character key. */
export const encodeFeedbackId = ({ verdict, passageKey, language }: FeedbackTarget): string =>
  `${PREFIX}:${verdict}:${passageKey}${languageSuffix(language)}`;

/** The target a feedback custom_id names, or undefined for anything else (ids come from clients). */
export function decodeFeedbackId(customId: string): FeedbackTarget | undefined {
  const [prefix, verdict, passageKey, ...extra] = customId.split(':');
  const language = parseLanguageSuffix(extra);
  if (prefix !== PREFIX || passageKey === undefined || language === undefined) return undefined;
  if (!VERDICTS.includes(verdict as FeedbackVerdict) || !isPassageKey(passageKey)) {
    return undefined;
  }
  return {
    verdict: verdict as FeedbackVerdict,
    passageKey,
    ...(language === 'en' ? {} : { language }),
  };
}

export const isFeedbackId = (customId: string): boolean => customId.startsWith(`${PREFIX}:`);

/**
 * The two buttons for an answer, about its top passage (`passageKeys[0]`). The verdict is on the
 * answer, and its best result is what the person read first; counting it against every result
 * shown would bury the passage that failed among four that were merely listed below it.
 */
export function feedbackButtons(
  m: Messages,
  passageKeys: readonly string[],
  language?: Language,
): APIButtonComponentWithCustomId[] {
  const [top] = passageKeys;
  if (top === undefined || !isPassageKey(top)) return [];
  return VERDICTS.map((verdict) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: labelOf(m, verdict),
    custom_id: encodeFeedbackId({ verdict, passageKey: top, ...(language ? { language } : {}) }),
  }));
}

type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** The answer's button row with the feedback buttons after its own (a row holds five). */
export function withFeedbackButtons(
  m: Messages,
  row: ButtonRow | undefined,
  passageKeys: readonly string[],
  language?: Language,
): ButtonRow | undefined {
  const buttons = [...(row?.components ?? []), ...feedbackButtons(m, passageKeys, language)];
  return buttons.length > 0 ? { type: ComponentType.ActionRow, components: buttons } : undefined;
}

/**
 * The message's components after a feedback press: both feedback buttons disabled (one answer,
 * one verdict), the pressed one marked; every other component as it was.
 */
export function markFeedbackGiven(
  m: Messages,
  components: readonly APIMessageTopLevelComponent[],
  pressedId: string,
): APIMessageTopLevelComponent[] {
  const mark = (component: APIComponentInMessageActionRow): APIComponentInMessageActionRow => {
    if (component.type !== ComponentType.Button || !('custom_id' in component)) return component;
    if (!isFeedbackId(component.custom_id)) return component;
    const pressed = component.custom_id === pressedId;
    return {
      ...component,
      disabled: true,
      ...(pressed
        ? {
            style: ButtonStyle.Primary,
            label: `${component.label ?? ''} · ${m.buttons.thanks}`.trim(),
          }
        : {}),
    };
  };
  return components.map((component) =>
    component.type === ComponentType.ActionRow
      ? { ...component, components: component.components.map(mark) }
      : component,
  );
}

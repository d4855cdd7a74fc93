import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
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
}

const PREFIX = 'feedback';
const VERDICTS: readonly FeedbackVerdict[] = ['helpful', 'not-helpful'];
const LABELS: Record<FeedbackVerdict, string> = {
  helpful: 'Helpful',
  'not-helpful': 'Not helpful',
};

/** Always well under Discord's 100 characters: a verdict and one seven-character key. */
export const encodeFeedbackId = ({ verdict, passageKey }: FeedbackTarget): string =>
  `${PREFIX}:${verdict}:${passageKey}`;

/** The target a feedback custom_id names, or undefined for anything else (ids come from clients). */
export function decodeFeedbackId(customId: string): FeedbackTarget | undefined {
  const [prefix, verdict, passageKey, ...extra] = customId.split(':');
  if (prefix !== PREFIX || passageKey === undefined || extra.length > 0) return undefined;
  if (!VERDICTS.includes(verdict as FeedbackVerdict) || !isPassageKey(passageKey)) {
    return undefined;
  }
  return { verdict: verdict as FeedbackVerdict, passageKey };
}

export const isFeedbackId = (customId: string): boolean => customId.startsWith(`${PREFIX}:`);

/**
 * The two buttons for an answer, about its top passage (`passageKeys[0]`). The verdict is on the
 * answer, and its best result is what the person read first; counting it against every result
 * shown would bury the passage that failed among four that were merely listed below it.
 */
export function feedbackButtons(passageKeys: readonly string[]): APIButtonComponentWithCustomId[] {
  const [top] = passageKeys;
  if (top === undefined || !isPassageKey(top)) return [];
  return VERDICTS.map((verdict) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: LABELS[verdict],
    custom_id: encodeFeedbackId({ verdict, passageKey: top }),
  }));
}

type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** The answer's button row with the feedback buttons after its own (a row holds five). */
export function withFeedbackButtons(
  row: ButtonRow | undefined,
  passageKeys: readonly string[],
): ButtonRow | undefined {
  const buttons = [...(row?.components ?? []), ...feedbackButtons(passageKeys)];
  return buttons.length > 0 ? { type: ComponentType.ActionRow, components: buttons } : undefined;
}

/**
 * The message's components after a feedback press: both feedback buttons disabled (one answer,
 * one verdict), the pressed one marked; every other component as it was.
 */
export function markFeedbackGiven(
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
        ? { style: ButtonStyle.Primary, label: `${component.label ?? ''} · thanks`.trim() }
        : {}),
    };
  };
  return components.map((component) =>
    component.type === ComponentType.ActionRow
      ? { ...component, components: component.components.map(mark) }
      : component,
  );
}

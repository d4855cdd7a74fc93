import { ComponentType, type APIMessageTopLevelComponent } from 'discord-api-types/v10';

/** A button of the message on screen that the person at the console can press. */
export interface ConsoleButton {
  /** From 1, in the order Discord lays them out. */
  number: number;
  label: string;
  /** The label as one word for `/press`: "Not helpful" is `not-helpful`, "Next ▸" is `next`. */
  name: string;
  customId: string;
}

const nameOf = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/ /g, '-');

/** The buttons that can still be pressed: those with a custom_id that are not disabled. */
export function buttonsOn(
  components: readonly APIMessageTopLevelComponent[] | undefined,
): ConsoleButton[] {
  const buttons: ConsoleButton[] = [];
  for (const row of components ?? []) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const component of row.components) {
      if (component.type !== ComponentType.Button || !('custom_id' in component)) continue;
      if (component.disabled) continue;
      const label = component.label ?? '';
      buttons.push({
        number: buttons.length + 1,
        label,
        name: nameOf(label),
        customId: component.custom_id,
      });
    }
  }
  return buttons;
}

/** The button `which` names: its number, its name, or the first word of its name. */
export function chooseButton(
  buttons: readonly ConsoleButton[],
  which: string,
): ConsoleButton | undefined {
  const wanted = nameOf(which);
  return (
    buttons.find((button) => String(button.number) === wanted) ??
    buttons.find((button) => button.name === wanted) ??
    buttons.find((button) => button.name.split('-')[0] === wanted)
  );
}

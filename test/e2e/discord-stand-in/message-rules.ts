import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type {
  APIApplicationCommandOptionChoice,
  APIEmbed,
  APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';

/**
 * The checks Discord's API applies to a message before accepting it, written out from Discord's
 * documentation rather than imported from src/discord/limits.ts: the stand-in is an independent
 * referee, so a wrong limit in the bot cannot also be wrong here.
 */
const MAX = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Discord rejects a message whose embeds hold more than 6000 characters in total. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceText: 100,
} as const;

export interface FormError {
  path: (string | number)[];
  code: string;
  message: string;
}

/** Discord's 400 body for a rejected payload: errors nested by the path of the bad field. */
export function invalidFormBody(errors: FormError[]): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const { path, code, message } of errors) {
    let node = nested;
    for (const key of path) node = (node[key] ??= {}) as Record<string, unknown>;
    ((node._errors ??= []) as unknown[]).push({ code, message });
  }
  return { code: 50035, message: 'Invalid Form Body', errors: nested };
}

const overMax = (path: FormError['path'], max: number): FormError => ({
  path,
  code: 'BASE_TYPE_MAX_LENGTH',
  message: `Must be ${max} or fewer in length.`,
});

/** Counted in code points, the lenient reading, so the referee only fails definite overruns. */
const lengthOf = (text: string) => [...text].length;

export function checkMessage(data: APIInteractionResponseCallbackData): FormError[] {
  const errors: FormError[] = [];
  const tooLong = (path: FormError['path'], text: string | undefined, max: number) => {
    if (text !== undefined && lengthOf(text) > max) errors.push(overMax(path, max));
  };
  tooLong(['content'], data.content, MAX.content);
  const embeds = data.embeds ?? [];
  if (embeds.length > MAX.embeds) {
    errors.push(overMax(['embeds'], MAX.embeds));
  }
  embeds.forEach((embed, index) => {
    const at = (...path: FormError['path']) => ['embeds', index, ...path];
    tooLong(at('title'), embed.title, MAX.embedTitle);
    tooLong(at('description'), embed.description, MAX.embedDescription);
    tooLong(at('footer', 'text'), embed.footer?.text, MAX.footerText);
    tooLong(at('author', 'name'), embed.author?.name, MAX.authorName);
    const fields = embed.fields ?? [];
    if (fields.length > MAX.embedFields) {
      errors.push(overMax(at('fields'), MAX.embedFields));
    }
    fields.forEach((field, f) => {
      tooLong(at('fields', f, 'name'), field.name, MAX.fieldName);
      tooLong(at('fields', f, 'value'), field.value, MAX.fieldValue);
    });
  });
  if (embeds.reduce((sum, embed) => sum + embedLength(embed), 0) > MAX.embedTotal) {
    errors.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: `Embed size exceeds maximum size of ${MAX.embedTotal}`,
    });
  }
  errors.push(...checkComponents(data.components ?? []));
  return errors;
}

/** Discord counts these parts of an embed towards the 6000-character total. */
function embedLength(embed: APIEmbed): number {
  const parts = [
    embed.title,
    embed.description,
    embed.footer?.text,
    embed.author?.name,
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
  ];
  return parts.reduce((sum, part) => sum + lengthOf(part ?? ''), 0);
}

function checkComponents(rows: readonly unknown[]): FormError[] {
  const errors: FormError[] = [];
  if (rows.length > MAX.actionRows) {
    errors.push(overMax(['components'], MAX.actionRows));
  }
  const customIds = new Set<string>();
  rows.forEach((row, r) => {
    const { type, components = [] } = row as {
      type: number;
      components?: Record<string, unknown>[];
    };
    if (type !== ComponentType.ActionRow) return; // Components V2 layouts are not checked here.
    if (components.length > MAX.buttonsPerRow) {
      errors.push(overMax(['components', r, 'components'], MAX.buttonsPerRow));
    }
    components.forEach((component, c) => {
      const at = (field: string) => ['components', r, 'components', c, field];
      const {
        custom_id: customId,
        label,
        style,
        url,
      } = component as Record<string, string | number | undefined>;
      if (typeof label === 'string' && lengthOf(label) > MAX.buttonLabel) {
        errors.push(overMax(at('label'), MAX.buttonLabel));
      }
      if (
        component.type === ComponentType.Button &&
        (style === ButtonStyle.Link) !== (url !== undefined)
      ) {
        errors.push({
          path: at('url'),
          code: 'BUTTON_COMPONENT_URL_REQUIRED',
          message: 'A link button needs a url; other buttons must not have one.',
        });
      }
      if (typeof customId !== 'string') return;
      if (lengthOf(customId) > MAX.customId) {
        errors.push(overMax(at('custom_id'), MAX.customId));
      }
      if (customIds.has(customId)) {
        errors.push({
          path: at('custom_id'),
          code: 'COMPONENT_CUSTOM_ID_DUPLICATED',
          message: 'Component custom id cannot be duplicated',
        });
      }
      customIds.add(customId);
    });
  });
  return errors;
}

export function checkChoices(choices: readonly APIApplicationCommandOptionChoice[]): FormError[] {
  const errors: FormError[] = [];
  if (choices.length > MAX.choices) {
    errors.push(overMax(['choices'], MAX.choices));
  }
  choices.forEach((choice, index) => {
    for (const field of ['name', 'value'] as const) {
      const text = String(choice[field]);
      if (text.length === 0 || lengthOf(text) > MAX.choiceText) {
        errors.push({
          path: ['choices', index, field],
          code: 'BASE_TYPE_BAD_LENGTH',
          message: `Must be between 1 and ${MAX.choiceText} in length.`,
        });
      }
    }
  });
  return errors;
}

/** Whether a new message would have nothing to show (Discord answers 50006). */
export function isEmptyMessage(
  data: APIInteractionResponseCallbackData,
  fileCount: number,
): boolean {
  const hasContent = (data.content ?? '').trim().length > 0;
  return (
    !hasContent && !data.embeds?.length && !data.components?.length && !data.poll && fileCount === 0
  );
}
